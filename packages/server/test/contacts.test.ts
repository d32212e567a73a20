import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactLink } from '../src/modules/contacts/contact-link.entity.js';
import { Contact, ContactEmail, ContactPhone } from '../src/modules/contacts/contact.entity.js';
import { USER_ERRORS, addContact, startTestApp, type ApiClient, type TestApp, type UserErrorData } from './harness.js';

interface EmailData {
  address: string;
  label: string | null;
  isPrimary: boolean;
}

interface PhoneData {
  number: string;
  label: string | null;
  isPrimary: boolean;
}

interface ContactData {
  id: string;
  type: string;
  kind: string;
  firstName: string | null;
  lastName: string | null;
  organizationName: string | null;
  displayName: string;
  notes: string | null;
  archivedAt: string | null;
  primaryEmail: string | null;
  emails: EmailData[];
  phones: PhoneData[];
}

interface ContactPayload {
  contact: ContactData | null;
  errors: UserErrorData[];
}

interface ContactPage {
  contacts: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; displayName: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

interface LinkedData {
  linkId: string;
  relationship: string;
  contact: { id: string };
}

const CONTACT = `id type kind firstName lastName organizationName displayName notes archivedAt primaryEmail
  emails { address label isPrimary } phones { number label isPrimary }`;
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { ${CONTACT} } ${USER_ERRORS} } }`;
const UPDATE = `mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { ${CONTACT} } ${USER_ERRORS} } }`;
const ARCHIVE = `mutation($input: ContactIdInput!) { archiveContact(input: $input) { contact { id archivedAt } ${USER_ERRORS} } }`;
const RESTORE = `mutation($input: ContactIdInput!) { restoreContact(input: $input) { contact { id archivedAt } ${USER_ERRORS} } }`;
const LINK = `mutation($input: LinkContactsInput!) {
  linkContacts(input: $input) { contact { id linkedContacts { linkId relationship contact { id } } } ${USER_ERRORS} }
}`;
const UNLINK = `mutation($input: UnlinkContactsInput!) { unlinkContacts(input: $input) { unlinked ${USER_ERRORS} } }`;
const LINKED = 'query($id: ID!) { contact(id: $id) { id linkedContacts { linkId relationship contact { id } } } }';
const LIST = `query($first: Int!, $after: String, $filter: ContactFilterInput) {
  contacts(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id displayName } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A signed-in staff member (without special rights) of a new firm. */
async function staffOfNewFirm(): Promise<{ api: ApiClient; firmId: string }> {
  const { firm, staff } = await app.createFirm();
  return { api: await app.signInStaff(staff), firmId: firm.id };
}

async function create(api: ApiClient, input: Record<string, unknown>): Promise<ContactPayload> {
  return (await api.data<{ createContact: ContactPayload }>(CREATE, { input })).createContact;
}

async function update(api: ApiClient, input: Record<string, unknown>): Promise<ContactPayload> {
  return (await api.data<{ updateContact: ContactPayload }>(UPDATE, { input })).updateContact;
}

async function list(api: ApiClient, variables: { first: number; after?: string | null; filter?: Record<string, unknown> }): Promise<ContactPage['contacts']> {
  return (await api.data<ContactPage>(LIST, variables)).contacts;
}

async function names(api: ApiClient, filter: Record<string, unknown>): Promise<string[]> {
  return (await list(api, { first: 100, filter })).edges.map((edge) => edge.node.displayName);
}

async function linksOf(api: ApiClient, id: string): Promise<LinkedData[]> {
  const result = await api.data<{ contact: { linkedContacts: LinkedData[] } | null }>(LINKED, { id });
  return result.contact?.linkedContacts ?? [];
}

async function link(api: ApiClient, contactId: string, linkedContactId: string, relationship: string) {
  return (await api.data<{ linkContacts: { contact: { linkedContacts: LinkedData[] } | null; errors: UserErrorData[] } }>(LINK, {
    input: { contactId, linkedContactId, relationship },
  })).linkContacts;
}

/** Rows of the firm's contacts and their email and phone rows, as stored. */
async function storedCounts(firmId: string): Promise<{ contacts: number; emails: number; phones: number }> {
  const em = app.orm.em.fork();
  return {
    contacts: await em.count(Contact, { firm: firmId }),
    emails: await em.count(ContactEmail, { contact: { firm: firmId } }),
    phones: await em.count(ContactPhone, { contact: { firm: firmId } }),
  };
}

describe('creating contacts', () => {
  it('creates a person with emails and phones, and stores them', async () => {
    const { api, firmId } = await staffOfNewFirm();
    const result = await create(api, {
      type: 'PERSON',
      kind: 'CLIENT',
      firstName: '  Ada ',
      lastName: 'Lovelace',
      notes: 'Prefers email.',
      emails: [
        { address: 'Ada@Example.com', label: 'home' },
        { address: 'ada@work.example', label: 'work', isPrimary: true },
      ],
      phones: [{ number: '+44 20 7946 0000', label: 'mobile' }],
    });
    expect(result.errors).toEqual([]);
    const contact = result.contact;
    expect(contact).toMatchObject({
      type: 'PERSON',
      kind: 'CLIENT',
      firstName: 'Ada',
      lastName: 'Lovelace',
      organizationName: null,
      displayName: 'Ada Lovelace',
      notes: 'Prefers email.',
      archivedAt: null,
      primaryEmail: 'ada@work.example',
    });
    // Primary first, then in the order given; addresses are lower-cased.
    expect(contact?.emails).toEqual([
      { address: 'ada@work.example', label: 'work', isPrimary: true },
      { address: 'ada@example.com', label: 'home', isPrimary: false },
    ]);
    expect(contact?.phones).toEqual([{ number: '+44 20 7946 0000', label: 'mobile', isPrimary: true }]);

    const em = app.orm.em.fork();
    const stored = await em.findOneOrFail(Contact, { id: contact?.id ?? '' });
    expect(stored.firm.id).toBe(firmId);
    expect(stored.sortName).toBe('ada lovelace');
    expect(await storedCounts(firmId)).toEqual({ contacts: 1, emails: 2, phones: 1 });
  });

  it('creates an organization, named by its organization name', async () => {
    const { api } = await staffOfNewFirm();
    const result = await create(api, { type: 'ORGANIZATION', kind: 'SUPPLIER', organizationName: 'Babbage & Co', firstName: 'ignored' });
    expect(result.errors).toEqual([]);
    expect(result.contact).toMatchObject({
      type: 'ORGANIZATION',
      kind: 'SUPPLIER',
      organizationName: 'Babbage & Co',
      displayName: 'Babbage & Co',
      firstName: null,
      lastName: null,
      primaryEmail: null,
      emails: [],
      phones: [],
    });
  });

  it('makes exactly the first email and phone primary when none is marked', async () => {
    const { api, firmId } = await staffOfNewFirm();
    const result = await create(api, {
      type: 'PERSON',
      kind: 'PROSPECT',
      lastName: 'Hopper',
      emails: [{ address: 'one@hopper.test' }, { address: 'two@hopper.test' }, { address: 'three@hopper.test' }],
      phones: [{ number: '555 0101' }, { number: '555 0102' }],
    });
    expect(result.errors).toEqual([]);
    expect(result.contact?.primaryEmail).toBe('one@hopper.test');
    expect(result.contact?.emails.map((e) => [e.address, e.isPrimary])).toEqual([
      ['one@hopper.test', true],
      ['two@hopper.test', false],
      ['three@hopper.test', false],
    ]);
    const em = app.orm.em.fork();
    expect(await em.count(ContactEmail, { contact: { firm: firmId }, isPrimary: true })).toBe(1);
    expect(await em.count(ContactPhone, { contact: { firm: firmId }, isPrimary: true })).toBe(1);
  });

  describe('refuses invalid input as payload errors and writes nothing', () => {
    const cases: { name: string; input: Record<string, unknown>; field: string[] }[] = [
      { name: 'a person without a name', input: { type: 'PERSON', kind: 'CLIENT', firstName: '  ', lastName: null }, field: ['lastName'] },
      { name: 'an organization without a name', input: { type: 'ORGANIZATION', kind: 'CLIENT', firstName: 'Only', lastName: 'Person' }, field: ['organizationName'] },
      {
        name: 'a malformed email address',
        input: { type: 'PERSON', kind: 'CLIENT', lastName: 'Turing', emails: [{ address: 'not an email' }] },
        field: ['emails', '0', 'address'],
      },
      {
        name: 'the same email twice (in any case)',
        input: { type: 'PERSON', kind: 'CLIENT', lastName: 'Turing', emails: [{ address: 'alan@turing.test' }, { address: 'ALAN@turing.test' }] },
        field: ['emails', '1', 'address'],
      },
      {
        name: 'two primary emails',
        input: {
          type: 'PERSON',
          kind: 'CLIENT',
          lastName: 'Turing',
          emails: [
            { address: 'a@turing.test', isPrimary: true },
            { address: 'b@turing.test', isPrimary: true },
          ],
        },
        field: ['emails'],
      },
      {
        name: 'two primary phones',
        input: {
          type: 'PERSON',
          kind: 'CLIENT',
          lastName: 'Turing',
          phones: [
            { number: '555 0001', isPrimary: true },
            { number: '555 0002', isPrimary: true },
          ],
        },
        field: ['phones'],
      },
    ];

    for (const { name, input, field } of cases) {
      it(name, async () => {
        const { api, firmId } = await staffOfNewFirm();
        const before = await storedCounts(firmId);
        const result = await create(api, input);
        expect(result.contact).toBeNull();
        expect(result.errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field }]);
        expect(result.errors[0]?.message.length).toBeGreaterThan(5);
        expect(await storedCounts(firmId)).toEqual(before);
        expect(before).toEqual({ contacts: 0, emails: 0, phones: 0 });
      });
    }

    it('reports every problem in one round: a missing name beside a bad email', async () => {
      const { api, firmId } = await staffOfNewFirm();
      const result = await create(api, { type: 'PERSON', kind: 'CLIENT', emails: [{ address: 'not-an-address' }] });
      expect(result.contact).toBeNull();
      expect(result.errors.map((e) => e.field)).toEqual(expect.arrayContaining([['emails', '0', 'address'], ['lastName']]));
      expect(await storedCounts(firmId)).toEqual({ contacts: 0, emails: 0, phones: 0 });
    });

    it('an invalid update leaves the contact and its emails as they were', async () => {
      const { api, firmId } = await staffOfNewFirm();
      const id = await addContact(api, { lastName: 'Noether', emails: [{ address: 'emmy@noether.test' }] });
      const result = await update(api, { id, type: 'PERSON', kind: 'OTHER', lastName: 'Renamed', emails: [{ address: 'broken@' }] });
      expect(result.errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field: ['emails', '0', 'address'] }]);
      const em = app.orm.em.fork();
      const stored = await em.findOneOrFail(Contact, { id }, { populate: ['emails'] });
      expect(stored.displayName).toBe('Noether');
      expect(stored.kind).toBe('CLIENT');
      expect(stored.emails.getItems().map((e) => e.address)).toEqual(['emmy@noether.test']);
      expect(await storedCounts(firmId)).toEqual({ contacts: 1, emails: 1, phones: 0 });
    });
  });
});

