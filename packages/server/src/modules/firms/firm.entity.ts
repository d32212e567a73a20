import type { Opt } from '@mikro-orm/core';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';

/** The tenant: a firm with its own staff, contacts, matters, portals and login address. */
@Entity({ tableName: 'firm' })
@ObjectType({ description: 'A firm using Atrium. Everything else belongs to exactly one firm.' })
export class Firm extends BaseEntity {
  @Field(() => String, { description: "The firm's name as shown to clients." })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: "Short name in the firm's login address: /p/{slug}." })
  @Property({ type: 'string', length: 63 })
  @Unique()
  slug!: string;

  @Field(() => String, { nullable: true, description: "Address of the firm's logo image, shown on client pages and emails." })
  @Property({ type: 'text', nullable: true })
  logoUrl: string | null = null;

  @Field(() => String, { description: 'Accent colour for client pages and emails, as #rrggbb.' })
  @Property({ type: 'string', length: 7 })
  accentColor: string & Opt = '#1f5f8b';
}
