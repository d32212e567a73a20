// One firm's staff must not reach another firm's data by any route: reading by ID, lists,
// search, filters, or mutations naming the other firm's IDs. And no error tells more than
// "not found", or anything of the server's insides.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactLink } from '../src/modules/contacts/contact-link.entity.js';
import { Contact, ContactEmail } from '../src/modules/contacts/contact.entity.js';
import { Firm } from '../src/modules/firms/firm.entity.js';
import { Matter, MatterParticipant } from '../src/modules/matters/matter.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';
import {
  USER_ERRORS,
  addContact,
  addMatter,
  mutateOk,
  startTestApp,
  type ApiClient,
  type GraphQLResponse,
  type TestApp,
  type TestFirm,
  type UserErrorData,
} from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

interface FirmWithData extends TestFirm {
  adminApi: ApiClient;
  staffApi: ApiClient;
  person: string;
  organization: string;
  linkId: string;
  matter: { id: string; number: string };
  participantId: string;
}

/** A firm with a linked person and organization, and a matter with the person as client. */
async function firmWithData(marker: string): Promise<FirmWithData> {
  const firm = await app.createFirm();
  const adminApi = await app.signInStaff(firm.admin);
  const staffApi = await app.signInStaff(firm.staff);
  const person = await addContact(staffApi, { firstName: marker, lastName: 'Person', emails: [{ address: `${marker}@secret.test` }] });
  const organization = await addContact(staffApi, { type: 'ORGANIZATION', organizationName: `${marker} Holdings` });
  const linked = await mutateOk<{ contact: { linkedContacts: { linkId: string }[] }; errors: UserErrorData[] }>(
    staffApi,
    `mutation($input: LinkContactsInput!) { linkContacts(input: $input) { contact { linkedContacts { linkId } } ${USER_ERRORS} } }`,
    'linkContacts',
    { contactId: person, linkedContactId: organization, relationship: 'EMPLOYEE_OF' },
  );
  const matter = await addMatter(staffApi, {
    name: `${marker} Matter`,
    number: `${marker}-1`,
    responsibleStaffId: firm.staff.id,
    participants: [{ contactId: person, role: 'CLIENT' }],
  });
  const participant = await app.orm.em.fork().findOneOrFail(MatterParticipant, { matter: matter.id });
  return {
    ...firm,
    adminApi,
    staffApi,
    person,
    organization,
    linkId: linked.contact.linkedContacts[0]?.linkId ?? '',
    matter,
    participantId: participant.id,
  };
}

/** Everything stored for a firm, to show that nothing changed. */
async function snapshot(firmId: string): Promise<unknown> {
  const em = app.orm.em.fork();
  const contacts = await em.find(Contact, { firm: firmId }, { orderBy: { id: 'asc' } });
  const emails = await em.find(ContactEmail, { contact: { firm: firmId } }, { orderBy: { id: 'asc' } });
  const links = await em.find(ContactLink, { firm: firmId }, { orderBy: { id: 'asc' } });
  const matters = await em.find(Matter, { firm: firmId }, { orderBy: { id: 'asc' } });
  const participants = await em.find(MatterParticipant, { matter: { firm: firmId } }, { orderBy: { id: 'asc' } });
  const staff = await em.find(StaffUser, { firm: firmId }, { orderBy: { id: 'asc' } });
  const firm = await em.findOneOrFail(Firm, { id: firmId });
  return JSON.parse(
    JSON.stringify({
      firm: [firm.name, firm.accentColor, firm.logoUrl, firm.updatedAt],
      contacts: contacts.map((c) => [c.id, c.displayName, c.kind, c.notes, c.archivedAt, c.updatedAt]),
      emails: emails.map((e) => [e.id, e.address, e.isPrimary]),
      links: links.map((l) => [l.id, l.contact.id, l.linkedContact.id, l.relationship]),
      matters: matters.map((m) => [m.id, m.number, m.name, m.status, m.archivedAt, m.responsibleStaff.id, m.updatedAt]),
      participants: participants.map((p) => [p.id, p.contact.id, p.role]),
      staff: staff.map((s) => [s.id, s.name, s.role, s.canInviteClients, s.canShareItems, s.deactivatedAt]),
    }),
  ) as unknown;
}

function notFound(field: string[]): UserErrorData {
  return { code: 'NOT_FOUND', message: expect.any(String) as unknown as string, field };
}

