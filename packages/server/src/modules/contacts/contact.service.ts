import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../graphql/connection.js';
import type { Em } from '../../db/orm.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { containsPattern, isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { emailSchema } from '../staff/staff.service.js';
import { PortalStatus, contactIdsWithPortalStatus } from '../portals/portal-status.js';
import { ContactLink, ContactRelationship, inverseRelationship } from './contact-link.entity.js';
import { Contact, ContactEmail, ContactKind, ContactPhone, ContactType } from './contact.entity.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));

const emailEntrySchema = z.object({
  address: emailSchema,
  label: optionalText(50),
  isPrimary: z.boolean().default(false),
});

const phoneEntrySchema = z.object({
  number: z
    .string()
    .trim()
    .min(3, 'Enter a phone number.')
    .max(40, 'Use at most 40 characters.')
    .regex(/^[0-9+()\-.\s/x]+$/i, 'Use digits, spaces and + ( ) - . only.'),
  label: optionalText(50),
  isPrimary: z.boolean().default(false),
});

/** Marks exactly one entry primary: the one asked for, else the first. */
function withOnePrimary<T extends { isPrimary: boolean }>(entries: T[], what: string, field: string, ctx: z.RefinementCtx): T[] {
  const primaries = entries.filter((entry) => entry.isPrimary).length;
  if (primaries > 1) ctx.addIssue({ code: 'custom', message: `Mark only one ${what} as primary.`, path: [field] });
  return entries.map((entry, index) => ({ ...entry, isPrimary: primaries === 0 ? index === 0 : entry.isPrimary }));
}

const emailListSchema = z.array(emailEntrySchema).max(20, 'A contact can have at most 20 email addresses.');
const phoneListSchema = z.array(phoneEntrySchema).max(20, 'A contact can have at most 20 phone numbers.');

/** Reports an address listed twice; it reads the raw list so it can run while other checks fail. */
function reportRepeatedEmails(emails: unknown, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  (Array.isArray(emails) ? emails : []).forEach((email: unknown, index: number) => {
    const address = typeof email === 'object' && email !== null && 'address' in email && typeof email.address === 'string' ? email.address : null;
    if (address === null) return;
    if (seen.has(address)) {
      ctx.addIssue({ code: 'custom', message: 'This address is listed twice.', path: ['emails', index, 'address'] });
    }
    seen.set(address, index);
  });
}

const contactFieldsSchema = z
  .object({
    type: z.enum(ContactType),
    kind: z.enum(ContactKind),
    firstName: optionalText(100),
    lastName: optionalText(100),
    organizationName: optionalText(200),
    notes: optionalText(10_000),
    emails: emailListSchema,
    phones: phoneListSchema,
  })
  .superRefine((contact, ctx) => {
    if (contact.type === ContactType.PERSON && !contact.firstName && !contact.lastName) {
      ctx.addIssue({ code: 'custom', message: 'Enter a first or last name.', path: ['lastName'] });
    }
    if (contact.type === ContactType.ORGANIZATION && !contact.organizationName) {
      ctx.addIssue({ code: 'custom', message: 'Enter the organization’s name.', path: ['organizationName'] });
    }
    reportRepeatedEmails(contact.emails, ctx);
    // Run with the field checks, even when some failed, so every problem is reported in one round.
  }, { when: () => true })
  .transform((contact, ctx) => ({
    ...contact,
    emails: withOnePrimary(contact.emails, 'email address', 'emails', ctx),
    phones: withOnePrimary(contact.phones, 'phone number', 'phones', ctx),
  }));

/**
 * A contact's email addresses and phone numbers alone, checked exactly as a staff edit checks
 * them: what a client may change of their own details (S10).
 */
export const contactChannelsSchema = z
  .object({ emails: emailListSchema, phones: phoneListSchema })
  .superRefine((channels, ctx) => reportRepeatedEmails(channels.emails, ctx), { when: () => true })
  .transform((channels, ctx) => ({
    emails: withOnePrimary(channels.emails, 'email address', 'emails', ctx),
    phones: withOnePrimary(channels.phones, 'phone number', 'phones', ctx),
  }));

