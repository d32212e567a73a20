import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal, PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

export enum ActivityAction {
  INVITATION_CREATED = 'INVITATION_CREATED',
  INVITATION_SENT = 'INVITATION_SENT',
  INVITATION_RESENT = 'INVITATION_RESENT',
  INVITATION_LINK_GENERATED = 'INVITATION_LINK_GENERATED',
  INVITATION_OPENED = 'INVITATION_OPENED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  ACCESS_GRANTED = 'ACCESS_GRANTED',
  MEMBER_DISABLED = 'MEMBER_DISABLED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  MEMBER_EMAIL_CHANGED = 'MEMBER_EMAIL_CHANGED',
  MEMBER_PERMISSIONS_CHANGED = 'MEMBER_PERMISSIONS_CHANGED',
  LOGIN_REMINDER_SENT = 'LOGIN_REMINDER_SENT',
  PASSWORD_RESET_SENT = 'PASSWORD_RESET_SENT',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PORTAL_VIEWED_AS = 'PORTAL_VIEWED_AS',
  PORTAL_SETTINGS_CHANGED = 'PORTAL_SETTINGS_CHANGED',
  MATTER_SHARED = 'MATTER_SHARED',
  MATTER_UNSHARED = 'MATTER_UNSHARED',
  ITEM_SHARED = 'ITEM_SHARED',
  ITEM_UNSHARED = 'ITEM_UNSHARED',
  ACCESS_DENIED_TO_MEMBER = 'ACCESS_DENIED_TO_MEMBER',
  ACCESS_RESTORED_TO_MEMBER = 'ACCESS_RESTORED_TO_MEMBER',
  DOCUMENT_UPLOADED = 'DOCUMENT_UPLOADED',
  DOCUMENT_DOWNLOADED = 'DOCUMENT_DOWNLOADED',
  TASK_COMPLETED = 'TASK_COMPLETED',
  TASK_REOPENED = 'TASK_REOPENED',
  MESSAGE_SENT = 'MESSAGE_SENT',
  APPOINTMENT_REQUESTED = 'APPOINTMENT_REQUESTED',
  APPOINTMENT_ACCEPTED = 'APPOINTMENT_ACCEPTED',
  APPOINTMENT_DECLINED = 'APPOINTMENT_DECLINED',
  APPOINTMENT_REQUEST_WITHDRAWN = 'APPOINTMENT_REQUEST_WITHDRAWN',
  INVOICE_ISSUED = 'INVOICE_ISSUED',
  PAYMENT_RECORDED = 'PAYMENT_RECORDED',
  DETAILS_CHANGED = 'DETAILS_CHANGED',
}

registerEnumType(ActivityAction, {
  name: 'ActivityAction',
  description: 'What happened.',
  valuesConfig: {
    INVITATION_CREATED: { description: 'An invitation was made.' },
    INVITATION_SENT: { description: 'An invitation email was handed to the mail server.' },
    INVITATION_RESENT: { description: 'A new link replaced the previous one.' },
    INVITATION_LINK_GENERATED: { description: 'A link was generated for staff to copy; no email.' },
    INVITATION_OPENED: { description: 'The link was first opened.' },
    INVITATION_ACCEPTED: { description: 'Someone registered with the link.' },
    INVITATION_EXPIRED: { description: 'The link expired unused.' },
    ACCESS_GRANTED: { description: 'A person with a login was added to a portal.' },
    MEMBER_DISABLED: { description: "A member's access was disabled." },
    MEMBER_REMOVED: { description: 'A member was removed from a portal.' },
    MEMBER_EMAIL_CHANGED: { description: "A pending member's email was changed and the invitation resent." },
    MEMBER_PERMISSIONS_CHANGED: { description: "A member's permissions were changed." },
    LOGIN_REMINDER_SENT: { description: "The firm's login address was sent to a registered member." },
    PASSWORD_RESET_SENT: { description: 'A password reset email was sent.' },
    PASSWORD_CHANGED: { description: 'A password was changed or reset.' },
    PORTAL_VIEWED_AS: { description: 'A staff member viewed the portal as a member.' },
    PORTAL_SETTINGS_CHANGED: { description: 'An admin changed the portal settings.' },
    MATTER_SHARED: { description: 'A matter was shared with a portal.' },
    MATTER_UNSHARED: { description: 'A matter stopped being shared with a portal.' },
    ITEM_SHARED: { description: 'An item on a matter (document, folder, note, task, appointment, custom field, invoice) was shared with the client.' },
    ITEM_UNSHARED: { description: 'An item on a matter stopped being shared with the client.' },
    ACCESS_DENIED_TO_MEMBER: { description: 'A folder or document was denied to one member.' },
    ACCESS_RESTORED_TO_MEMBER: { description: 'A denial of a folder or document to one member was lifted.' },
    DOCUMENT_UPLOADED: { description: 'A document or a new version of one was uploaded.' },
    DOCUMENT_DOWNLOADED: { description: 'A client downloaded a document.' },
    TASK_COMPLETED: { description: 'A to-do was marked done.' },
    TASK_REOPENED: { description: 'A to-do marked done was opened again.' },
    MESSAGE_SENT: { description: 'A secure message was sent.' },
    APPOINTMENT_REQUESTED: { description: 'A client asked for an appointment.' },
    APPOINTMENT_ACCEPTED: { description: 'Staff accepted an appointment request.' },
    APPOINTMENT_DECLINED: { description: 'Staff declined an appointment request.' },
    APPOINTMENT_REQUEST_WITHDRAWN: { description: 'A client withdrew their appointment request.' },
    INVOICE_ISSUED: { description: 'An invoice was issued.' },
    PAYMENT_RECORDED: { description: 'A payment was recorded against an invoice.' },
    DETAILS_CHANGED: { description: 'A client changed their own contact details.' },
  },
});

/** One event in the firm's activity log: who did what, to whom, when. */
@Entity({ tableName: 'activity_entry' })
@Index({ properties: ['firm', 'occurredAt'] })
@Index({ properties: ['portal', 'occurredAt'] })
@Index({ properties: ['matter', 'occurredAt'] })
// What the client-activity digest looks for each minute: client actions nobody was told of yet.
@Index({
  name: 'activity_entry_client_pending_index',
  expression: 'create index "activity_entry_client_pending_index" on "activity_entry" ("occurred_at") where "actor_client_id" is not null and "notified_at" is null',
})
@ObjectType({ description: 'An event in the activity log.' })
export class ActivityEntry extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => ActivityAction, { description: 'What happened.' })
  @Enum({ items: () => ActivityAction, nativeEnumName: 'activity_action' })
  action!: ActivityAction;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  actorStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => ClientUser, { ref: true, nullable: true, deleteRule: 'set null' })
  actorClient: Ref<ClientUser> | null = null;

  @Field(() => String, { description: 'Who did it, as a name ("Atrium" for the system).' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @ManyToOne(() => Portal, { ref: true, nullable: true, deleteRule: 'set null' })
  portal: Ref<Portal> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  member: Ref<PortalMember> | null = null;

  @ManyToOne(() => Contact, { ref: true, nullable: true, deleteRule: 'set null' })
  contact: Ref<Contact> | null = null;

  @ManyToOne(() => Matter, { ref: true, nullable: true, deleteRule: 'set null' })
  matter: Ref<Matter> | null = null;

  @Field(() => String, { description: 'What happened, in words.' })
  @Property({ type: 'text' })
  summary!: string;

  /** When staff were emailed about this client action (S12); null until then, and for entries nobody is told of. */
  @Property({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Network address the action came from, when it came from a request.' })
  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;
}
