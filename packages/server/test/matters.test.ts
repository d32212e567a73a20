import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Matter, MatterParticipant } from '../src/modules/matters/matter.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';
import { USER_ERRORS, addContact, addMatter, startTestApp, type ApiClient, type TestApp, type TestFirm, type UserErrorData } from './harness.js';

interface ParticipantData {
  id: string;
  role: string;
  contact: { id: string; displayName: string };
}

interface MatterData {
  id: string;
  number: string;
  name: string;
  description: string | null;
  status: string;
  closedAt: string | null;
  archivedAt: string | null;
  responsibleStaff: { id: string };
  participants: ParticipantData[];
}

interface MatterPayload {
  matter: MatterData | null;
  errors: UserErrorData[];
}

interface MatterPage {
  matters: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; number: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const MATTER = `id number name description status closedAt archivedAt responsibleStaff { id }
  participants { id role contact { id displayName } }`;
const CREATE = `mutation($input: CreateMatterInput!) { createMatter(input: $input) { matter { ${MATTER} } ${USER_ERRORS} } }`;
const UPDATE = `mutation($input: UpdateMatterInput!) { updateMatter(input: $input) { matter { ${MATTER} } ${USER_ERRORS} } }`;
const ARCHIVE = `mutation($input: MatterIdInput!) { archiveMatter(input: $input) { matter { ${MATTER} } ${USER_ERRORS} } }`;
const RESTORE = `mutation($input: MatterIdInput!) { restoreMatter(input: $input) { matter { ${MATTER} } ${USER_ERRORS} } }`;
const ADD_PARTICIPANT = `mutation($input: AddMatterParticipantInput!) { addMatterParticipant(input: $input) { matter { ${MATTER} } ${USER_ERRORS} } }`;
const CHANGE_ROLE = `mutation($input: UpdateMatterParticipantInput!) { updateMatterParticipant(input: $input) { matter { ${MATTER} } ${USER_ERRORS} } }`;
const REMOVE_PARTICIPANT = `mutation($input: RemoveMatterParticipantInput!) { removeMatterParticipant(input: $input) { matter { ${MATTER} } ${USER_ERRORS} } }`;
const GET = `query($id: ID!) { matter(id: $id) { ${MATTER} } }`;
const LIST = `query($first: Int!, $after: String, $filter: MatterFilterInput) {
  matters(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id name number } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const PARTICIPATIONS = 'query($id: ID!) { contact(id: $id) { participations { role matter { id name } contact { id } } } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

interface Setup extends TestFirm {
  api: ApiClient;
}

/** A new firm, with its staff member (no special rights) signed in. */
async function newFirm(): Promise<Setup> {
  const firm = await app.createFirm();
  return { ...firm, api: await app.signInStaff(firm.staff) };
}

async function mutate(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<MatterPayload> {
  const result = await api.data<Record<string, MatterPayload>>(mutation, { input });
  const payload = Object.values(result)[0];
  if (!payload) throw new Error('no payload');
  return payload;
}

async function list(api: ApiClient, variables: { first: number; after?: string | null; filter?: Record<string, unknown> }): Promise<MatterPage['matters']> {
  return (await api.data<MatterPage>(LIST, variables)).matters;
}

async function names(api: ApiClient, filter: Record<string, unknown>): Promise<string[]> {
  return (await list(api, { first: 100, filter })).edges.map((edge) => edge.node.name);
}

async function storedCounts(firmId: string): Promise<{ matters: number; participants: number }> {
  const em = app.orm.em.fork();
  return {
    matters: await em.count(Matter, { firm: firmId }),
    participants: await em.count(MatterParticipant, { matter: { firm: firmId } }),
  };
}

function invalid(code: string, field: string[] | null): UserErrorData {
  return { code, message: expect.any(String) as unknown as string, field };
}

describe('creating matters', () => {
  it('numbers matters YYYY-0001, YYYY-0002 per firm', async () => {
    const a = await newFirm();
    const b = await newFirm();
    const year = app.clock.now().getUTCFullYear();
    const first = await mutate(a.api, CREATE, { name: 'First', responsibleStaffId: a.staff.id, description: 'About the first.' });
    expect(first.errors).toEqual([]);
    expect(first.matter).toMatchObject({
      number: `${year}-0001`,
      name: 'First',
      description: 'About the first.',
      status: 'OPEN',
      closedAt: null,
      archivedAt: null,
      responsibleStaff: { id: a.staff.id },
      participants: [],
    });
    expect((await addMatter(a.api, { name: 'Second', responsibleStaffId: a.admin.id })).number).toBe(`${year}-0002`);
    expect((await addMatter(b.api, { name: 'Other firm', responsibleStaffId: b.staff.id })).number).toBe(`${year}-0001`);
    expect((await addMatter(a.api, { name: 'Third', responsibleStaffId: a.staff.id })).number).toBe(`${year}-0003`);

    const stored = await app.orm.em.fork().find(Matter, { firm: a.firm.id }, { orderBy: { number: 'asc' } });
    expect(stored.map((m) => [m.number, m.name, m.responsibleStaff.id])).toEqual([
      [`${year}-0001`, 'First', a.staff.id],
      [`${year}-0002`, 'Second', a.admin.id],
      [`${year}-0003`, 'Third', a.staff.id],
    ]);
  });

  it('takes an explicit number, continues after the highest of the year, and refuses a taken one', async () => {
    const { api, staff, firm } = await newFirm();
    const year = app.clock.now().getUTCFullYear();
    expect((await addMatter(api, { name: 'Explicit', number: 'LIT/7', responsibleStaffId: staff.id })).number).toBe('LIT/7');
    expect((await addMatter(api, { name: 'Jumped', number: `${year}-0041`, responsibleStaffId: staff.id })).number).toBe(`${year}-0041`);
    expect((await addMatter(api, { name: 'Last year', number: `${year - 1}-0900`, responsibleStaffId: staff.id })).number).toBe(`${year - 1}-0900`);
    expect((await addMatter(api, { name: 'Next', responsibleStaffId: staff.id })).number).toBe(`${year}-0042`);

    const before = await storedCounts(firm.id);
    const taken = await mutate(api, CREATE, { name: 'Clash', number: 'LIT/7', responsibleStaffId: staff.id });
    expect(taken.matter).toBeNull();
    expect(taken.errors).toEqual([invalid('ALREADY_EXISTS', ['number'])]);
    const takenAuto = await mutate(api, CREATE, { name: 'Clash', number: ` ${year}-0042 `, responsibleStaffId: staff.id });
    expect(takenAuto.errors).toEqual([invalid('ALREADY_EXISTS', ['number'])]);
    expect(await storedCounts(firm.id)).toEqual(before);
  });

  it('keeps numbering after a very long explicit number', async () => {
    const { api, staff } = await newFirm();
    const year = app.clock.now().getUTCFullYear();
    expect((await addMatter(api, { name: 'Long', number: `${year}-12345678901234567890`, responsibleStaffId: staff.id })).number).toBe(
      `${year}-12345678901234567890`,
    );
    const next = await mutate(api, CREATE, { name: 'After long', responsibleStaffId: staff.id });
    expect(next.errors).toEqual([]);
    expect(next.matter?.number).toMatch(new RegExp(`^${year}-\\d{4,}$`));
  });

  it('gives matters opened at the same moment different numbers', async () => {
    const { api, staff, firm } = await newFirm();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) => api.request<{ createMatter: MatterPayload }>(CREATE, { input: { name: `Parallel ${index}`, responsibleStaffId: staff.id } })),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.createMatter.errors).toEqual([]);
    }
    const numbers = results.map((result) => result.data?.createMatter.matter?.number);
    expect(new Set(numbers).size).toBe(6);
    expect(await storedCounts(firm.id)).toEqual({ matters: 6, participants: 0 });
  });

  it('refuses an invalid name or number as INVALID_INPUT', async () => {
    const { api, staff, firm } = await newFirm();
    const noName = await mutate(api, CREATE, { name: '   ', responsibleStaffId: staff.id });
    expect(noName.errors).toEqual([invalid('INVALID_INPUT', ['name'])]);
    const badNumber = await mutate(api, CREATE, { name: 'Fine', number: '#1?', responsibleStaffId: staff.id });
    expect(badNumber.errors).toEqual([invalid('INVALID_INPUT', ['number'])]);
    expect(await storedCounts(firm.id)).toEqual({ matters: 0, participants: 0 });
  });

  it('needs a responsible staff member who is in the firm and active', async () => {
    const { api, staff, firm } = await newFirm();
    const other = await app.createFirm();
    const em = app.orm.em.fork();
    const leaver = em.create(StaffUser, { firm: firm.id, name: 'Leaver', email: `leaver-${randomUUID()}@atrium.test`, passwordHash: 'x', deactivatedAt: new Date() });
    await em.flush();

    const elsewhere = await mutate(api, CREATE, { name: 'M', responsibleStaffId: other.staff.id });
    expect(elsewhere.errors).toEqual([invalid('NOT_FOUND', ['responsibleStaffId'])]);
    const unknown = await mutate(api, CREATE, { name: 'M', responsibleStaffId: randomUUID() });
    expect(unknown.errors).toEqual([invalid('NOT_FOUND', ['responsibleStaffId'])]);
    const malformed = await mutate(api, CREATE, { name: 'M', responsibleStaffId: 'staff-1' });
    expect(malformed.errors).toEqual([invalid('NOT_FOUND', ['responsibleStaffId'])]);
    const inactive = await mutate(api, CREATE, { name: 'M', responsibleStaffId: leaver.id });
    expect(inactive.errors).toEqual([invalid('INVALID_INPUT', ['responsibleStaffId'])]);
    expect(await storedCounts(firm.id)).toEqual({ matters: 0, participants: 0 });

    const matter = await addMatter(api, { name: 'M', responsibleStaffId: staff.id });
    const moved = await mutate(api, UPDATE, { id: matter.id, name: 'M', responsibleStaffId: leaver.id, status: 'OPEN' });
    expect(moved.errors).toEqual([invalid('INVALID_INPUT', ['responsibleStaffId'])]);
    const movedAway = await mutate(api, UPDATE, { id: matter.id, name: 'M', responsibleStaffId: other.admin.id, status: 'OPEN' });
    expect(movedAway.errors).toEqual([invalid('NOT_FOUND', ['responsibleStaffId'])]);
    expect((await app.orm.em.fork().findOneOrFail(Matter, { id: matter.id })).responsibleStaff.id).toBe(staff.id);
  });
});

describe('participants', () => {
  it('adds contacts in roles on creation, clients first', async () => {
    const { api, staff, firm } = await newFirm();
    const witness = await addContact(api, { lastName: 'Aaron Witness' });
    const client = await addContact(api, { lastName: 'Zoe Client' });
    const result = await mutate(api, CREATE, {
      name: 'With people',
      responsibleStaffId: staff.id,
      participants: [
        { contactId: witness, role: 'WITNESS' },
        { contactId: client, role: 'CLIENT' },
      ],
    });
    expect(result.errors).toEqual([]);
    expect(result.matter?.participants.map((p) => [p.contact.id, p.role])).toEqual([
      [client, 'CLIENT'],
      [witness, 'WITNESS'],
    ]);
    const stored = await app.orm.em.fork().find(MatterParticipant, { matter: result.matter?.id ?? '' }, { orderBy: { role: 'asc' } });
    expect(stored.map((p) => [p.contact.id, p.role])).toEqual([
      [client, 'CLIENT'],
      [witness, 'WITNESS'],
    ]);
    expect(await storedCounts(firm.id)).toEqual({ matters: 1, participants: 2 });
  });

  it('refuses a contact listed twice, or from another firm, writing nothing', async () => {
    const { api, staff, firm } = await newFirm();
    const other = await newFirm();
    const contact = await addContact(api, { lastName: 'Twice' });
    const foreign = await addContact(other.api, { lastName: 'Foreign' });

    const twice = await mutate(api, CREATE, {
      name: 'Dup',
      responsibleStaffId: staff.id,
      participants: [
        { contactId: contact, role: 'CLIENT' },
        { contactId: contact, role: 'WITNESS' },
      ],
    });
    expect(twice.errors).toEqual([invalid('INVALID_INPUT', ['participants', '1', 'contactId'])]);
    const twiceOtherCase = await mutate(api, CREATE, {
      name: 'Dup',
      responsibleStaffId: staff.id,
      participants: [
        { contactId: contact, role: 'CLIENT' },
        { contactId: contact.toUpperCase(), role: 'WITNESS' },
      ],
    });
    expect(twiceOtherCase.errors).toEqual([invalid('INVALID_INPUT', ['participants', '1', 'contactId'])]);
    const fromOtherFirm = await mutate(api, CREATE, {
      name: 'Foreign',
      responsibleStaffId: staff.id,
      participants: [
        { contactId: contact, role: 'CLIENT' },
        { contactId: foreign, role: 'OPPOSING_PARTY' },
      ],
    });
    expect(fromOtherFirm.errors).toEqual([invalid('NOT_FOUND', ['participants', '1', 'contactId'])]);
    expect(await storedCounts(firm.id)).toEqual({ matters: 0, participants: 0 });
    expect(await storedCounts(other.firm.id)).toEqual({ matters: 0, participants: 0 });
  });

  it('adds, changes the role of and removes a participant', async () => {
    const { api, staff, firm } = await newFirm();
    const other = await newFirm();
    const contact = await addContact(api, { lastName: 'Participant' });
    const foreign = await addContact(other.api, { lastName: 'Foreign' });
    const matter = await addMatter(api, { name: 'Matter', responsibleStaffId: staff.id });

    const added = await mutate(api, ADD_PARTICIPANT, { matterId: matter.id, contactId: contact, role: 'OPPOSING_PARTY' });
    expect(added.errors).toEqual([]);
    expect(added.matter?.participants.map((p) => [p.contact.id, p.role])).toEqual([[contact, 'OPPOSING_PARTY']]);
    const participantId = added.matter?.participants[0]?.id ?? '';

    const duplicate = await mutate(api, ADD_PARTICIPANT, { matterId: matter.id, contactId: contact, role: 'CLIENT' });
    expect(duplicate.errors).toEqual([invalid('ALREADY_EXISTS', ['contactId'])]);
    const duplicateOtherCase = await mutate(api, ADD_PARTICIPANT, { matterId: matter.id, contactId: contact.toUpperCase(), role: 'CLIENT' });
    expect(duplicateOtherCase.errors).toEqual([invalid('ALREADY_EXISTS', ['contactId'])]);
    const foreignContact = await mutate(api, ADD_PARTICIPANT, { matterId: matter.id, contactId: foreign, role: 'CLIENT' });
    expect(foreignContact.errors).toEqual([invalid('NOT_FOUND', ['contactId'])]);
    const noMatter = await mutate(api, ADD_PARTICIPANT, { matterId: randomUUID(), contactId: contact, role: 'CLIENT' });
    expect(noMatter.errors).toEqual([invalid('NOT_FOUND', ['matterId'])]);
    expect(await storedCounts(firm.id)).toEqual({ matters: 1, participants: 1 });

    const changed = await mutate(api, CHANGE_ROLE, { participantId, role: 'CLIENT' });
    expect(changed.errors).toEqual([]);
    expect(changed.matter?.participants.map((p) => [p.id, p.role])).toEqual([[participantId, 'CLIENT']]);
    expect((await app.orm.em.fork().findOneOrFail(MatterParticipant, { id: participantId })).role).toBe('CLIENT');

    const removed = await mutate(api, REMOVE_PARTICIPANT, { participantId });
    expect(removed.errors).toEqual([]);
    expect(removed.matter?.id).toBe(matter.id);
    expect(removed.matter?.participants).toEqual([]);
    expect(await storedCounts(firm.id)).toEqual({ matters: 1, participants: 0 });
    const removedAgain = await mutate(api, REMOVE_PARTICIPANT, { participantId });
    expect(removedAgain.errors).toEqual([invalid('NOT_FOUND', ['participantId'])]);
    const roleOfRemoved = await mutate(api, CHANGE_ROLE, { participantId, role: 'WITNESS' });
    expect(roleOfRemoved.errors).toEqual([invalid('NOT_FOUND', ['participantId'])]);
  });

  it("lists a contact's matters in its participations", async () => {
    const { api, staff } = await newFirm();
    const contact = await addContact(api, { lastName: 'Busy' });
    const bystander = await addContact(api, { lastName: 'Bystander' });
    const beta = await addMatter(api, { name: 'Beta', responsibleStaffId: staff.id, participants: [{ contactId: contact, role: 'WITNESS' }] });
    const alpha = await addMatter(api, {
      name: 'Alpha',
      responsibleStaffId: staff.id,
      participants: [
        { contactId: contact, role: 'CLIENT' },
        { contactId: bystander, role: 'OTHER' },
      ],
    });
    await addMatter(api, { name: 'Gamma', responsibleStaffId: staff.id, participants: [{ contactId: bystander, role: 'CLIENT' }] });

    const result = await api.data<{ contact: { participations: { role: string; matter: { id: string; name: string }; contact: { id: string } }[] } | null }>(PARTICIPATIONS, { id: contact });
    expect(result.contact?.participations).toEqual([
      { role: 'CLIENT', matter: { id: alpha.id, name: 'Alpha' }, contact: { id: contact } },
      { role: 'WITNESS', matter: { id: beta.id, name: 'Beta' }, contact: { id: contact } },
    ]);
  });
});

describe('status and archiving', () => {
  it('closing sets closedAt, reopening clears it', async () => {
    const { api, staff, admin } = await newFirm();
    const matter = await addMatter(api, { name: 'Closable', responsibleStaffId: staff.id });
    const closedAt = app.clock.now();
    const closed = await mutate(api, UPDATE, { id: matter.id, name: 'Closable (done)', responsibleStaffId: admin.id, status: 'CLOSED', description: 'Done.' });
    expect(closed.errors).toEqual([]);
    expect(closed.matter).toMatchObject({ number: matter.number, name: 'Closable (done)', status: 'CLOSED', description: 'Done.', responsibleStaff: { id: admin.id } });
    expect(new Date(closed.matter?.closedAt ?? 0).getTime()).toBeGreaterThanOrEqual(closedAt.getTime());
    let stored = await app.orm.em.fork().findOneOrFail(Matter, { id: matter.id });
    expect(stored.status).toBe('CLOSED');
    expect(stored.closedAt).toBeInstanceOf(Date);
    expect(stored.sortName).toBe('closable (done)');

    const reopened = await mutate(api, UPDATE, { id: matter.id, name: 'Closable', responsibleStaffId: staff.id, status: 'OPEN' });
    expect(reopened.errors).toEqual([]);
    expect(reopened.matter).toMatchObject({ status: 'OPEN', closedAt: null, number: matter.number, description: null });
    stored = await app.orm.em.fork().findOneOrFail(Matter, { id: matter.id });
    expect(stored.status).toBe('OPEN');
    expect(stored.closedAt).toBeNull();
  });

  it('renumbers a matter, refusing a number in use', async () => {
    const { api, staff } = await newFirm();
    const one = await addMatter(api, { name: 'One', number: 'A-1', responsibleStaffId: staff.id });
    await addMatter(api, { name: 'Two', number: 'A-2', responsibleStaffId: staff.id });
    const clash = await mutate(api, UPDATE, { id: one.id, name: 'One', number: 'A-2', responsibleStaffId: staff.id, status: 'OPEN' });
    expect(clash.errors).toEqual([invalid('ALREADY_EXISTS', ['number'])]);
    expect((await app.orm.em.fork().findOneOrFail(Matter, { id: one.id })).number).toBe('A-1');
    const same = await mutate(api, UPDATE, { id: one.id, name: 'One', number: 'A-1', responsibleStaffId: staff.id, status: 'OPEN' });
    expect(same.errors).toEqual([]);
    const renumbered = await mutate(api, UPDATE, { id: one.id, name: 'One', number: 'A-3', responsibleStaffId: staff.id, status: 'OPEN' });
    expect(renumbered.matter?.number).toBe('A-3');
    expect((await app.orm.em.fork().findOneOrFail(Matter, { id: one.id })).number).toBe('A-3');
  });

  it('archiving hides a matter from lists and participations; restoring brings it back', async () => {
    const { api, staff } = await newFirm();
    const contact = await addContact(api, { lastName: 'Client' });
    const kept = await addMatter(api, { name: 'Kept', responsibleStaffId: staff.id, participants: [{ contactId: contact, role: 'CLIENT' }] });
    const gone = await addMatter(api, { name: 'Archived', responsibleStaffId: staff.id, participants: [{ contactId: contact, role: 'CLIENT' }] });

    const archived = await mutate(api, ARCHIVE, { id: gone.id });
    expect(archived.errors).toEqual([]);
    expect(archived.matter?.archivedAt).toEqual(expect.any(String));
    expect((await app.orm.em.fork().findOneOrFail(Matter, { id: gone.id })).archivedAt).toBeInstanceOf(Date);
    expect(await names(api, {})).toEqual(['Kept']);
    expect((await list(api, { first: 10 })).totalCount).toBe(1);
    expect(await names(api, { includeArchived: true })).toEqual(['Archived', 'Kept']);
    expect(await names(api, { search: 'archived' })).toEqual([]);
    const participations = await api.data<{ contact: { participations: { matter: { id: string } }[] } | null }>(PARTICIPATIONS, { id: contact });
    expect(participations.contact?.participations.map((p) => p.matter.id)).toEqual([kept.id]);
    expect((await api.data<{ matter: MatterData | null }>(GET, { id: gone.id })).matter?.id).toBe(gone.id);

    const restored = await mutate(api, RESTORE, { id: gone.id });
    expect(restored.errors).toEqual([]);
    expect(restored.matter?.archivedAt).toBeNull();
    expect(await names(api, {})).toEqual(['Archived', 'Kept']);
    expect((await app.orm.em.fork().findOneOrFail(Matter, { id: gone.id })).archivedAt).toBeNull();
  });
});

describe('listing matters', () => {
  it('filters by status, responsible staff member, contact and search', async () => {
    const { api, staff, admin } = await newFirm();
    const year = app.clock.now().getUTCFullYear();
    const contact = await addContact(api, { lastName: 'Client' });
    const estate = await addMatter(api, { name: 'Estate of Smith', responsibleStaffId: staff.id, participants: [{ contactId: contact, role: 'CLIENT' }] });
    const lease = await addMatter(api, { name: 'Lease Review', number: 'RE/2024/17', responsibleStaffId: admin.id, participants: [{ contactId: contact, role: 'OTHER' }] });
    await addMatter(api, { name: 'Merger', responsibleStaffId: admin.id });
    const closed = await mutate(api, UPDATE, { id: lease.id, name: 'Lease Review', responsibleStaffId: admin.id, status: 'CLOSED' });
    expect(closed.errors).toEqual([]);

    expect(await names(api, { status: 'OPEN' })).toEqual(['Estate of Smith', 'Merger']);
    expect(await names(api, { status: 'CLOSED' })).toEqual(['Lease Review']);
    expect(await names(api, { responsibleStaffId: admin.id })).toEqual(['Lease Review', 'Merger']);
    expect(await names(api, { responsibleStaffId: staff.id })).toEqual(['Estate of Smith']);
    expect(await names(api, { responsibleStaffId: 'not-an-id' })).toEqual([]);
    expect(await names(api, { contactId: contact })).toEqual(['Estate of Smith', 'Lease Review']);
    expect(await names(api, { contactId: contact, status: 'OPEN' })).toEqual(['Estate of Smith']);
    expect(await names(api, { contactId: randomUUID() })).toEqual([]);
    expect(await names(api, { search: 'SMITH' })).toEqual(['Estate of Smith']);
    expect(await names(api, { search: 're/2024' })).toEqual(['Lease Review']);
    expect(await names(api, { search: estate.number })).toEqual(['Estate of Smith']);
    expect(await names(api, { search: `${year}-` })).toEqual(['Estate of Smith', 'Merger']);
    expect(await names(api, { search: '%' })).toEqual([]);
    expect((await list(api, { first: 10, filter: { responsibleStaffId: admin.id } })).totalCount).toBe(2);
  });

  it('pages through every matter once, in name order', async () => {
    const { api, staff } = await newFirm();
    const matterNames = ['Golf', 'Bravo', 'Echo', 'Alpha', 'Bravo', 'Foxtrot', 'Delta'];
    const created: { id: string; sortName: string }[] = [];
    for (const name of matterNames) created.push({ id: (await addMatter(api, { name, responsibleStaffId: staff.id })).id, sortName: name.toLowerCase() });
    const expected = [...created].sort((a, b) => (a.sortName === b.sortName ? (a.id < b.id ? -1 : 1) : a.sortName < b.sortName ? -1 : 1)).map((m) => m.id);

    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const page: MatterPage['matters'] = await list(api, { first: 3, after });
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      sizes.push(page.edges.length);
      hasNextPage = page.pageInfo.hasNextPage;
      after = page.pageInfo.endCursor;
      expect(sizes.length).toBeLessThan(5);
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(expected);
  });

  it('refuses page sizes outside 1 to 100 and cursors it did not give out', async () => {
    const { api, staff } = await newFirm();
    await addMatter(api, { name: 'Only', responsibleStaffId: staff.id });
    const attempts: { first: number; after?: string }[] = [
      { first: 0 },
      { first: 101 },
      { first: 10, after: 'not a cursor' },
      { first: 10, after: Buffer.from('["only","1"]').toString('base64url') },
    ];
    for (const variables of attempts) {
      const result = await api.request(LIST, variables);
      expect(result.data, JSON.stringify(variables)).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
