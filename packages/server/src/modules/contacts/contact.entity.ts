import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';

export enum ContactType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}

export enum ContactKind {
  CLIENT = 'CLIENT',
  PROSPECT = 'PROSPECT',
  SUPPLIER = 'SUPPLIER',
  OTHER = 'OTHER',
}

registerEnumType(ContactType, {
  name: 'ContactType',
  description: 'Whether a contact is a person or an organization.',
  valuesConfig: {
    PERSON: { description: 'A person.' },
    ORGANIZATION: { description: 'A company, household or other organization.' },
  },
});

registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: "The contact's relation to the firm.",
  valuesConfig: {
    CLIENT: { description: 'A client of the firm.' },
    PROSPECT: { description: 'A possible future client.' },
    SUPPLIER: { description: 'A supplier to the firm.' },
    OTHER: { description: 'Anyone else: opposing counsel, a witness, an expert.' },
  },
});

/** A person or organization the firm deals with. */
@Entity({ tableName: 'contact' })
@Index({ properties: ['firm', 'sortName', 'id'] })
@ObjectType({ description: 'A person or organization the firm deals with.' })
export class Contact extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Field(() => ContactType, { description: 'Person or organization.' })
  @Enum({ items: () => ContactType, nativeEnumName: 'contact_type' })
  type!: ContactType;

  @Field(() => ContactKind, { description: 'Client, prospect, supplier or other.' })
  @Enum({ items: () => ContactKind, nativeEnumName: 'contact_kind' })
  kind!: ContactKind;

  @Field(() => String, { nullable: true, description: "A person's given name." })
  @Property({ type: 'string', length: 100, nullable: true })
  firstName: string | null = null;

  @Field(() => String, { nullable: true, description: "A person's family name." })
  @Property({ type: 'string', length: 100, nullable: true })
  lastName: string | null = null;

  @Field(() => String, { nullable: true, description: "An organization's name, or the organization a person works for." })
  @Property({ type: 'string', length: 200, nullable: true })
  organizationName: string | null = null;

  @Field(() => String, { description: 'The name to show: "First Last" for a person, the organization name otherwise.' })
  @Property({ type: 'string', length: 250 })
  displayName!: string;

  /** Lower-cased display name: the sort and search key. */
  @Property({ type: 'string', length: 250 })
  sortName!: string;

  @Field(() => String, { nullable: true, description: 'Free-form notes for staff; never shown to clients.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the contact was archived; archived contacts are hidden from lists by default.' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  @OneToMany(() => ContactEmail, (email) => email.contact, { orphanRemoval: true })
  emails = new Collection<ContactEmail>(this);

  @OneToMany(() => ContactPhone, (phone) => phone.contact, { orphanRemoval: true })
  phones = new Collection<ContactPhone>(this);
}

@Entity({ tableName: 'contact_email' })
@Index({ properties: ['address'] })
@Index({ properties: ['contact'] })
@ObjectType({ description: 'One of a contact’s email addresses.' })
export class ContactEmail extends BaseEntity {
  @ManyToOne(() => Contact, { ref: true, deleteRule: 'cascade' })
  contact!: Ref<Contact>;

  @Field(() => String, { description: 'The address, lower-cased.' })
  @Property({ type: 'string', length: 320 })
  address!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "work" or "home".' })
  @Property({ type: 'string', length: 50, nullable: true })
  label: string | null = null;

  @Field(() => Boolean, { description: 'The primary address; a contact with addresses has exactly one.' })
  @Property({ type: 'boolean' })
  isPrimary: boolean & Opt = false;

  @Property({ type: 'smallint' })
  position: number & Opt = 0;
}

@Entity({ tableName: 'contact_phone' })
@Index({ properties: ['contact'] })
@ObjectType({ description: 'One of a contact’s phone numbers.' })
export class ContactPhone extends BaseEntity {
  @ManyToOne(() => Contact, { ref: true, deleteRule: 'cascade' })
  contact!: Ref<Contact>;

  @Field(() => String, { description: 'The number as entered.' })
  @Property({ type: 'string', length: 40 })
  number!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "mobile" or "office".' })
  @Property({ type: 'string', length: 50, nullable: true })
  label: string | null = null;

  @Field(() => Boolean, { description: 'The primary number; a contact with numbers has exactly one.' })
  @Property({ type: 'boolean' })
  isPrimary: boolean & Opt = false;

  @Property({ type: 'smallint' })
  position: number & Opt = 0;
}
