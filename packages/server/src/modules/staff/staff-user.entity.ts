import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';

export enum StaffRole {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
}

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: "A staff member's role in the firm.",
  valuesConfig: {
    ADMIN: { description: 'Sets the firm and portal settings and manages staff and their rights.' },
    STAFF: { description: 'Works on matters, with the rights the admins give.' },
  },
});

/** Someone who works at the firm and signs in to the staff app. */
@Entity({ tableName: 'staff_user' })
@Index({ properties: ['firm', 'name'] })
@ObjectType({ description: 'A member of the firm’s staff.' })
export class StaffUser extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Stored lower-cased; a staff email signs in to exactly one firm. */
  @Field(() => String, { description: 'Email address, also the sign-in name.' })
  @Property({ type: 'string', length: 320 })
  @Unique()
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => StaffRole, { description: 'Admin or staff.' })
  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role' })
  role: StaffRole & Opt = StaffRole.STAFF;

  @Field(() => Boolean, { description: 'May invite clients to portals.' })
  @Property({ type: 'boolean' })
  canInviteClients: boolean & Opt = false;

  @Field(() => Boolean, { description: 'May share matters and items with portals.' })
  @Property({ type: 'boolean' })
  canShareItems: boolean & Opt = false;

  @Field(() => Date, { nullable: true, description: 'When an admin deactivated this staff member; deactivated staff cannot sign in.' })
  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When this staff member last signed in.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;
}
