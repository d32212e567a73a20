import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/** A note on a matter; clients see it once it is shared (S2). */
@Entity({ tableName: 'note' })
@Index({ properties: ['matter'] })
@Index({ properties: ['firm'] })
@ObjectType({ description: 'A note on a matter. Clients see it only once it is shared.' })
export class Note extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  @Field(() => String, { description: 'Title of the note.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The text of the note.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { nullable: true, description: 'When it was shared with the client; null while it is not shared.' })
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<StaffUser> | null = null;
}

/** A label and value kept on a matter, e.g. "Court date" or "Tax year"; clients see it once it is shared. */
@Entity({ tableName: 'custom_field' })
@Index({ properties: ['matter'] })
@Index({ properties: ['firm'] })
@ObjectType({ description: 'A label and value on a matter, e.g. "Court date: 12 May" or "Tax year: 2025". Clients see it only once it is shared.' })
export class CustomField extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  @Field(() => String, { description: 'What the value is, e.g. "Court date".' })
  @Property({ type: 'string', length: 100 })
  label!: string;

  @Field(() => String, { description: 'The value.' })
  @Property({ type: 'text' })
  value!: string;

  @Field(() => Date, { nullable: true, description: 'When it was shared with the client; null while it is not shared.' })
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;
}