async function payloadErrors(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<UserErrorData[]> {
  const result = await api.data<Record<string, { errors: UserErrorData[] }>>(mutation, { input });
  const payload = Object.values(result)[0];
  if (!payload) throw new Error('no payload');
  return payload.errors;
}

const CONTACT_BY_ID = 'query($id: ID!) { contact(id: $id) { id displayName } }';
const MATTER_BY_ID = 'query($id: ID!) { matter(id: $id) { id name } }';
const CONTACT_IDS = `query($filter: ContactFilterInput) { contacts(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
const MATTER_IDS = `query($filter: MatterFilterInput) { matters(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
const MUTATIONS = {
  updateContact: `mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } ${USER_ERRORS} } }`,
  archiveContact: `mutation($input: ContactIdInput!) { archiveContact(input: $input) { contact { id } ${USER_ERRORS} } }`,
  restoreContact: `mutation($input: ContactIdInput!) { restoreContact(input: $input) { contact { id } ${USER_ERRORS} } }`,
  linkContacts: `mutation($input: LinkContactsInput!) { linkContacts(input: $input) { contact { id } ${USER_ERRORS} } }`,
  unlinkContacts: `mutation($input: UnlinkContactsInput!) { unlinkContacts(input: $input) { unlinked ${USER_ERRORS} } }`,
  createMatter: `mutation($input: CreateMatterInput!) { createMatter(input: $input) { matter { id } ${USER_ERRORS} } }`,
  updateMatter: `mutation($input: UpdateMatterInput!) { updateMatter(input: $input) { matter { id } ${USER_ERRORS} } }`,
  archiveMatter: `mutation($input: MatterIdInput!) { archiveMatter(input: $input) { matter { id } ${USER_ERRORS} } }`,
  restoreMatter: `mutation($input: MatterIdInput!) { restoreMatter(input: $input) { matter { id } ${USER_ERRORS} } }`,
  addMatterParticipant: `mutation($input: AddMatterParticipantInput!) { addMatterParticipant(input: $input) { matter { id } ${USER_ERRORS} } }`,
  updateMatterParticipant: `mutation($input: UpdateMatterParticipantInput!) { updateMatterParticipant(input: $input) { matter { id } ${USER_ERRORS} } }`,
  removeMatterParticipant: `mutation($input: RemoveMatterParticipantInput!) { removeMatterParticipant(input: $input) { matter { id } ${USER_ERRORS} } }`,
  updateStaffMember: `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { staffMember { id } ${USER_ERRORS} } }`,
  deactivateStaffMember: `mutation($input: StaffMemberIdInput!) { deactivateStaffMember(input: $input) { staffMember { id } ${USER_ERRORS} } }`,
  reactivateStaffMember: `mutation($input: StaffMemberIdInput!) { reactivateStaffMember(input: $input) { staffMember { id } ${USER_ERRORS} } }`,
} as const;

/** What answers must never contain: stack traces, SQL, driver or ORM error text. */
const INTERNALS = /stack|select |insert into|update "|delete from|syntax error at|violates|postgres|pglite|mikro|sql|\.ts:|node_modules/i;

describe('reading across firms', () => {
  it("answers another firm's contact and matter exactly as a missing one", async () => {
    const a = await firmWithData('Alpha');
    const b = await firmWithData('Bravo');
    for (const [query, own, foreign] of [
      [CONTACT_BY_ID, a.person, b.person],
      [CONTACT_BY_ID, a.organization, b.organization],
      [MATTER_BY_ID, a.matter.id, b.matter.id],
    ] as const) {
      const mine = await a.staffApi.request<Record<string, { id: string } | null>>(query, { id: own });
      expect(Object.values(mine.data ?? {})[0]?.id).toBe(own);
      const theirs = await a.staffApi.request(query, { id: foreign });
      const missing = await a.staffApi.request(query, { id: randomUUID() });
      expect(theirs.errors).toBeUndefined();
      expect(Object.values(theirs.data ?? { none: 'x' })).toEqual([null]);
      expect({ ...theirs, raw: undefined }).toEqual({ ...missing, raw: undefined });
      expect(theirs.raw).toBe(missing.raw);
    }
    // The other firm still sees its own.
    const own = await b.staffApi.data<{ contact: { id: string } | null }>(CONTACT_BY_ID, { id: b.person });
    expect(own.contact?.id).toBe(b.person);
  });

  it("never lists or finds another firm's contacts and matters", async () => {
    const a = await firmWithData('Alpha');
    const b = await firmWithData('Bravo');
    const contactsOf = async (api: ApiClient, filter: Record<string, unknown>) =>
      (await api.data<{ contacts: { totalCount: number; edges: { node: { id: string } }[] } }>(CONTACT_IDS, { filter })).contacts;
    const mattersOf = async (api: ApiClient, filter: Record<string, unknown>) =>
      (await api.data<{ matters: { totalCount: number; edges: { node: { id: string } }[] } }>(MATTER_IDS, { filter })).matters;

    const all = await contactsOf(a.staffApi, { includeArchived: true });
    expect(all.edges.map((e) => e.node.id).sort()).toEqual([a.person, a.organization].sort());
    expect(all.totalCount).toBe(2);
    for (const search of ['bravo', 'Bravo Holdings', 'bravo@secret.test', 'secret.test', 'person']) {
      const found = await contactsOf(a.staffApi, { search, includeArchived: true });
      expect(found.edges.map((e) => e.node.id), search).not.toContain(b.person);
      expect(found.edges.map((e) => e.node.id), search).not.toContain(b.organization);
    }
    expect((await contactsOf(a.staffApi, { search: 'bravo' })).totalCount).toBe(0);

    const matters = await mattersOf(a.staffApi, { includeArchived: true });
    expect(matters.edges.map((e) => e.node.id)).toEqual([a.matter.id]);
    expect((await mattersOf(a.staffApi, { search: 'bravo' })).totalCount).toBe(0);
    expect((await mattersOf(a.staffApi, { search: b.matter.number })).totalCount).toBe(0);
    expect((await mattersOf(a.staffApi, { contactId: b.person })).totalCount).toBe(0);
    expect((await mattersOf(a.staffApi, { responsibleStaffId: b.staff.id })).totalCount).toBe(0);
  });

  it("shows only the firm's own staff", async () => {
    const a = await firmWithData('Alpha');
    const b = await firmWithData('Bravo');
    for (const [api, firm] of [
      [a.staffApi, a],
      [b.adminApi, b],
    ] as const) {
      const result = await api.data<{ staffMembers: { id: string }[] }>('{ staffMembers(includeDeactivated: true) { id } }');
      expect(result.staffMembers.map((s) => s.id).sort()).toEqual([firm.admin.id, firm.staff.id].sort());
    }
    const firm = await a.staffApi.data<{ firm: { id: string } }>('{ firm { id } }');
    expect(firm.firm.id).toBe(a.firm.id);
  });
});

describe('changing across firms', () => {
  it("refuses every contact and matter mutation naming another firm's IDs, changing nothing there", async () => {
    const a = await firmWithData('Alpha');
    const b = await firmWithData('Bravo');
    const before = await snapshot(b.firm.id);
    const beforeA = await snapshot(a.firm.id);
    const api = a.adminApi;
    const contactFields = { type: 'PERSON', kind: 'OTHER', lastName: 'Overwritten', emails: [{ address: 'x@x.test' }] };

    const attempts: [string, Record<string, unknown>, string[]][] = [
      [MUTATIONS.updateContact, { id: b.person, ...contactFields }, ['id']],
      [MUTATIONS.archiveContact, { id: b.person }, ['id']],
      [MUTATIONS.restoreContact, { id: b.person }, ['id']],
      [MUTATIONS.linkContacts, { contactId: a.person, linkedContactId: b.person, relationship: 'SPOUSE' }, ['linkedContactId']],
      [MUTATIONS.linkContacts, { contactId: b.person, linkedContactId: a.person, relationship: 'SPOUSE' }, ['contactId']],
      [MUTATIONS.linkContacts, { contactId: b.organization, linkedContactId: b.person, relationship: 'EMPLOYER_OF' }, ['contactId']],
      [MUTATIONS.unlinkContacts, { linkId: b.linkId }, ['linkId']],
      [MUTATIONS.createMatter, { name: 'Sneaky', responsibleStaffId: b.staff.id }, ['responsibleStaffId']],
      [MUTATIONS.createMatter, { name: 'Sneaky', responsibleStaffId: a.staff.id, participants: [{ contactId: b.person, role: 'CLIENT' }] }, ['participants', '0', 'contactId']],
      [MUTATIONS.updateMatter, { id: b.matter.id, name: 'Overwritten', responsibleStaffId: b.staff.id, status: 'CLOSED' }, ['id']],
      [MUTATIONS.updateMatter, { id: a.matter.id, name: 'Handed over', responsibleStaffId: b.staff.id, status: 'OPEN' }, ['responsibleStaffId']],
      [MUTATIONS.archiveMatter, { id: b.matter.id }, ['id']],
      [MUTATIONS.restoreMatter, { id: b.matter.id }, ['id']],
      [MUTATIONS.addMatterParticipant, { matterId: b.matter.id, contactId: a.person, role: 'WITNESS' }, ['matterId']],
      [MUTATIONS.addMatterParticipant, { matterId: a.matter.id, contactId: b.organization, role: 'WITNESS' }, ['contactId']],
      [MUTATIONS.updateMatterParticipant, { participantId: b.participantId, role: 'WITNESS' }, ['participantId']],
      [MUTATIONS.removeMatterParticipant, { participantId: b.participantId }, ['participantId']],
    ];
    for (const [mutation, input, field] of attempts) {
      expect(await payloadErrors(api, mutation, input), `${mutation.slice(0, 40)} ${JSON.stringify(input)}`).toEqual([notFound(field)]);
    }
    expect(await snapshot(b.firm.id)).toEqual(before);
    expect(await snapshot(a.firm.id)).toEqual(beforeA);
  });

  it("refuses to change or deactivate another firm's staff", async () => {
    const a = await firmWithData('Alpha');
    const b = await firmWithData('Bravo');
    const before = await snapshot(b.firm.id);
    for (const target of [b.admin.id, b.staff.id]) {
      expect(await payloadErrors(a.adminApi, MUTATIONS.updateStaffMember, { id: target, name: 'Mine', role: 'STAFF', canShareItems: true })).toEqual([notFound(['id'])]);
      expect(await payloadErrors(a.adminApi, MUTATIONS.deactivateStaffMember, { id: target })).toEqual([notFound(['id'])]);
      expect(await payloadErrors(a.adminApi, MUTATIONS.reactivateStaffMember, { id: target })).toEqual([notFound(['id'])]);
    }
    expect(await snapshot(b.firm.id)).toEqual(before);
    // B's staff can still sign in.
    await app.signInStaff(b.staff);
  });

  it("firm settings change the admin's own firm only", async () => {
    const a = await firmWithData('Alpha');
    const b = await firmWithData('Bravo');
    const before = await snapshot(b.firm.id);
    const result = await a.adminApi.data<{ updateFirm: { firm: { id: string; name: string } | null; errors: UserErrorData[] } }>(
      `mutation($input: UpdateFirmInput!) { updateFirm(input: $input) { firm { id name } ${USER_ERRORS} } }`,
      { input: { name: 'Alpha Renamed' } },
    );
    expect(result.updateFirm).toEqual({ firm: { id: a.firm.id, name: 'Alpha Renamed' }, errors: [] });
    expect(await snapshot(b.firm.id)).toEqual(before);
  });
});

describe('malformed IDs', () => {
  it('behave like missing ones, in queries and mutations', async () => {
    const a = await firmWithData('Alpha');
    const before = await snapshot(a.firm.id);
    const api = a.adminApi;
    const malformed = ['not-a-uuid', '', "1' or '1'='1", `${a.person}x`, '00000000-0000-0000-0000-00000000000g', '12345'];
    for (const id of malformed) {
      for (const query of [CONTACT_BY_ID, MATTER_BY_ID]) {
        const result = await api.request(query, { id });
        expect(result.errors, `${query} ${id}`).toBeUndefined();
        expect(Object.values(result.data ?? { none: 'x' })).toEqual([null]);
      }
      const filtered = await api.data<{ matters: { totalCount: number } }>(MATTER_IDS, { filter: { contactId: id || 'x', responsibleStaffId: id || 'x' } });
      expect(filtered.matters.totalCount).toBe(0);

      const attempts: [string, Record<string, unknown>, string[]][] = [
        [MUTATIONS.updateContact, { id, type: 'PERSON', kind: 'CLIENT', lastName: 'X' }, ['id']],
        [MUTATIONS.archiveContact, { id }, ['id']],
        [MUTATIONS.linkContacts, { contactId: a.person, linkedContactId: id, relationship: 'SPOUSE' }, ['linkedContactId']],
        [MUTATIONS.unlinkContacts, { linkId: id }, ['linkId']],
        [MUTATIONS.createMatter, { name: 'X', responsibleStaffId: id }, ['responsibleStaffId']],
        [MUTATIONS.createMatter, { name: 'X', responsibleStaffId: a.staff.id, participants: [{ contactId: id, role: 'CLIENT' }] }, ['participants', '0', 'contactId']],
        [MUTATIONS.updateMatter, { id, name: 'X', responsibleStaffId: a.staff.id, status: 'OPEN' }, ['id']],
        [MUTATIONS.archiveMatter, { id }, ['id']],
        [MUTATIONS.addMatterParticipant, { matterId: id, contactId: a.person, role: 'CLIENT' }, ['matterId']],
        [MUTATIONS.addMatterParticipant, { matterId: a.matter.id, contactId: id, role: 'CLIENT' }, ['contactId']],
        [MUTATIONS.updateMatterParticipant, { participantId: id, role: 'CLIENT' }, ['participantId']],
        [MUTATIONS.removeMatterParticipant, { participantId: id }, ['participantId']],
        [MUTATIONS.updateStaffMember, { id, name: 'X' }, ['id']],
        [MUTATIONS.deactivateStaffMember, { id }, ['id']],
        [MUTATIONS.reactivateStaffMember, { id }, ['id']],
      ];
      for (const [mutation, input, field] of attempts) {
        expect(await payloadErrors(api, mutation, input), `${mutation.slice(0, 40)} ${JSON.stringify(input)}`).toEqual([notFound(field)]);
      }
    }
    expect(await snapshot(a.firm.id)).toEqual(before);
  });
});

describe('error answers', () => {
  it('reports an unknown field as GRAPHQL_VALIDATION_FAILED, without internals', async () => {
    const a = await firmWithData('Alpha');
    const result = await a.staffApi.request('{ contacts(first: 5) { totalCount passwordHash } }');
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.raw).not.toMatch(INTERNALS);
    const onStaff = await a.staffApi.request('{ viewer { id passwordHash } }');
    expect(onStaff.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers malformed requests with their own codes and no internals', async () => {
    const a = await firmWithData('Alpha');
    const responses: [GraphQLResponse<unknown>, string][] = [
      [await a.staffApi.request('{ contacts(first: 5) { totalCount '), 'GRAPHQL_PARSE_FAILED'],
      [await a.staffApi.request('query($first: Int!) { contacts(first: $first) { totalCount } }', { first: 'ten' }), 'BAD_USER_INPUT'],
      [await a.staffApi.request('query($first: Int!) { contacts(first: $first) { totalCount } }', { first: 2 ** 40 }), 'BAD_USER_INPUT'],
      [
        await a.staffApi.request(`mutation($input: CreateContactInput!) { createContact(input: $input) { ${USER_ERRORS} } }`, {
          input: { type: 'ROBOT', kind: 'CLIENT', lastName: 'X' },
        }),
        'BAD_USER_INPUT',
      ],
      [await a.staffApi.request('{ contacts(first: 5, after: "bm90IGpzb24") { totalCount } }'), 'BAD_USER_INPUT'],
      [await a.staffApi.request('{ matters(first: 5, after: "WyJ4IiwieSJd") { totalCount } }'), 'BAD_USER_INPUT'],
      [await app.api().request('{ matters(first: 5) { totalCount } }'), 'UNAUTHENTICATED'],
    ];
    for (const [response, code] of responses) {
      expect(response.errors?.map((e) => e.extensions?.code), response.raw).toEqual([code]);
      expect(response.raw).not.toMatch(INTERNALS);
      expect(response.raw).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('keeps payload errors to code, message and field', async () => {
    const a = await firmWithData('Alpha');
    const result = await a.staffApi.request<{ createMatter: { errors: UserErrorData[] } }>(MUTATIONS.createMatter, {
      input: { name: 'Dup', number: a.matter.number, responsibleStaffId: a.staff.id },
    });
    expect(result.data?.createMatter.errors).toEqual([{ code: 'ALREADY_EXISTS', message: expect.any(String), field: ['number'] }]);
    expect(result.raw).not.toMatch(INTERNALS);
  });

  it('refuses text with NUL characters as bad input, in variables and in literals, and writes nothing', async () => {
    const a = await firmWithData('Alpha');
    const before = await a.staffApi.data<{ contacts: { totalCount: number } }>('{ contacts(first: 1) { totalCount } }');
    const search = await a.staffApi.request('query($s: String) { contacts(first: 5, filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' });
    expect(search.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await a.staffApi.request('mutation { createContact(input: { type: PERSON, kind: CLIENT, lastName: "x\\u0000y" }) { errors { code } } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.raw).not.toMatch(INTERNALS);
    const after = await a.staffApi.data<{ contacts: { totalCount: number } }>('{ contacts(first: 1) { totalCount } }');
    expect(after.contacts.totalCount).toBe(before.contacts.totalCount);
  });
});
