import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Portal, PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REPLACED = 'REPLACED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation link stands.',
  valuesConfig: {
    PENDING: { description: 'Sent; the link works until it expires.' },
    ACCEPTED: { description: 'Used: someone registered with it.' },
    REPLACED: { description: 'A newer link was sent; this one no longer works.' },
    REVOKED: { description: 'Access was disabled or removed; the link no longer works.' },
    EXPIRED: { description: 'Not used in time.' },
  },
});

/**
 * An invitation to register for a portal. The link's token is 32 random bytes; only its SHA-256
 * is kept here. It is used up, replaced or expired exactly once.
 */
@Entity({ tableName: 'invitation' })
@Index({ properties: ['member'] })
@Index({ properties: ['firm', 'status', 'expiresAt'] })
@ObjectType({ description: 'An invitation to register for a portal.' })
export class Invitation extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Portal, { ref: true, deleteRule: 'cascade' })
  portal!: Ref<Portal>;

  @ManyToOne(() => PortalMember, { ref: true, deleteRule: 'cascade' })
  member!: Ref<PortalMember>;

  @Field(() => String, { description: 'The address the invitation was sent to.' })
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => InvitationStatus, { description: 'Pending, accepted, replaced, revoked or expired.' })
  @Enum({ items: () => InvitationStatus, nativeEnumName: 'invitation_status' })
  status: InvitationStatus & Opt = InvitationStatus.PENDING;

  @Field(() => Date, { description: 'When the link stops working.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'True when the link was only shown to staff to copy (no email sent).' })
  @Property({ type: 'boolean' })
  linkOnly: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'The personal message included in the email.' })
  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedByStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedByMember: Ref<PortalMember> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the link was first opened.' })
  @Property({ type: 'timestamptz', nullable: true })
  openedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When someone registered with it.' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;
}