export type ContactChannels = z.output<typeof contactChannelsSchema>;

export type ContactFields = z.input<typeof contactFieldsSchema>;

function displayNameOf(fields: { type: ContactType; firstName: string | null; lastName: string | null; organizationName: string | null }): string {
  if (fields.type === ContactType.ORGANIZATION) return fields.organizationName ?? '';
  return [fields.firstName, fields.lastName].filter(Boolean).join(' ');
}

function applyFields(ctx: GraphQLContext, contact: Contact, fields: z.output<typeof contactFieldsSchema>): void {
  contact.type = fields.type;
  contact.kind = fields.kind;
  contact.firstName = fields.type === ContactType.PERSON ? fields.firstName : null;
  contact.lastName = fields.type === ContactType.PERSON ? fields.lastName : null;
  contact.organizationName = fields.organizationName;
  contact.notes = fields.notes;
  contact.displayName = displayNameOf(contact);
  contact.sortName = contact.displayName.toLowerCase();
  replaceChannels(ctx.em, contact, fields);
}

/** Replaces a contact's addresses and numbers with checked ones; the contact's lists must be loaded. */
export function replaceChannels(em: Em, contact: Contact, channels: ContactChannels): void {
  contact.emails.removeAll();
  channels.emails.forEach((email, position) => {
    contact.emails.add(em.create(ContactEmail, { contact, address: email.address, label: email.label, isPrimary: email.isPrimary, position }));
  });
  contact.phones.removeAll();
  channels.phones.forEach((phone, position) => {
    contact.phones.add(em.create(ContactPhone, { contact, number: phone.number, label: phone.label, isPrimary: phone.isPrimary, position }));
  });
}

/** A contact of the firm by ID; another firm's contact is as absent as one that never was. */
export async function findContact(ctx: GraphQLContext, firmId: string, id: string): Promise<Contact | null> {
  if (!isUuid(id)) return null;
  return ctx.em.findOne(Contact, { id, firm: firmId });
}

async function contactOrFail(ctx: GraphQLContext, firmId: string, id: string, field: string[] = ['id']): Promise<Contact> {
  const contact = await findContact(ctx, firmId, id);
  if (!contact) throw notFound('contact', field);
  return contact;
}

export async function createContact(ctx: GraphQLContext, firmId: string, input: ContactFields): Promise<Contact> {
  const fields = parseInput(contactFieldsSchema, input);
  const contact = ctx.em.create(Contact, { firm: firmId, type: fields.type, kind: fields.kind, displayName: '', sortName: '' });
  applyFields(ctx, contact, fields);
  await ctx.em.flush();
  return contact;
}

export async function updateContact(ctx: GraphQLContext, firmId: string, id: string, input: ContactFields): Promise<Contact> {
  const fields = parseInput(contactFieldsSchema, input);
  const contact = await contactOrFail(ctx, firmId, id);
  await ctx.em.populate(contact, ['emails', 'phones']);
  applyFields(ctx, contact, fields);
  await ctx.em.flush();
  return contact;
}

export async function setContactArchived(ctx: GraphQLContext, firmId: string, id: string, archived: boolean): Promise<Contact> {
  const contact = await contactOrFail(ctx, firmId, id);
  contact.archivedAt = archived ? (contact.archivedAt ?? ctx.clock.now()) : null;
  await ctx.em.flush();
  return contact;
}

export interface ContactFilter {
  search?: string | null;
  portalStatus?: PortalStatus | null;
  kind?: ContactKind | null;
  type?: ContactType | null;
  includeArchived?: boolean | null;
}