describe('updating, archiving and restoring contacts', () => {
  it('replaces the email and phone lists on update', async () => {
    const { api, firmId } = await staffOfNewFirm();
    const id = await addContact(api, {
      firstName: 'Grace',
      lastName: 'Hopper',
      emails: [{ address: 'old1@hopper.test' }, { address: 'old2@hopper.test' }],
      phones: [{ number: '555 1000' }],
    });
    const result = await update(api, {
      id,
      type: 'PERSON',
      kind: 'PROSPECT',
      firstName: 'Grace',
      lastName: 'Murray Hopper',
      emails: [
        { address: 'new@hopper.test' },
        { address: 'navy@hopper.test', isPrimary: true },
      ],
      phones: [],
    });
    expect(result.errors).toEqual([]);
    expect(result.contact).toMatchObject({ id, kind: 'PROSPECT', displayName: 'Grace Murray Hopper', primaryEmail: 'navy@hopper.test', phones: [] });
    expect(result.contact?.emails.map((e) => e.address)).toEqual(['navy@hopper.test', 'new@hopper.test']);

    const em = app.orm.em.fork();
    const emails = await em.find(ContactEmail, { contact: id }, { orderBy: { position: 'asc' } });
    expect(emails.map((e) => [e.address, e.isPrimary])).toEqual([
      ['new@hopper.test', false],
      ['navy@hopper.test', true],
    ]);
    expect(await em.count(ContactPhone, { contact: id })).toBe(0);
    expect(await storedCounts(firmId)).toEqual({ contacts: 1, emails: 2, phones: 0 });
    expect((await em.findOneOrFail(Contact, { id })).sortName).toBe('grace murray hopper');
  });

  it('hides an archived contact from lists unless asked, and restoring brings it back', async () => {
    const { api } = await staffOfNewFirm();
    const kept = await addContact(api, { lastName: 'Kept' });
    const archived = await addContact(api, { lastName: 'Archived' });

    const archiveResult = await api.data<{ archiveContact: { contact: { archivedAt: string | null } | null; errors: UserErrorData[] } }>(ARCHIVE, { input: { id: archived } });
    expect(archiveResult.archiveContact.errors).toEqual([]);
    expect(archiveResult.archiveContact.contact?.archivedAt).toEqual(expect.any(String));
    const stored = await app.orm.em.fork().findOneOrFail(Contact, { id: archived });
    expect(stored.archivedAt).toBeInstanceOf(Date);

    const visible = await list(api, { first: 10 });
    expect(visible.edges.map((e) => e.node.id)).toEqual([kept]);
    expect(visible.totalCount).toBe(1);
    const all = await list(api, { first: 10, filter: { includeArchived: true } });
    expect(all.edges.map((e) => e.node.id)).toEqual([archived, kept]);
    expect(all.totalCount).toBe(2);
    expect(await names(api, { search: 'archived' })).toEqual([]);
    // Still readable by ID.
    expect((await api.data<{ contact: { id: string } | null }>('query($id: ID!) { contact(id: $id) { id } }', { id: archived })).contact?.id).toBe(archived);

    const restoreResult = await api.data<{ restoreContact: { contact: { archivedAt: string | null } | null; errors: UserErrorData[] } }>(RESTORE, { input: { id: archived } });
    expect(restoreResult.restoreContact.errors).toEqual([]);
    expect(restoreResult.restoreContact.contact?.archivedAt).toBeNull();
    expect((await list(api, { first: 10 })).edges.map((e) => e.node.id)).toEqual([archived, kept]);
    expect((await app.orm.em.fork().findOneOrFail(Contact, { id: archived })).archivedAt).toBeNull();
  });
});

