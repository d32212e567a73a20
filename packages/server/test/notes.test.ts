// Notes and custom fields (S2): staff keep them on a matter and share them one by one; clients
// see shared ones of matters shared with their portal, grouped by matter.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction } from '../src/modules/activity/activity-entry.entity.js';
import { CustomField, Note } from '../src/modules/notes/note.entity.js';
import { PortalMatter } from '../src/modules/portals/portal.entity.js';
import { USER_ERRORS, addMatter, mutateOk, portalFirm, registeredMember, settleOutbox, startTestApp, type ApiClient, type TestApp, type UserErrorData } from './harness.js';
import { activityOf, errorsOf, grantShareRight, itemWorld, statementsDuring, viewAs } from './matter-items.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  app.clock.reset();
});

const NOTE_FIELDS = 'id title body shared sharedAt sharedByName createdByName updatedAt';
const CREATE_NOTE = `mutation($input: CreateNoteInput!) { createNote(input: $input) { note { ${NOTE_FIELDS} } ${USER_ERRORS} } }`;
const UPDATE_NOTE = `mutation($input: UpdateNoteInput!) { updateNote(input: $input) { note { ${NOTE_FIELDS} } ${USER_ERRORS} } }`;
const DELETE_NOTE = `mutation($input: NoteIdInput!) { deleteNote(input: $input) { deletedId ${USER_ERRORS} } }`;
const SHARE_NOTE = `mutation($input: SetNoteSharedInput!) { setNoteShared(input: $input) { note { ${NOTE_FIELDS} } ${USER_ERRORS} } }`;
const FIELD_FIELDS = 'id label value shared sharedAt sharedByName';
const CREATE_FIELD = `mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { ${FIELD_FIELDS} } ${USER_ERRORS} } }`;
const UPDATE_FIELD = `mutation($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { customField { ${FIELD_FIELDS} } ${USER_ERRORS} } }`;
const DELETE_FIELD = `mutation($input: CustomFieldIdInput!) { deleteCustomField(input: $input) { deletedId ${USER_ERRORS} } }`;
const SHARE_FIELD = `mutation($input: SetCustomFieldSharedInput!) { setCustomFieldShared(input: $input) { customField { ${FIELD_FIELDS} } ${USER_ERRORS} } }`;
const MATTER_ITEMS = `query($id: ID!) { matter(id: $id) { id notes { ${NOTE_FIELDS} } customFields { ${FIELD_FIELDS} } } }`;
const MINE = '{ myPortals { id notes { id title body matter { id name number } } customFields { id label value matter { id name number } } } }';

interface Shown {
  notes: { id: string; title: string; body: string; matter: { id: string; name: string; number: string } }[];
  customFields: { id: string; label: string; value: string; matter: { id: string; name: string; number: string } }[];
}

async function shown(client: ApiClient): Promise<Shown> {
  const portals = (await client.data<{ myPortals: Shown[] }>(MINE)).myPortals;
  return { notes: portals.flatMap((p) => p.notes), customFields: portals.flatMap((p) => p.customFields) };
}

async function createNote(api: ApiClient, input: Record<string, unknown>): Promise<{ id: string }> {
  return (await mutateOk<{ note: { id: string }; errors: UserErrorData[] }>(api, CREATE_NOTE, 'createNote', input)).note;
}

async function createField(api: ApiClient, input: Record<string, unknown>): Promise<{ id: string }> {
  return (await mutateOk<{ customField: { id: string }; errors: UserErrorData[] }>(api, CREATE_FIELD, 'createCustomField', input)).customField;
}

