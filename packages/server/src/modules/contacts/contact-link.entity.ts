import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Contact } from './contact.entity.js';

/** How two contacts are related, read from the first contact of the link. */
export enum ContactRelationship {
  SPOUSE = 'SPOUSE',
  PARTNER = 'PARTNER',
  FAMILY_MEMBER = 'FAMILY_MEMBER',
  EMPLOYEE_OF = 'EMPLOYEE_OF',
  EMPLOYER_OF = 'EMPLOYER_OF',
}

registerEnumType(ContactRelationship, {
  name: 'ContactRelationship',
  description: 'How two linked contacts relate, read from the contact being viewed.',
  valuesConfig: {
    SPOUSE: { description: 'Married to each other.' },
    PARTNER: { description: 'Partners (domestic or business).' },
    FAMILY_MEMBER: { description: 'A member of the same family.' },
    EMPLOYEE_OF: { description: 'The contact works for the linked organization.' },
    EMPLOYER_OF: { description: 'The linked person works for the contact.' },
  },
});

/** The same link seen from the other contact. */
export function inverseRelationship(relationship: ContactRelationship): ContactRelationship {
  switch (relationship) {
    case ContactRelationship.EMPLOYEE_OF:
      return ContactRelationship.EMPLOYER_OF;
    case ContactRelationship.EMPLOYER_OF:
      return ContactRelationship.EMPLOYEE_OF;
    default:
      return relationship;
  }
}

/** A link between two contacts of one firm; stored once, read from either side. */
@Entity({ tableName: 'contact_link' })
@Unique({ properties: ['contact', 'linkedContact'] })
@Index({ properties: ['linkedContact'] })
export class ContactLink extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Contact, { ref: true, deleteRule: 'cascade' })
  contact!: Ref<Contact>;

  @ManyToOne(() => Contact, { ref: true, deleteRule: 'cascade' })
  linkedContact!: Ref<Contact>;

  /** Read from `contact`: "contact is EMPLOYEE_OF linkedContact". */
  @Enum({ items: () => ContactRelationship, nativeEnumName: 'contact_relationship' })
  relationship!: ContactRelationship;
}