describe('listing and searching contacts', () => {
  it('searches by part of a name and by email, ignoring case', async () => {
    const { api } = await staffOfNewFirm();
    await addContact(api, { firstName: 'Margaret', lastName: 'Hamilton', emails: [{ address: 'mh@apollo.test' }] });
    await addContact(api, { type: 'ORGANIZATION', organizationName: 'Apollo Guidance Ltd', emails: [{ address: 'office@agc.test' }] });
    await addContact(api, { firstName: 'Katherine', lastName: 'Johnson', emails: [{ address: 'kj@NASA.test' }] });

    expect(await names(api, { search: 'HAMIL' })).toEqual(['Margaret Hamilton']);
    expect(await names(api, { search: 'apollo' })).toEqual(['Apollo Guidance Ltd', 'Margaret Hamilton']);
    expect(await names(api, { search: 'Nasa.TEST' })).toEqual(['Katherine Johnson']);
    expect(await names(api, { search: '  office@agc ' })).toEqual(['Apollo Guidance Ltd']);
    expect(await names(api, { search: 'nobody' })).toEqual([]);
    // Wildcards are taken literally.
    expect(await names(api, { search: '%' })).toEqual([]);
    expect(await names(api, { search: '_' })).toEqual([]);
  });

  it('lists a contact once, however many of its emails match', async () => {
    const { api } = await staffOfNewFirm();
    const id = await addContact(api, {
      lastName: 'Many',
      emails: [{ address: 'a@many.test' }, { address: 'b@many.test' }, { address: 'c@many.test' }],
    });
    await addContact(api, { lastName: 'Zed', emails: [{ address: 'z@many.test' }] });
    const page = await list(api, { first: 10, filter: { search: 'many.test' } });
    expect(page.edges.map((e) => e.node.id)).toEqual([id, expect.any(String)]);
    expect(page.totalCount).toBe(2);
    const small = await list(api, { first: 1, filter: { search: 'many.test' } });
    expect(small.edges.map((e) => e.node.displayName)).toEqual(['Many']);
    expect(small.pageInfo.hasNextPage).toBe(true);
    const rest = await list(api, { first: 1, after: small.pageInfo.endCursor, filter: { search: 'many.test' } });
    expect(rest.edges.map((e) => e.node.displayName)).toEqual(['Zed']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by kind and by type', async () => {
    const { api } = await staffOfNewFirm();
    await addContact(api, { kind: 'CLIENT', lastName: 'Client Person' });
    await addContact(api, { kind: 'CLIENT', type: 'ORGANIZATION', organizationName: 'Client Org' });
    await addContact(api, { kind: 'SUPPLIER', type: 'ORGANIZATION', organizationName: 'Supplier Org' });
    await addContact(api, { kind: 'PROSPECT', lastName: 'Prospect Person' });

    expect(await names(api, { kind: 'CLIENT' })).toEqual(['Client Org', 'Client Person']);
    expect(await names(api, { kind: 'SUPPLIER' })).toEqual(['Supplier Org']);
    expect(await names(api, { kind: 'OTHER' })).toEqual([]);
    expect(await names(api, { type: 'PERSON' })).toEqual(['Client Person', 'Prospect Person']);
    expect(await names(api, { type: 'ORGANIZATION', kind: 'CLIENT' })).toEqual(['Client Org']);
    const page = await list(api, { first: 10, filter: { type: 'ORGANIZATION' } });
    expect(page.totalCount).toBe(2);
  });

  it('pages through every contact once, in name order', async () => {
    const { api } = await staffOfNewFirm();
    // Created out of order, with two of the same name to exercise the tie on ID.
    const lastNames = ['Evans', 'Baker', 'Green', 'Adams', 'Baker', 'Foster', 'Clark'];
    const created: { id: string; sortName: string }[] = [];
    for (const lastName of lastNames) created.push({ id: await addContact(api, { lastName }), sortName: lastName.toLowerCase() });
    const expected = [...created].sort((a, b) => (a.sortName === b.sortName ? (a.id < b.id ? -1 : 1) : a.sortName < b.sortName ? -1 : 1)).map((c) => c.id);

    const seen: string[] = [];
    const pages: number[] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const page: ContactPage['contacts'] = await list(api, { first: 3, after });
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      pages.push(page.edges.length);
      hasNextPage = page.pageInfo.hasNextPage;
      after = page.pageInfo.endCursor;
      expect(pages.length).toBeLessThan(5);
    }
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(7);
  });

  it('pages stay stable when a contact is added before the cursor', async () => {
    const { api } = await staffOfNewFirm();
    for (const lastName of ['Bravo', 'Charlie', 'Delta', 'Echo']) await addContact(api, { lastName });
    const first = await list(api, { first: 2 });
    expect(first.edges.map((e) => e.node.displayName)).toEqual(['Bravo', 'Charlie']);
    await addContact(api, { lastName: 'Alpha' });
    const second = await list(api, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.displayName)).toEqual(['Delta', 'Echo']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(5);
  });

  it('refuses page sizes outside 1 to 100 and cursors it did not give out', async () => {
    const { api } = await staffOfNewFirm();
    await addContact(api, { lastName: 'Only' });
    const badCursors = [
      'garbage',
      Buffer.from('["only","not-a-uuid"]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
    ];
    const attempts: { first: number; after?: string }[] = [{ first: 0 }, { first: 101 }, { first: -1 }, ...badCursors.map((after) => ({ first: 10, after }))];
    for (const variables of attempts) {
      const result = await api.request(LIST, variables);
      expect(result.data, JSON.stringify(variables)).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      expect(result.raw).not.toMatch(/stack|select|uuid/i);
    }
    expect((await list(api, { first: 100 })).edges).toHaveLength(1);
    expect((await list(api, { first: 1 })).edges).toHaveLength(1);
  });
});

describe('linking contacts', () => {
  it('shows a SPOUSE link from both sides, and unlinking removes it', async () => {
    const { api, firmId } = await staffOfNewFirm();
    const pierre = await addContact(api, { firstName: 'Pierre', lastName: 'Curie' });
    const marie = await addContact(api, { firstName: 'Marie', lastName: 'Curie' });
    const linked = await link(api, pierre, marie, 'SPOUSE');
    expect(linked.errors).toEqual([]);
    expect(linked.contact?.linkedContacts).toEqual([{ linkId: expect.any(String), relationship: 'SPOUSE', contact: { id: marie } }]);
    const linkId = linked.contact?.linkedContacts[0]?.linkId;

    expect(await linksOf(api, marie)).toEqual([{ linkId, relationship: 'SPOUSE', contact: { id: pierre } }]);
    expect(await app.orm.em.fork().count(ContactLink, { firm: firmId })).toBe(1);

    const unlinked = await api.data<{ unlinkContacts: { unlinked: boolean; errors: UserErrorData[] } }>(UNLINK, { input: { linkId } });
    expect(unlinked.unlinkContacts).toEqual({ unlinked: true, errors: [] });
    expect(await linksOf(api, marie)).toEqual([]);
    expect(await linksOf(api, pierre)).toEqual([]);
    expect(await app.orm.em.fork().count(ContactLink, { firm: firmId })).toBe(0);

    const again = await api.data<{ unlinkContacts: { unlinked: boolean; errors: UserErrorData[] } }>(UNLINK, { input: { linkId } });
    expect(again.unlinkContacts).toEqual({ unlinked: false, errors: [{ code: 'NOT_FOUND', message: expect.any(String), field: ['linkId'] }] });
  });

  it('shows EMPLOYEE_OF from the person and EMPLOYER_OF from the organization', async () => {
    const { api } = await staffOfNewFirm();
    const person = await addContact(api, { firstName: 'Ada', lastName: 'Byron' });
    const org = await addContact(api, { type: 'ORGANIZATION', organizationName: 'Analytical Engines' });
    const result = await link(api, person, org, 'EMPLOYEE_OF');
    expect(result.errors).toEqual([]);
    expect(await linksOf(api, person)).toEqual([{ linkId: expect.any(String), relationship: 'EMPLOYEE_OF', contact: { id: org } }]);
    expect(await linksOf(api, org)).toEqual([{ linkId: expect.any(String), relationship: 'EMPLOYER_OF', contact: { id: person } }]);
  });

  it('accepts EMPLOYER_OF from the organization and stores it the same way', async () => {
    const { api, firmId } = await staffOfNewFirm();
    const person = await addContact(api, { lastName: 'Worker' });
    const org = await addContact(api, { type: 'ORGANIZATION', organizationName: 'Employer Ltd' });
    const result = await link(api, org, person, 'EMPLOYER_OF');
    expect(result.errors).toEqual([]);
    expect(result.contact?.linkedContacts.map((l) => [l.relationship, l.contact.id])).toEqual([['EMPLOYER_OF', person]]);
    expect(await linksOf(api, person)).toEqual([{ linkId: expect.any(String), relationship: 'EMPLOYEE_OF', contact: { id: org } }]);
    const stored = await app.orm.em.fork().find(ContactLink, { firm: firmId });
    expect(stored.map((l) => [l.contact.id, l.relationship, l.linkedContact.id])).toEqual([[person, 'EMPLOYEE_OF', org]]);
  });

  it('refuses employment the wrong way round, links to itself and duplicate links, writing nothing', async () => {
    const { api, firmId } = await staffOfNewFirm();
    const person = await addContact(api, { lastName: 'Person' });
    const other = await addContact(api, { lastName: 'Other Person' });
    const org = await addContact(api, { type: 'ORGANIZATION', organizationName: 'Org' });
    const count = () => app.orm.em.fork().count(ContactLink, { firm: firmId });

    const backwards = await link(api, org, person, 'EMPLOYEE_OF');
    expect(backwards.errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field: ['relationship'] }]);
    expect(backwards.contact).toBeNull();
    const twoPeople = await link(api, person, other, 'EMPLOYEE_OF');
    expect(twoPeople.errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field: ['relationship'] }]);

    const itself = await link(api, person, person, 'FAMILY_MEMBER');
    expect(itself.errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field: ['linkedContactId'] }]);
    const itselfUpper = await link(api, person, person.toUpperCase(), 'FAMILY_MEMBER');
    expect(itselfUpper.errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field: ['linkedContactId'] }]);
    expect(await count()).toBe(0);

    expect((await link(api, person, other, 'PARTNER')).errors).toEqual([]);
    const duplicate = await link(api, person, other, 'PARTNER');
    expect(duplicate.errors).toEqual([{ code: 'ALREADY_EXISTS', message: expect.any(String), field: ['linkedContactId'] }]);
    const reversed = await link(api, other, person, 'FAMILY_MEMBER');
    expect(reversed.errors).toEqual([{ code: 'ALREADY_EXISTS', message: expect.any(String), field: ['linkedContactId'] }]);
    expect(await count()).toBe(1);
    expect(await linksOf(api, other)).toEqual([{ linkId: expect.any(String), relationship: 'PARTNER', contact: { id: person } }]);

    const missing = await link(api, person, randomUUID(), 'PARTNER');
    expect(missing.errors).toEqual([{ code: 'NOT_FOUND', message: expect.any(String), field: ['linkedContactId'] }]);
    expect(await count()).toBe(1);
  });
});
