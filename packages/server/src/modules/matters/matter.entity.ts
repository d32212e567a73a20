import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { Contact } from '../contacts/contact.entity.js';

export enum MatterStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ParticipantRole {
  CLIENT = 'CLIENT',
  OPPOSING_PARTY = 'OPPOSING_PARTY',
  OPPOSING_COUNSEL = 'OPPOSING_COUNSEL',
  WITNESS = 'WITNESS',
  EXPERT = 'EXPERT',
  OTHER = 'OTHER',
}

registerEnumType(MatterStatus, {
  name: 'MatterStatus',
  description: 'Whether work on a matter goes on.',
  valuesConfig: {
    OPEN: { description: 'Work goes on.' },
    CLOSED: { description: 'Work has ended.' },
  },
});

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: "A participant's role on a matter. Only CLIENT participants can be invited to a portal from the matter.",
  valuesConfig: {
    CLIENT: { description: 'The firm works for this contact on the matter.' },
    OPPOSING_PARTY: { description: 'The other side.' },
    OPPOSING_COUNSEL: { description: "The other side's lawyer or adviser." },
    WITNESS: { description: 'A witness.' },
    EXPERT: { description: 'An expert.' },
    OTHER: { description: 'Any other role.' },
  },
});

/** Work the firm does for clients (a "file" in legal software). */
@Entity({ tableName: 'matter' })
@Unique({ properties: ['firm', 'number'] })
@Index({ properties: ['firm', 'sortName', 'id'] })
@Index({ properties: ['responsibleStaff'] })
@ObjectType({ description: 'Work the firm does for one or more clients (a "file" in legal software).' })
export class Matter extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Field(() => String, { description: "The firm's reference for the matter, unique in the firm, e.g. 2026-0042." })
  @Property({ type: 'string', length: 40 })
  number!: string;

  @Field(() => String, { description: 'Short name of the matter.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Lower-cased name: the sort and search key. */
  @Property({ type: 'string', length: 200 })
  sortName!: string;

  @Field(() => String, { nullable: true, description: 'What the matter is about.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne(() => StaffUser, { ref: true, deleteRule: 'restrict' })
  responsibleStaff!: Ref<StaffUser>;

  @Field(() => MatterStatus, { description: 'Open or closed.' })
  @Enum({ items: () => MatterStatus, nativeEnumName: 'matter_status' })
  status: MatterStatus & Opt = MatterStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When the matter was closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the matter was archived; archived matters are hidden from lists by default.' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  @OneToMany(() => MatterParticipant, (participant) => participant.matter, { orphanRemoval: true })
  participants = new Collection<MatterParticipant>(this);
}

/** A contact taking part in a matter, in a role. */
@Entity({ tableName: 'matter_participant' })
@Unique({ properties: ['matter', 'contact'] })
@Index({ properties: ['contact'] })
@ObjectType({ description: 'A contact taking part in a matter, in a role.' })
export class MatterParticipant extends BaseEntity {
  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  @ManyToOne(() => Contact, { ref: true, deleteRule: 'cascade' })
  contact!: Ref<Contact>;

  @Field(() => ParticipantRole, { description: 'The role on the matter.' })
  @Enum({ items: () => ParticipantRole, nativeEnumName: 'participant_role' })
  role!: ParticipantRole;
}
