import type { ResultOf, VariablesOf } from '../../lib/operations';
import type { ContactDetailPage_ContactQuery } from './ContactDetailPage';
import type { NewContactPage_CreateContactMutation } from './useCreateContact';

type ContactFieldsInput = VariablesOf<typeof NewContactPage_CreateContactMutation>['input'];
type DetailContact = NonNullable<ResultOf<typeof ContactDetailPage_ContactQuery>['contact']>;

export type ContactKind = ContactFieldsInput['kind'];
export type ContactType = ContactFieldsInput['type'];
export type ContactRelationship = DetailContact['linkedContacts'][number]['relationship'];

export const CONTACT_KIND_LABELS: Readonly<Record<ContactKind, string>> = {
  CLIENT: 'Client',
  PROSPECT: 'Prospect',
  SUPPLIER: 'Supplier',
  OTHER: 'Other',
};

export const CONTACT_TYPE_LABELS: Readonly<Record<ContactType, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
};

/**
 * What a linked contact is to the contact being viewed. The server reads the relationship from
 * the viewed contact's side (EMPLOYEE_OF: the viewed contact works for the linked one), so the
 * linked contact of an EMPLOYEE_OF link is the employer.
 */
export const RELATIONSHIP_LABELS: Readonly<Record<ContactRelationship, string>> = {
  SPOUSE: 'Spouse',
  PARTNER: 'Partner',
  FAMILY_MEMBER: 'Family member',
  EMPLOYEE_OF: 'Employer',
  EMPLOYER_OF: 'Employee',
};

/** The same, as choices when linking: read as "<this contact> is … <the other contact>". */
export const RELATIONSHIP_CHOICES: Readonly<Record<ContactRelationship, string>> = {
  SPOUSE: 'Spouse of',
  PARTNER: 'Partner of',
  FAMILY_MEMBER: 'Family member of',
  EMPLOYEE_OF: 'Employee of (works for)',
  EMPLOYER_OF: 'Employer of (employs)',
};