describe('notes and custom fields', () => {
  it('shares nothing by default; shared ones reach only portals the matter is shared with, grouped by matter', async () => {
    const w = await itemWorld(app);
    const note = await createNote(w.pf.adminApi, { matterId: w.matterId, title: 'What happens next', body: 'We file in May.' });
    const field = await createField(w.pf.adminApi, { matterId: w.matterId, label: 'Court date', value: '12 May 2027' });
    await createField(w.pf.adminApi, { matterId: w.matterId, label: 'Internal rating', value: 'B' });
    expect(await shown(w.member.client)).toEqual({ notes: [], customFields: [] });

    await mutateOk(w.pf.adminApi, SHARE_NOTE, 'setNoteShared', { noteId: note.id, shared: true });
    await mutateOk(w.pf.adminApi, SHARE_FIELD, 'setCustomFieldShared', { customFieldId: field.id, shared: true });
    const matter = { id: w.matterId, name: 'Estate of Cora', number: w.matterNumber };
    expect(await shown(w.member.client)).toEqual({
      notes: [{ id: note.id, title: 'What happens next', body: 'We file in May.', matter }],
      customFields: [{ id: field.id, label: 'Court date', value: '12 May 2027', matter }],
    });
    expect(await shown(w.stranger.client)).toEqual({ notes: [], customFields: [] });

    const staffView = (await w.pf.adminApi.data<{ matter: { notes: { shared: boolean; sharedByName: string | null }[]; customFields: { label: string; shared: boolean }[] } }>(MATTER_ITEMS, { id: w.matterId })).matter;
    expect(staffView.notes).toEqual([expect.objectContaining({ shared: true, sharedByName: w.pf.admin.name })]);
    expect(staffView.customFields.map((f) => [f.label, f.shared])).toEqual([
      ['Court date', true],
      ['Internal rating', false],
    ]);

    const log = await activityOf(app, w.pf.firm.id, [ActivityAction.ITEM_SHARED]);
    expect(log).toHaveLength(2);
    expect(log.every((row) => row.matter?.id === w.matterId)).toBe(true);

    await mutateOk(w.pf.adminApi, SHARE_NOTE, 'setNoteShared', { noteId: note.id, shared: false });
    expect((await shown(w.member.client)).notes).toEqual([]);
    expect(await activityOf(app, w.pf.firm.id, [ActivityAction.ITEM_UNSHARED])).toHaveLength(1);

    // The read-only view sees what the member sees.
    const view = await viewAs(app, w.pf, w.member.memberId);
    expect((await shown(view)).customFields.map((f) => f.id)).toEqual([field.id]);
  });

  it('lists fields of several matters grouped by matter name', async () => {
    const w = await itemWorld(app);
    const contactMatter = (await w.pf.adminApi.data<{ matter: { participants: { contact: { id: string } }[] } }>('query($id: ID!) { matter(id: $id) { participants { contact { id } } } }', { id: w.matterId }))
      .matter.participants[0]!.contact.id;
    const second = await addMatter(w.pf.adminApi, { name: 'Another affair', responsibleStaffId: w.pf.admin.id, participants: [{ contactId: contactMatter, role: 'CLIENT' }] });
    // Shared with the same portal (no staff mutation does this alone yet; invitations do it for new members).
    const em = app.orm.em.fork();
    em.create(PortalMatter, { firm: w.pf.firm.id, portal: w.member.portalId, matter: second.id });
    await em.flush();
    for (const [matterId, label] of [
      [w.matterId, 'Tax year'],
      [second.id, 'Zone'],
      [second.id, 'Area'],
    ] as const) {
      const field = await createField(w.pf.adminApi, { matterId, label, value: 'x' });
      await mutateOk(w.pf.adminApi, SHARE_FIELD, 'setCustomFieldShared', { customFieldId: field.id, shared: true });
    }
    expect((await shown(w.member.client)).customFields.map((f) => [f.matter.name, f.label])).toEqual([
      ['Another affair', 'Area'],
      ['Another affair', 'Zone'],
      ['Estate of Cora', 'Tax year'],
    ]);
  });

  it("treats another firm's IDs as unknown", async () => {
    const w = await itemWorld(app);
    const note = await createNote(w.pf.adminApi, { matterId: w.matterId, title: 'Ours', body: '' });
    const field = await createField(w.pf.adminApi, { matterId: w.matterId, label: 'Ours', value: 'ours' });
    const other = await portalFirm(app);
    const notFound = [expect.objectContaining({ code: 'NOT_FOUND' })];
    expect(await errorsOf(other.adminApi, CREATE_NOTE, { matterId: w.matterId, title: 'x', body: 'x' })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, UPDATE_NOTE, { noteId: note.id, title: 'x', body: 'x' })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, SHARE_NOTE, { noteId: note.id, shared: true })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, DELETE_NOTE, { noteId: note.id })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, CREATE_FIELD, { matterId: w.matterId, label: 'x', value: 'x' })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, UPDATE_FIELD, { customFieldId: field.id, label: 'x', value: 'x' })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, SHARE_FIELD, { customFieldId: field.id, shared: true })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, DELETE_FIELD, { customFieldId: field.id })).toEqual(notFound);
    const outsider = await registeredMember(app, other);
    expect(await shown(outsider.client)).toEqual({ notes: [], customFields: [] });
    const em = app.orm.em.fork();
    expect(await em.findOneOrFail(Note, { id: note.id })).toMatchObject({ title: 'Ours', sharedAt: null });
    expect(await em.findOneOrFail(CustomField, { id: field.id })).toMatchObject({ label: 'Ours', value: 'ours', sharedAt: null });
  });

  it('needs the share-items right to share, and to change or delete what is shared', async () => {
    const w = await itemWorld(app);
    const note = await createNote(w.staffApi, { matterId: w.matterId, title: 'Staff note', body: 'Draft' });
    const field = await createField(w.staffApi, { matterId: w.matterId, label: 'Tax year', value: '2025' });
    await mutateOk(w.staffApi, UPDATE_NOTE, 'updateNote', { noteId: note.id, title: 'Staff note', body: 'Edited draft' });
    const notAllowed = [expect.objectContaining({ code: 'NOT_ALLOWED' })];
    expect(await errorsOf(w.staffApi, SHARE_NOTE, { noteId: note.id, shared: true })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, SHARE_FIELD, { customFieldId: field.id, shared: true })).toEqual(notAllowed);
    expect(await shown(w.member.client)).toEqual({ notes: [], customFields: [] });
    expect(await activityOf(app, w.pf.firm.id, [ActivityAction.ITEM_SHARED])).toEqual([]);

    await mutateOk(w.pf.adminApi, SHARE_NOTE, 'setNoteShared', { noteId: note.id, shared: true });
    await mutateOk(w.pf.adminApi, SHARE_FIELD, 'setCustomFieldShared', { customFieldId: field.id, shared: true });
    expect(await errorsOf(w.staffApi, UPDATE_NOTE, { noteId: note.id, title: 'Changed', body: 'Changed' })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, DELETE_NOTE, { noteId: note.id })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, UPDATE_FIELD, { customFieldId: field.id, label: 'Tax year', value: '2026' })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, DELETE_FIELD, { customFieldId: field.id })).toEqual(notAllowed);
    expect(await shown(w.member.client)).toMatchObject({ notes: [{ body: 'Edited draft' }], customFields: [{ value: '2025' }] });

    await grantShareRight(w.pf, w.pf.staff.id);
    await mutateOk(w.staffApi, UPDATE_FIELD, 'updateCustomField', { customFieldId: field.id, label: 'Tax year', value: '2026' });
    await mutateOk(w.staffApi, DELETE_NOTE, 'deleteNote', { noteId: note.id });
    expect(await shown(w.member.client)).toMatchObject({ notes: [], customFields: [{ value: '2026' }] });
  });

  it('refuses bad input and changes nothing', async () => {
    const w = await itemWorld(app);
    const em = app.orm.em.fork();
    expect(await errorsOf(w.pf.adminApi, CREATE_NOTE, { matterId: w.matterId, title: '  ', body: 'x' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['title'] })]);
    expect(await errorsOf(w.pf.adminApi, CREATE_FIELD, { matterId: w.matterId, label: '', value: 'x' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['label'] })]);
    expect(await errorsOf(w.pf.adminApi, CREATE_FIELD, { matterId: w.matterId, label: 'x', value: ' ' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['value'] })]);
    expect(await em.count(Note, { firm: w.pf.firm.id })).toBe(0);
    expect(await em.count(CustomField, { firm: w.pf.firm.id })).toBe(0);

    const note = await createNote(w.pf.adminApi, { matterId: w.matterId, title: 'Keep', body: 'Kept' });
    expect(await errorsOf(w.pf.adminApi, UPDATE_NOTE, { noteId: note.id, title: '', body: 'Lost' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['title'] })]);
    expect(await app.orm.em.fork().findOneOrFail(Note, { id: note.id })).toMatchObject({ title: 'Keep', body: 'Kept' });
  });
});

describe('note and field lists', () => {
  it('load in the same number of statements whatever their length', async () => {
    const w = await itemWorld(app);
    const share = async (n: number) => {
      const note = await createNote(w.pf.adminApi, { matterId: w.matterId, title: `Note ${n}`, body: 'x' });
      const field = await createField(w.pf.adminApi, { matterId: w.matterId, label: `Field ${n}`, value: 'x' });
      await mutateOk(w.pf.adminApi, SHARE_NOTE, 'setNoteShared', { noteId: note.id, shared: true });
      await mutateOk(w.pf.adminApi, SHARE_FIELD, 'setCustomFieldShared', { customFieldId: field.id, shared: true });
    };
    await share(1);
    await settleOutbox(app, w.pf.firm.id);
    const count = async () => ({
      client: (await statementsDuring(app, () => shown(w.member.client))).length,
      staff: (await statementsDuring(app, () => w.pf.adminApi.data(MATTER_ITEMS, { id: w.matterId }))).length,
    });
    const before = await count();
    for (const n of [2, 3, 4]) await share(n);
    expect((await shown(w.member.client)).notes).toHaveLength(4);
    expect(await count()).toEqual(before);
  });
});
