import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Invitation } from '../invitations/invitation.entity.js';

export enum EmailKind {
  INVITATION = 'INVITATION',
  ACCESS_GRANTED = 'ACCESS_GRANTED',
  LOGIN_REMINDER = 'LOGIN_REMINDER',
  ACCOUNT_CREATED = 'ACCOUNT_CREATED',
  STAFF_NOTIFICATION = 'STAFF_NOTIFICATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
  CLIENT_ACTIVITY_DIGEST = 'CLIENT_ACTIVITY_DIGEST',
  NEW_MESSAGE = 'NEW_MESSAGE',
}

export enum EmailStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  KEPT = 'KEPT',
  FAILED = 'FAILED',
}

registerEnumType(EmailKind, {
  name: 'EmailKind',
  description: 'Why an email was sent.',
  valuesConfig: {
    INVITATION: { description: 'An invitation to register for a portal.' },
    ACCESS_GRANTED: { description: 'A person with a login was given access to another portal.' },
    LOGIN_REMINDER: { description: "The firm's login address, sent to a registered member." },
    ACCOUNT_CREATED: { description: 'Confirmation after registering, with the login name and address.' },
    STAFF_NOTIFICATION: { description: 'A notice to a staff member (e.g. a client registered).' },
    PASSWORD_RESET: { description: 'A link to choose a new password.' },
    CLIENT_ACTIVITY_DIGEST: { description: 'A batched notice to a responsible staff member of what clients did (uploads, done to-dos, messages, requests, detail changes).' },
    NEW_MESSAGE: { description: 'A notice to a portal member that staff wrote to them; it names the conversation, never the message itself.' },
  },
});

registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'Delivery state of an email in the outbox.',
  valuesConfig: {
    QUEUED: { description: 'Waiting to be sent, or being retried.' },
    SENT: { description: 'Accepted by the mail server.' },
    KEPT: { description: 'No mail server is configured; the email is kept here to read.' },
    FAILED: { description: 'Every attempt failed; see lastError. Staff can retry it.' },
  },
});

/**
 * A body several emails share (a bulk invitation's), written once instead of once per email. Its
 * text and HTML hold NAME_SLOT where each email's recipient name goes and LINK_SLOT where its
 * sealed link goes; both are filled in at sending and when staff read the email.
 */
@Entity({ tableName: 'outbox_body' })
export class OutboxBody extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  html!: string;
}

/**
 * An email, written in the same transaction as the action that causes it and delivered
 * afterwards by a worker. A link it carries is sealed in `sealedLink` and only put into the
 * text at sending time; once sent, the sealed copy is erased.
 */
@Entity({ tableName: 'outbox_email' })
@Index({ properties: ['firm', 'createdAt'] })
@Index({ properties: ['invitation'] })
@ObjectType({ description: 'An email in the outbox, with its delivery state.' })
export class OutboxEmail extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Field(() => EmailKind, { description: 'Why it was sent.' })
  @Enum({ items: () => EmailKind, nativeEnumName: 'email_kind' })
  kind!: EmailKind;

  @Field(() => String, { description: 'Recipient address.' })
  @Property({ type: 'string', length: 320 })
  toAddress!: string;

  @Field(() => String, { nullable: true, description: 'Recipient name.' })
  @Property({ type: 'string', length: 200, nullable: true })
  toName: string | null = null;

  @Field(() => String, { description: 'Subject line.' })
  @Property({ type: 'text' })
  subject!: string;

  /** Plain text with the link placeholder where a sealed link goes; null when the body is shared. */
  @Property({ type: 'text', nullable: true })
  textBody: string | null = null;

  @Property({ type: 'text', nullable: true })
  htmlBody: string | null = null;

  /** The shared body, for an email written with many others; then textBody and htmlBody are null. */
  @ManyToOne(() => OutboxBody, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  body: Ref<OutboxBody> | null = null;

  @Property({ type: 'text', nullable: true })
  sealedLink: string | null = null;

  @Field(() => EmailStatus, { description: 'Queued, sent, kept or failed.' })
  @Enum({ items: () => EmailStatus, nativeEnumName: 'email_status' })
  status: EmailStatus & Opt = EmailStatus.QUEUED;

  @Field(() => Int, { description: 'How many delivery attempts were made.' })
  @Property({ type: 'smallint' })
  attempts: number & Opt = 0;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it.' })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @ManyToOne(() => Invitation, { ref: true, nullable: true, deleteRule: 'set null' })
  invitation: Ref<Invitation> | null = null;
}
