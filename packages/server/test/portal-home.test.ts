// The client's home (S4): which sections a member sees, each only when something is shared there
// and the member may use it; and the matter's "Shared with client" list for staff (S2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_ERRORS, mutateOk, startTestApp, type ApiClient, type TestApp, type UserErrorData } from './harness.js';
import { ALL_PERMISSIONS, itemWorld, setPermissions, viewAs } from './matter-items.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

interface Sections {
  todos: boolean;
  files: boolean;
  billing: boolean;
  messages: boolean;
  appointments: boolean;
  myDetails: boolean;
}

async function sectionsOf(api: ApiClient): Promise<Sections> {
  const data = await api.data<{ myPortals: { sections: Sections }[] }>('{ myPortals { sections { todos files billing messages appointments myDetails } } }');
  return data.myPortals[0]!.sections;
}

interface SharedItemData {
  kind: string;
  title: string;
  sharedByName: string | null;
}

async function sharedItems(api: ApiClient, matterId: string): Promise<SharedItemData[]> {
  const data = await api.data<{ matter: { sharedItems: SharedItemData[] } | null }>(
    'query($id: ID!) { matter(id: $id) { sharedItems { kind id title sharedAt sharedByName } } }',
    { id: matterId },
  );
  return data.matter?.sharedItems ?? [];
}

type Payload = { errors: UserErrorData[] } & Record<string, { id: string } | UserErrorData[] | null>;

async function create(api: ApiClient, mutation: string, field: string, input: Record<string, unknown>, node: string): Promise<string> {
  const payload = await mutateOk<Payload>(api, mutation, field, input);
  const item = payload[node];
  if (!item || Array.isArray(item)) throw new Error(`${field} returned no ${node}`);
  return item.id;
}

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } ${USER_ERRORS} } }`;
const SHARE_TASK = `mutation($input: SetTaskSharedInput!) { setTaskShared(input: $input) { task { id } ${USER_ERRORS} } }`;
const CREATE_NOTE = `mutation($input: CreateNoteInput!) { createNote(input: $input) { note { id } ${USER_ERRORS} } }`;
const CREATE_INVOICE = `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } ${USER_ERRORS} } }`;
const ISSUE_INVOICE = `mutation($input: InvoiceIdInput!) { issueInvoice(input: $input) { invoice { id } ${USER_ERRORS} } }`;
const CREATE_FOLDER = `mutation($input: CreateFolderInput!) { createFolder(input: $input) { folder { id } ${USER_ERRORS} } }`;
const SHARE_FOLDER = `mutation($input: FolderIdInput!) { shareFolder(input: $input) { ${USER_ERRORS} } }`;

describe('S4 the sections of the client home', () => {
  it('shows a section only once something is shared there and the member may use it', async () => {
    const world = await itemWorld(app);
    const { pf, matterId, member, stranger } = world;
    // A matter is shared, nothing on it yet: files (to upload), messages and details; no to-dos, no bills.
    expect(await sectionsOf(member.client)).toEqual({ todos: false, files: true, billing: false, messages: true, appointments: false, myDetails: true });

    const taskId = await create(pf.adminApi, CREATE_TASK, 'createTask', { matterId, title: 'Sign the engagement letter' }, 'task');
    const invoiceId = await create(
      pf.adminApi,
      CREATE_INVOICE,
      'createInvoice',
      { matterId, issuedOn: '2026-12-01', dueOn: '2026-12-31', lines: [{ description: 'Advice', quantity: 1, unitPriceMinor: 10000, taxRateBasisPoints: 0 }] },
      'invoice',
    );
    // Created, not shared: still nothing to show.
    expect((await sectionsOf(member.client)).todos).toBe(false);
    expect((await sectionsOf(member.client)).billing).toBe(false);

    await mutateOk(pf.adminApi, SHARE_TASK, 'setTaskShared', { taskId, shared: true });
    await mutateOk(pf.adminApi, ISSUE_INVOICE, 'issueInvoice', { id: invoiceId });
    expect(await sectionsOf(member.client)).toMatchObject({ todos: true, billing: true });
    // Another client of the same firm sees none of it.
    expect(await sectionsOf(stranger.client)).toMatchObject({ todos: false, billing: false, files: false });

    // Without the permissions the sections go, whatever is shared; a read-only view sees the same.
    await setPermissions(pf, member.memberId, { ...ALL_PERMISSIONS, billingDocuments: false, payBalance: false, secureMessaging: false, myDocuments: false, myDetails: false, appointmentRequests: false });
    const expected = { todos: true, files: false, billing: false, messages: false, appointments: false, myDetails: false };
    expect(await sectionsOf(member.client)).toEqual(expected);
    expect(await sectionsOf(await viewAs(app, pf, member.memberId))).toEqual(expected);
  });
});

describe('S2 the matter’s Shared with client list', () => {
  it('lists what is shared on the matter, by whom, and nothing unshared, drafted or from another firm', async () => {
    const { pf, matterId, staffApi } = await itemWorld(app);
    const taskId = await create(pf.adminApi, CREATE_TASK, 'createTask', { matterId, title: 'Bring your ID' }, 'task');
    await create(pf.adminApi, CREATE_TASK, 'createTask', { matterId, title: 'Internal only' }, 'task');
    await create(pf.adminApi, CREATE_NOTE, 'createNote', { matterId, title: 'Unshared note', body: 'For us' }, 'note');
    await create(
      pf.adminApi,
      CREATE_INVOICE,
      'createInvoice',
      { matterId, issuedOn: '2026-12-01', dueOn: '2026-12-31', lines: [{ description: 'Draft work', quantity: 1, unitPriceMinor: 500, taxRateBasisPoints: 0 }] },
      'invoice',
    );
    const folderId = await create(pf.adminApi, CREATE_FOLDER, 'createFolder', { matterId, name: 'Signed papers' }, 'folder');
    expect(await sharedItems(pf.adminApi, matterId)).toEqual([]);

    await mutateOk(pf.adminApi, SHARE_TASK, 'setTaskShared', { taskId, shared: true });
    app.clock.advance(1000);
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId });
    const items = await sharedItems(staffApi, matterId);
    expect(items.map((item) => [item.kind, item.title, item.sharedByName])).toEqual([
      ['FOLDER', 'Signed papers', pf.admin.name],
      ['TASK', 'Bring your ID', pf.admin.name],
    ]);

    // Another firm's staff cannot reach the matter, so not its list either.
    const other = await itemWorld(app);
    expect(await sharedItems(other.pf.adminApi, matterId)).toEqual([]);
    app.clock.reset();
  });
});
