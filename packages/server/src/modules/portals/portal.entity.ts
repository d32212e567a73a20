import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToOne, OneToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { MemberPermissions } from './member-permissions.js';

/** A client's filing cabinet: one per client contact (a person, a household or an organization). */
@Entity({ tableName: 'portal' })
@ObjectType({ description: "A client's portal: one per client contact. It exists from the first invitation." })
export class Portal extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @OneToOne(() => Contact, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  contact!: Ref<Contact>;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<StaffUser> | null = null;
}

export enum MemberStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: "A person's access to a portal.",
  valuesConfig: {
    PENDING: { description: 'Invited; has not registered yet.' },
    ACTIVE: { description: 'Registered and may sign in.' },
    DISABLED: { description: 'Access turned off by staff; a new invitation turns it on again.' },
  },
});

/** A person's access to one portal, with their permissions. */
@Entity({ tableName: 'portal_member' })
@Unique({ properties: ['portal', 'email'] })
@Index({ properties: ['clientUser'] })
@Index({ properties: ['firm', 'email'] })
@ObjectType({ description: "A person's access to a portal: invited (pending), active or disabled, with permissions." })
export class PortalMember extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Portal, { ref: true, deleteRule: 'cascade' })
  portal!: Ref<Portal>;

  /** The person's own contact record, when they have one (the client, a spouse, an employee). */
  @ManyToOne(() => Contact, { ref: true, nullable: true, deleteRule: 'set null' })
  contact: Ref<Contact> | null = null;

  @ManyToOne(() => ClientUser, { ref: true, nullable: true, deleteRule: 'set null' })
  clientUser: Ref<ClientUser> | null = null;

  @Field(() => String, { description: 'Name of the person.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Email address the person was invited at; their sign-in name.' })
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Field(() => MemberStatus, { description: 'Pending, active or disabled.' })
  @Enum({ items: () => MemberStatus, nativeEnumName: 'member_status' })
  status: MemberStatus & Opt = MemberStatus.PENDING;

  @Field(() => MemberPermissions, { description: 'What the member may do.' })
  @Embedded(() => MemberPermissions, { prefix: 'perm_' })
  permissions: MemberPermissions & Opt = new MemberPermissions();

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedByStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedByMember: Ref<PortalMember> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the person registered (accepted an invitation) or was given access with an existing login.' })
  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When staff disabled the access.' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;
}

/** A matter shared with a portal (S1). */
@Entity({ tableName: 'portal_matter' })
@Unique({ properties: ['portal', 'matter'] })
@Index({ properties: ['matter'] })
export class PortalMatter extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Portal, { ref: true, deleteRule: 'cascade' })
  portal!: Ref<Portal>;

  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;
}

/** A client user's acceptance of one version of the firm's Terms of Service (P6). */
@Entity({ tableName: 'terms_acceptance' })
@Index({ properties: ['clientUser'] })
export class TermsAcceptance extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => ClientUser, { ref: true, deleteRule: 'cascade' })
  clientUser!: Ref<ClientUser>;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'timestamptz' })
  acceptedAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;
}