/** Contacts by name, searched by name or email, a page at a time (keyset on name and ID). */
export async function listContacts(
  ctx: GraphQLContext,
  firmId: string,
  filter: ContactFilter,
  first: number,
  after: string | null,
): Promise<Connection<Contact>> {
  checkPageSize(first);
  const where: FilterQuery<Contact>[] = [{ firm: firmId }];
  if (!filter.includeArchived) where.push({ archivedAt: null });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.type) where.push({ type: filter.type });
  if (filter.portalStatus) where.push({ id: { $in: await contactIdsWithPortalStatus(ctx.em, firmId, filter.portalStatus, ctx.clock.now()) } });
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const pattern = containsPattern(search);
    where.push({ $or: [{ sortName: { $like: pattern } }, { emails: { address: { $like: pattern } } }] });
  }
  const totalCount = await ctx.em.count(Contact, { $and: where });
  if (after) {
    const cursor = decodeCursor(after);
    where.push({ $or: [{ sortName: { $gt: cursor.sortKey } }, { sortName: cursor.sortKey, id: { $gt: cursor.id } }] });
  }
  const rows = await ctx.em.find(Contact, { $and: where }, { orderBy: { sortName: 'asc', id: 'asc' }, limit: first + 1 });
  return toConnection(rows, first, Boolean(after), totalCount, (contact) => contact.sortName);
}

const linkSchema = z.object({
  contactId: z.string(),
  linkedContactId: z.string(),
  relationship: z.enum(ContactRelationship),
});

/** Links two contacts of the firm. A person can be the employee of an organization, not the reverse. */
export async function linkContacts(
  ctx: GraphQLContext,
  firmId: string,
  input: { contactId: string; linkedContactId: string; relationship: ContactRelationship },
): Promise<ContactLink> {
  const fields = parseInput(linkSchema, input);
  if (fields.contactId === fields.linkedContactId) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'A contact cannot be linked to itself.', ['linkedContactId']);
  }
  const contact = await contactOrFail(ctx, firmId, fields.contactId, ['contactId']);
  const linked = await contactOrFail(ctx, firmId, fields.linkedContactId, ['linkedContactId']);
  // The same ID may be spelt in another case; compare the stored contacts too.
  if (contact.id === linked.id) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'A contact cannot be linked to itself.', ['linkedContactId']);
  }
  // Store employment one way round only: person EMPLOYEE_OF organization.
  let [from, to, relationship] = [contact, linked, fields.relationship];
  if (relationship === ContactRelationship.EMPLOYER_OF) [from, to, relationship] = [linked, contact, ContactRelationship.EMPLOYEE_OF];
  if (relationship === ContactRelationship.EMPLOYEE_OF && (from.type !== ContactType.PERSON || to.type !== ContactType.ORGANIZATION)) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'Employment links a person to an organization.', ['relationship']);
  }
  const existing = await ctx.em.findOne(ContactLink, {
    $or: [
      { contact: from, linkedContact: to },
      { contact: to, linkedContact: from },
    ],
  });
  if (existing) throw UserFacingError.of(UserErrorCode.ALREADY_EXISTS, 'These contacts are linked already.', ['linkedContactId']);
  const link = ctx.em.create(ContactLink, { firm: firmId, contact: from, linkedContact: to, relationship });
  await ctx.em.flush();
  return link;
}

export async function unlinkContacts(ctx: GraphQLContext, firmId: string, linkId: string): Promise<void> {
  const link = isUuid(linkId) ? await ctx.em.findOne(ContactLink, { id: linkId, firm: firmId }) : null;
  if (!link) throw notFound('contact link', ['linkId']);
  ctx.em.remove(link);
  await ctx.em.flush();
}

export interface LinkedContactView {
  linkId: string;
  relationship: ContactRelationship;
  contact: Contact;
}

/** The contacts linked to one contact, each with the relationship read from that contact's side. */
export async function linkedContactsOf(ctx: GraphQLContext, contact: Contact): Promise<LinkedContactView[]> {
  const links = await ctx.em.find(
    ContactLink,
    { $or: [{ contact }, { linkedContact: contact }] },
    { populate: ['contact', 'linkedContact'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return links.map((link) =>
    link.contact.id === contact.id
      ? { linkId: link.id, relationship: link.relationship, contact: link.linkedContact.getEntity() }
      : { linkId: link.id, relationship: inverseRelationship(link.relationship), contact: link.contact.getEntity() },
  );
}
