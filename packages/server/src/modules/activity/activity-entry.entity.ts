import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Firm } from '../firms/firm.entity.js';
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
  },
});

/** One event in the firm's activity log: who did what, to whom, when. */
@Entity({ tableName: 'activity_entry' })
@Index({ properties: ['firm', 'occurredAt'] })
@Index({ properties: ['portal', 'occurredAt'] })
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

  @Field(() => String, { description: 'What happened, in words.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Network address the action came from, when it came from a request.' })
  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;
}
