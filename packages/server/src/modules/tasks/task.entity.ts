import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal, PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/**
 * Something the firm asks of the client on a matter (a to-do, S5). Clients see it once it is
 * shared, in the portals the matter is shared with (or only in the one it is assigned to).
 */
@Entity({ tableName: 'task' })
@Index({ properties: ['matter', 'deletedAt'] })
@Index({ properties: ['firm'] })
@ObjectType({ description: 'A to-do on a matter: something the firm asks of the client. Clients see it only once it is shared.' })
export class Task extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  /** The portal whose members are asked to do it; null asks every portal the matter is shared with. */
  @ManyToOne(() => Portal, { ref: true, nullable: true, deleteRule: 'cascade' })
  portal: Ref<Portal> | null = null;

  @Field(() => String, { description: 'What is to be done, in a few words.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More about what is to be done.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { nullable: true, description: 'The day it is due by (YYYY-MM-DD), if any.' })
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was shared with the client; null while it is not shared.' })
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was marked done; null while it is open.' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  completedByMember: Ref<PortalMember> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  completedByStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<StaffUser> | null = null;

  /** Deleted to-dos are kept (the activity log speaks of them) but shown nowhere. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}
