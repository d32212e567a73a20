import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal, PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

export enum AppointmentStatus {
  SCHEDULED = 'SCHEDULED',
  REQUESTED = 'REQUESTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Where an appointment or a request for one stands.',
  valuesConfig: {
    SCHEDULED: { description: 'It takes place at the time set.' },
    REQUESTED: { description: 'A client asked for it; staff have not answered yet.' },
    DECLINED: { description: 'Staff declined the request.' },
    CANCELLED: { description: 'The client withdrew the request.' },
  },
});

/**
 * A meeting with the client (S9), set by staff or asked for by a member of a portal. A
 * request belongs to its portal and is seen there with its status; a scheduled appointment is
 * seen by clients once shared.
 */
@Entity({ tableName: 'appointment' })
@Index({ properties: ['matter'] })
@Index({ properties: ['firm', 'status'] })
@Index({ properties: ['portal'] })
@ObjectType({ description: 'A meeting with the client, or a client’s request for one. Clients see scheduled ones only once shared.' })
export class Appointment extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Matter, { ref: true, nullable: true, deleteRule: 'cascade' })
  matter: Ref<Matter> | null = null;

  /** The portal a request came from (and the only one that sees it); null for staff's own appointments. */
  @ManyToOne(() => Portal, { ref: true, nullable: true, deleteRule: 'cascade' })
  portal: Ref<Portal> | null = null;

  @Field(() => String, { description: 'What the appointment is about.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Date, { nullable: true, description: 'When it starts; null for a request not yet accepted.' })
  @Property({ type: 'timestamptz', nullable: true })
  startsAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it ends; null for a request not yet accepted.' })
  @Property({ type: 'timestamptz', nullable: true })
  endsAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Where it takes place (an address, a room, a video link).' })
  @Property({ type: 'string', length: 500, nullable: true })
  location: string | null = null;

  @Field(() => String, { nullable: true, description: 'More about the appointment, or what the client wrote with the request.' })
  @Property({ type: 'text', nullable: true })
  details: string | null = null;

  @Field(() => AppointmentStatus, { description: 'Scheduled, requested, declined or cancelled.' })
  @Enum({ items: () => AppointmentStatus, nativeEnumName: 'appointment_status' })
  status: AppointmentStatus & Opt = AppointmentStatus.SCHEDULED;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  requestedByMember: Ref<PortalMember> | null = null;

  @Field(() => String, { nullable: true, description: 'When the client could come, in their words (requests only).' })
  @Property({ type: 'text', nullable: true })
  preferredTimes: string | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy: Ref<StaffUser> | null = null;

  @Field(() => Date, { nullable: true, description: 'When staff accepted or declined the request.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What staff wrote when they declined (or accepted) the request; the client sees it.' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was shared with the client; null while it is not shared.' })
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<StaffUser> | null = null;
}
