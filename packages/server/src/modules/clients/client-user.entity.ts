import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';

/** A person with a login at one firm's portal. The email is unique among the firm's client users. */
@Entity({ tableName: 'client_user' })
@Unique({ properties: ['firm', 'email'] })
@Index({ properties: ['firm', 'name'] })
@ObjectType({ description: "A client user: a person who signs in at a firm's portal address." })
export class ClientUser extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Email address, also the sign-in name at the firm.' })
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Date, { nullable: true, description: 'When access was disabled; a disabled client user cannot sign in.' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When this client user last signed in.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;
}
