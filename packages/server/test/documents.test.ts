// Documents and files (S2, S3, S6, S11 myDocuments, I2): streamed uploads with the firm's limits,
// versions, downloads, what clients see of shared documents, denials per member, and who may
// share. Everything goes through the real HTTP routes and GraphQL on a real database.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsVisibleTo } from '../src/modules/documents/document-visibility.js';
import { statementsDuring } from './harness-statements.js';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { Document, DocumentVersion, Folder, MemberDenial } from '../src/modules/documents/document.entity.js';
import { PortalMember } from '../src/modules/portals/portal.entity.js';
import { LocalDiskStorage } from '../src/storage/local-disk-storage.js';
import {
  USER_ERRORS,
  addContact,
  addMatter,
  emailAt,
  mutateOk,
  portalFirm,
  registeredMember,
  startTestApp,
  type ApiClient,
  type PortalFirm,
  type RegisteredMember,
  type TestApp,
  type UserErrorData,
} from './harness.js';

let app: TestApp;
let filesDir: string;
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'atrium-documents-'));
  app = await startTestApp({ storage: new LocalDiskStorage(filesDir) });
});
afterAll(async () => {
  await app.close();
  rmSync(filesDir, { recursive: true, force: true });
});

/** Every file under the storage folder of one firm: what is really stored. */
function storedFiles(firmId: string): string[] {
  const dir = join(filesDir, 'firms', firmId);
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

interface FileAnswer {
  status: number;
  body: { document?: { id: string; name: string; version: number }; error?: { code: string; message: string } };
  raw: string;
}

type Body = string | Buffer | Readable;

async function send(path: string, cookie: string, body: Body, headers: Record<string, string>): Promise<FileAnswer> {
  const streamed = body instanceof Readable;
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { cookie, ...headers },
    body: streamed ? Readable.toWeb(body) : body,
    ...(streamed ? { duplex: 'half' } : {}),
  } as RequestInit);
  const raw = await response.text();
  return { status: response.status, body: JSON.parse(raw) as FileAnswer['body'], raw };
}

function fileHeaders(name: string, type = 'application/pdf'): Record<string, string> {
  return { 'x-atrium-upload': '1', 'x-file-name': encodeURIComponent(name), 'content-type': type };
}

function staffCookie(api: ApiClient): string {
  return `atrium_staff=${api.cookie('atrium_staff') ?? ''}`;
}

function clientCookie(api: ApiClient): string {
  return `atrium_client=${api.cookie('atrium_client') ?? ''}`;
}

function staffUpload(api: ApiClient, matterId: string, name: string, body: Body, query: Record<string, string> = {}, headers = fileHeaders(name)): Promise<FileAnswer> {
  const search = new URLSearchParams(query).toString();
  return send(`/files/matters/${matterId}/documents${search ? `?${search}` : ''}`, staffCookie(api), body, headers);
}

function clientUpload(member: { client: ApiClient }, slug: string, portalId: string, matterId: string, name: string, body: Body, headers = fileHeaders(name)): Promise<FileAnswer> {
  return send(`/p/${slug}/files/portals/${portalId}/documents?matterId=${matterId}`, clientCookie(member.client), body, headers);
}

async function uploadedId(answer: Promise<FileAnswer>): Promise<string> {
  const result = await answer;
  if (result.status !== 201 || !result.body.document) throw new Error(`upload failed: ${result.status} ${result.raw}`);
  return result.body.document.id;
}

interface Download {
  status: number;
  headers: Headers;
  text: string;
}

async function download(path: string, cookie: string): Promise<Download> {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const PORTAL_FILES = `{ myPortals { id folders { id name parentId matterId matterName } documents { id name size contentType version folderId matterId matterName uploadedByMe downloadUrl } } }`;

interface PortalFiles {
  id: string;
  folders: { id: string; name: string; parentId: string | null; matterId: string; matterName: string }[];
  documents: { id: string; name: string; size: number; contentType: string; version: number; folderId: string | null; matterId: string; matterName: string; uploadedByMe: boolean; downloadUrl: string }[];
}

async function portalFiles(member: { client: ApiClient }): Promise<PortalFiles> {
  const portals = (await member.client.data<{ myPortals: PortalFiles[] }>(PORTAL_FILES)).myPortals;
  if (portals.length !== 1 || !portals[0]) throw new Error(`expected one portal, got ${portals.length}`);
  return portals[0];
}

const SHARE_DOCUMENT = `mutation($input: DocumentIdInput!) { shareDocument(input: $input) { document { id sharedAt sharedBy { name } } portalsWithoutAccess { id displayName } ${USER_ERRORS} } }`;
const UNSHARE_DOCUMENT = `mutation($input: DocumentIdInput!) { unshareDocument(input: $input) { document { id sharedAt } ${USER_ERRORS} } }`;
const SHARE_FOLDER = `mutation($input: FolderIdInput!) { shareFolder(input: $input) { folder { id sharedAt } ${USER_ERRORS} } }`;
const CREATE_FOLDER = `mutation($input: CreateFolderInput!) { createFolder(input: $input) { folder { id name parentId } ${USER_ERRORS} } }`;
const RENAME_DOCUMENT = `mutation($input: RenameDocumentInput!) { renameDocument(input: $input) { document { id name } ${USER_ERRORS} } }`;
const DELETE_DOCUMENT = `mutation($input: DocumentIdInput!) { deleteDocument(input: $input) { document { id } ${USER_ERRORS} } }`;
const DENY = `mutation($input: MemberDenialInput!) { denyToMember(input: $input) { document { id deniedTo { id name } } folder { id deniedTo { id name } } ${USER_ERRORS} } }`;
const ALLOW = `mutation($input: MemberDenialInput!) { allowToMember(input: $input) { document { id deniedTo { id } } folder { id deniedTo { id } } ${USER_ERRORS} } }`;
const UPDATE_SETTINGS = `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { portalSettings { uploadMaxMegabytes allowedFileTypes } ${USER_ERRORS} } }`;

async function errorsOf(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<UserErrorData[]> {
  const result = await api.data<Record<string, { errors: UserErrorData[] }>>(mutation, { input });
  const payload = Object.values(result)[0];
  if (!payload) throw new Error('no payload');
  return payload.errors;
}

async function createFolder(api: ApiClient, matterId: string, name: string, parentId: string | null = null): Promise<string> {
  const payload = await mutateOk<{ folder: { id: string }; errors: UserErrorData[] }>(api, CREATE_FOLDER, 'createFolder', { matterId, name, parentId });
  return payload.folder.id;
}

interface Setting {
  pf: PortalFirm;
  contactId: string;
  matter: { id: string; number: string };
  member: RegisteredMember;
}

/** A firm with a client contact, a matter it is the client of, and the contact registered in its portal with the matter shared. */
async function firmWithClient(matterName = 'Estate of Ada'): Promise<Setting> {
  const pf = await portalFirm(app);
  const who = `client-${randomUUID().slice(0, 6)}`;
  const contactId = await addContact(pf.adminApi, { firstName: 'Ada', lastName: who, emails: [{ address: emailAt(pf.firm, who) }] });
  const matter = await addMatter(pf.adminApi, { name: matterName, responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
  const member = await registeredMember(app, pf, { who, contactId, matterIds: [matter.id] });
  return { pf, contactId, matter, member };
}

async function documentRows(matterId: string): Promise<{ documents: number; versions: number }> {
  const em = app.orm.em.fork();
  return { documents: await em.count(Document, { matter: matterId }), versions: await em.count(DocumentVersion, { document: { matter: matterId } }) };
}

describe('staff uploads (S2, S6)', () => {
  it('streams a file into storage with its hash, keeps versions and downloads each of them', async () => {
    const { pf, matter } = await firmWithClient();
    const first = 'Engagement letter, first draft';
    const created = await staffUpload(pf.adminApi, matter.id, 'Engagement letter.pdf', first);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ document: { id: expect.any(String), name: 'Engagement letter.pdf', version: 1 } });
    const documentId = created.body.document!.id;

    const second = 'Engagement letter, signed';
    const replaced = await staffUpload(pf.adminApi, matter.id, 'Engagement letter (signed).pdf', second, { documentId });
    expect(replaced.body).toEqual({ document: { id: documentId, name: 'Engagement letter.pdf', version: 2 } });

    const em = app.orm.em.fork();
    const versions = await em.find(DocumentVersion, { document: documentId }, { orderBy: { number: 'asc' } });
    expect(versions.map((v) => ({ number: v.number, size: v.sizeBytes, sha256: v.sha256, fileName: v.fileName, contentType: v.contentType }))).toEqual([
      { number: 1, size: first.length, sha256: createHash('sha256').update(first).digest('hex'), fileName: 'Engagement letter.pdf', contentType: 'application/pdf' },
      { number: 2, size: second.length, sha256: createHash('sha256').update(second).digest('hex'), fileName: 'Engagement letter (signed).pdf', contentType: 'application/pdf' },
    ]);
    expect(storedFiles(pf.firm.id)).toHaveLength(2);

    const current = await download(`/files/documents/${documentId}`, staffCookie(pf.adminApi));
    expect(current.status).toBe(200);
    expect(current.text).toBe(second);
    expect(current.headers.get('content-type')).toBe('application/pdf');
    expect(current.headers.get('content-length')).toBe(String(second.length));
    expect(current.headers.get('x-content-type-options')).toBe('nosniff');
    expect(current.headers.get('content-disposition')).toBe(`attachment; filename="Engagement letter.pdf"; filename*=UTF-8''Engagement%20letter.pdf`);
    const older = await download(`/files/documents/${documentId}?version=1`, staffCookie(pf.adminApi));
    expect(older.text).toBe(first);
    expect((await download(`/files/documents/${documentId}?version=3`, staffCookie(pf.adminApi))).status).toBe(404);

    const listed = await pf.adminApi.data<{ matter: { documents: { id: string; name: string; size: number; contentType: string; downloadUrl: string; sharedAt: string | null; versions: { number: number; size: number; uploadedByName: string }[] }[] } }>(
      'query($id: ID!) { matter(id: $id) { documents { id name size contentType downloadUrl sharedAt versions { number size uploadedByName } } } }',
      { id: matter.id },
    );
    expect(listed.matter.documents).toEqual([
      {
        id: documentId,
        name: 'Engagement letter.pdf',
        size: second.length,
        contentType: 'application/pdf',
        downloadUrl: `/files/documents/${documentId}`,
        sharedAt: null,
        versions: [
          { number: 2, size: second.length, uploadedByName: pf.admin.name },
          { number: 1, size: first.length, uploadedByName: pf.admin.name },
        ],
      },
    ]);
    const uploads = await em.find(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.DOCUMENT_UPLOADED });
    expect(uploads.map((entry) => ({ matter: entry.matter?.id, actor: entry.actorStaff?.id }))).toEqual([
      { matter: matter.id, actor: pf.admin.id },
      { matter: matter.id, actor: pf.admin.id },
    ]);
  });

  it('names a download exactly, whatever its characters (quotes are dropped from names on upload)', async () => {
    const { pf, matter } = await firmWithClient();
    const documentId = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Résumé "été" 100%.pdf', 'x'));
    const answer = await download(`/files/documents/${documentId}`, staffCookie(pf.adminApi));
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="R_sum_ _t_ 100_.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%C3%A9t%C3%A9%20100%25.pdf`);
  });

  it("refuses what breaks the firm's rules, mid-stream included, and keeps nothing", async () => {
    const { pf, matter } = await firmWithClient();
    const settings = await mutateOk<{ portalSettings: { uploadMaxMegabytes: number; allowedFileTypes: string[] }; errors: UserErrorData[] }>(
      pf.adminApi,
      UPDATE_SETTINGS,
      'updatePortalSettings',
      { uploadMaxMegabytes: 1, allowedFileTypes: ['.PDF', 'pdf', ' txt '] },
    );
    expect(settings.portalSettings).toEqual({ uploadMaxMegabytes: 1, allowedFileTypes: ['pdf', 'txt'] });
    const megabyte = 1024 * 1024;

    const declared = await staffUpload(pf.adminApi, matter.id, 'big.pdf', Buffer.alloc(megabyte + 1));
    expect(declared.status).toBe(413);
    expect(declared.body.error).toEqual({ code: 'TOO_LARGE', message: 'big.pdf is larger than 1 MB, the most this firm accepts.' });

    // Sent in chunks with no declared length: refused as soon as the limit is passed.
    let sent = 0;
    const chunks = Readable.from(
      (function* () {
        for (let i = 0; i < 40; i += 1) {
          sent += 64 * 1024;
          yield Buffer.alloc(64 * 1024, 1);
        }
      })(),
    );
    const streamed = await staffUpload(pf.adminApi, matter.id, 'streamed.pdf', chunks);
    expect(streamed.status).toBe(413);
    expect(streamed.body.error?.code).toBe('TOO_LARGE');
    expect(streamed.raw).not.toMatch(/stack|at \w+ \(/);

    const wrongType = await staffUpload(pf.adminApi, matter.id, 'tool.exe', 'MZ', {}, fileHeaders('tool.exe', 'application/octet-stream'));
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error).toEqual({ code: 'TYPE_NOT_ALLOWED', message: 'tool.exe: files of this type (.exe) cannot be uploaded. Allowed: .pdf, .txt.' });
    const empty = await staffUpload(pf.adminApi, matter.id, 'empty.pdf', '');
    expect(empty.status).toBe(400);
    expect(empty.body.error?.code).toBe('EMPTY');
    const unnamed = await staffUpload(pf.adminApi, matter.id, '', 'x', {}, fileHeaders(''));
    expect(unnamed.status).toBe(400);
    const noHeader = await staffUpload(pf.adminApi, matter.id, 'a.pdf', 'x', {}, { 'x-file-name': 'a.pdf', 'content-type': 'application/pdf' });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error?.code).toBe('BAD_REQUEST');
    const signedOut = await send(`/files/matters/${matter.id}/documents`, '', 'x', fileHeaders('a.pdf'));
    expect(signedOut.status).toBe(403);

    expect(sent).toBeGreaterThan(megabyte);
    expect(await documentRows(matter.id)).toEqual({ documents: 0, versions: 0 });
    expect(storedFiles(pf.firm.id)).toEqual([]);

    // Bad settings change nothing.
    expect(await errorsOf(pf.adminApi, UPDATE_SETTINGS, { uploadMaxMegabytes: 0 })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['uploadMaxMegabytes'] })]);
    expect(await errorsOf(pf.adminApi, UPDATE_SETTINGS, { uploadMaxMegabytes: 2049 })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT' })]);
    expect(await errorsOf(pf.adminApi, UPDATE_SETTINGS, { allowedFileTypes: ['p df'] })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['allowedFileTypes', '0'] })]);
    expect(await errorsOf(pf.adminApi, UPDATE_SETTINGS, { allowedFileTypes: [] })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['allowedFileTypes'] })]);
    const staffApi = await app.signInStaff(pf.staff);
    expect(await errorsOf(staffApi, UPDATE_SETTINGS, { uploadMaxMegabytes: 5 })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    const now = await pf.adminApi.data<{ portalSettings: { uploadMaxMegabytes: number; allowedFileTypes: string[] } }>('{ portalSettings { uploadMaxMegabytes allowedFileTypes } }');
    expect(now.portalSettings).toEqual({ uploadMaxMegabytes: 1, allowedFileTypes: ['pdf', 'txt'] });
  });

  it("answers 404 for another firm's matter, folder or document, and for unknown ones", async () => {
    const { pf, matter } = await firmWithClient();
    const other = await firmWithClient();
    const theirDocument = await uploadedId(staffUpload(other.pf.adminApi, other.matter.id, 'theirs.pdf', 'secret'));
    const theirFolder = await createFolder(other.pf.adminApi, other.matter.id, 'Theirs');

    for (const answer of [
      await staffUpload(pf.adminApi, other.matter.id, 'a.pdf', 'x'),
      await staffUpload(pf.adminApi, randomUUID(), 'a.pdf', 'x'),
      await staffUpload(pf.adminApi, 'not-an-id', 'a.pdf', 'x'),
      await staffUpload(pf.adminApi, matter.id, 'a.pdf', 'x', { folderId: theirFolder }),
      await staffUpload(pf.adminApi, matter.id, 'a.pdf', 'x', { documentId: theirDocument }),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error?.code).toBe('NOT_FOUND');
    }
    const theirs = await download(`/files/documents/${theirDocument}`, staffCookie(pf.adminApi));
    const unknown = await download(`/files/documents/${randomUUID()}`, staffCookie(pf.adminApi));
    const signedOut = await download(`/files/documents/${theirDocument}`, '');
    expect([theirs.status, unknown.status, signedOut.status]).toEqual([404, 404, 404]);
    expect(theirs.text).toBe(unknown.text);
    expect(theirs.text).not.toContain('secret');
    expect(await documentRows(matter.id)).toEqual({ documents: 0, versions: 0 });
    expect(storedFiles(pf.firm.id)).toEqual([]);
  });

  it('deletes softly: hidden from lists and downloads, the row kept', async () => {
    const { pf, matter, member } = await firmWithClient();
    const documentId = await uploadedId(staffUpload(pf.adminApi, matter.id, 'gone.pdf', 'x', { share: 'true' }));
    await mutateOk(pf.adminApi, DELETE_DOCUMENT, 'deleteDocument', { documentId });
    const listed = await pf.adminApi.data<{ matter: { documents: { id: string }[] } }>('query($id: ID!) { matter(id: $id) { documents { id } } }', { id: matter.id });
    expect(listed.matter.documents).toEqual([]);
    expect((await portalFiles(member)).documents).toEqual([]);
    expect((await download(`/files/documents/${documentId}`, staffCookie(pf.adminApi))).status).toBe(404);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${documentId}`, clientCookie(member.client))).status).toBe(404);
    expect((await app.orm.em.fork().findOneOrFail(Document, { id: documentId })).deletedAt).not.toBeNull();
  });
});

describe('what clients see (S2, S11 myDocuments)', () => {
  it('lists only shared documents of shared matters, in shared folders, and downloads only those', async () => {
    const { pf, contactId, matter, member } = await firmWithClient('Estate of Ada');
    const unsharedMatter = await addMatter(pf.adminApi, { name: 'Internal review', responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
    const shared = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Will.pdf', 'the will', { share: 'true' }));
    const draft = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Draft.pdf', 'draft'));
    const elsewhere = await uploadedId(staffUpload(pf.adminApi, unsharedMatter.id, 'Other.pdf', 'other', { share: 'true' }));
    const sharedFolder = await createFolder(pf.adminApi, matter.id, 'Court papers');
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId: sharedFolder });
    const inShared = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Petition.pdf', 'petition', { share: 'true', folderId: sharedFolder }));
    const hiddenFolder = await createFolder(pf.adminApi, matter.id, 'Internal');
    const inHidden = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Letter.pdf', 'letter', { share: 'true', folderId: hiddenFolder }));
    await uploadedId(staffUpload(pf.adminApi, matter.id, 'Notes.pdf', 'notes', { folderId: sharedFolder }));

    const files = await portalFiles(member);
    expect(files.folders).toEqual([{ id: sharedFolder, name: 'Court papers', parentId: null, matterId: matter.id, matterName: 'Estate of Ada' }]);
    expect(files.documents.map((d) => [d.name, d.folderId])).toEqual([
      ['Letter.pdf', null],
      ['Petition.pdf', sharedFolder],
      ['Will.pdf', null],
    ]);
    expect(files.documents.find((d) => d.id === shared)).toEqual({
      id: shared,
      name: 'Will.pdf',
      size: 8,
      contentType: 'application/pdf',
      version: 1,
      folderId: null,
      matterId: matter.id,
      matterName: 'Estate of Ada',
      uploadedByMe: false,
      downloadUrl: `/p/${pf.firm.slug}/files/documents/${shared}`,
    });

    const got = await download(`/p/${pf.firm.slug}/files/documents/${shared}`, clientCookie(member.client));
    expect(got.status).toBe(200);
    expect(got.text).toBe('the will');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await download(`/p/${pf.firm.slug}/files/documents/${inHidden}`, clientCookie(member.client))).status).toBe(200);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${inShared}`, clientCookie(member.client))).status).toBe(200);
    const refused = await Promise.all([draft, elsewhere, randomUUID(), 'nonsense'].map((id) => download(`/p/${pf.firm.slug}/files/documents/${id}`, clientCookie(member.client))));
    expect(refused.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(refused.map((r) => r.text)).size).toBe(1);

    // A HEAD request answers the headers, sends no file and records nothing.
    const head = await fetch(`${app.url}/p/${pf.firm.slug}/files/documents/${shared}`, { method: 'HEAD', headers: { cookie: clientCookie(member.client) } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('8');
    const downloads = await app.orm.em.fork().find(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.DOCUMENT_DOWNLOADED }, { orderBy: { occurredAt: 'asc' } });
    expect(downloads).toHaveLength(3);
    expect(downloads[0]).toMatchObject({ matter: { id: matter.id }, portal: { id: member.portalId }, member: { id: member.memberId }, actorClient: { id: expect.any(String) } });

    // Unsharing hides it again.
    await mutateOk(pf.adminApi, UNSHARE_DOCUMENT, 'unshareDocument', { documentId: shared });
    expect((await portalFiles(member)).documents.map((d) => d.name)).toEqual(['Letter.pdf', 'Petition.pdf']);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${shared}`, clientCookie(member.client))).status).toBe(404);
  });

  it('gives a member without myDocuments nothing: empty lists, 404 downloads, refused uploads', async () => {
    const { pf, matter, member } = await firmWithClient();
    const documentId = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Will.pdf', 'x', { share: 'true' }));
    const folderId = await createFolder(pf.adminApi, matter.id, 'Shared');
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId });
    const em = app.orm.em.fork();
    const row = await em.findOneOrFail(PortalMember, { id: member.memberId });
    row.permissions.myDocuments = false;
    await em.flush();

    expect(await portalFiles(member)).toEqual({ id: member.portalId, folders: [], documents: [] });
    expect((await download(`/p/${pf.firm.slug}/files/documents/${documentId}`, clientCookie(member.client))).status).toBe(404);
    const upload = await clientUpload(member, pf.firm.slug, member.portalId, matter.id, 'mine.pdf', 'x');
    expect(upload.status).toBe(403);
    expect(upload.body.error?.code).toBe('NOT_ALLOWED');
    expect(await documentRows(matter.id)).toEqual({ documents: 1, versions: 1 });
  });

  it("keeps one portal's documents from another portal of the firm and from other firms", async () => {
    const first = await firmWithClient();
    const { pf } = first;
    const documentId = await uploadedId(staffUpload(pf.adminApi, first.matter.id, 'Will.pdf', 'x', { share: 'true' }));
    // A second client of the same firm, with a matter of their own.
    const who = `other-${randomUUID().slice(0, 6)}`;
    const otherContact = await addContact(pf.adminApi, { firstName: 'Bob', lastName: who, emails: [{ address: emailAt(pf.firm, who) }] });
    const otherMatter = await addMatter(pf.adminApi, { name: 'Bob matter', responsibleStaffId: pf.admin.id, participants: [{ contactId: otherContact, role: 'CLIENT' }] });
    const bob = await registeredMember(app, pf, { who, contactId: otherContact, matterIds: [otherMatter.id] });
    expect((await portalFiles(bob)).documents).toEqual([]);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${documentId}`, clientCookie(bob.client))).status).toBe(404);
    // Nor may Bob upload into the first portal or to a matter not shared with his own.
    expect((await clientUpload(bob, pf.firm.slug, first.member.portalId, first.matter.id, 'x.pdf', 'x')).status).toBe(404);
    expect((await clientUpload(bob, pf.firm.slug, bob.portalId, first.matter.id, 'x.pdf', 'x')).status).toBe(404);

    // A client of another firm: at their own address, and with their cookie at this firm's address.
    const stranger = await firmWithClient();
    expect((await download(`/p/${stranger.pf.firm.slug}/files/documents/${documentId}`, clientCookie(stranger.member.client))).status).toBe(404);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${documentId}`, clientCookie(stranger.member.client))).status).toBe(404);
    expect((await download(`/files/documents/${documentId}`, staffCookie(stranger.pf.adminApi))).status).toBe(404);
    // The owner still can.
    expect((await download(`/p/${pf.firm.slug}/files/documents/${documentId}`, clientCookie(first.member.client))).status).toBe(200);
  });
});

describe('the client view in a constant number of statements', () => {
  it('reads the same number of statements for two documents as for eight, six of them in nested folders with two versions', async () => {
    const { pf, matter, member } = await firmWithClient();
    const countFor = async () => {
      const em = app.orm.em.fork();
      const row = await em.findOneOrFail(PortalMember, { id: member.memberId });
      let documents = 0;
      const statements = await statementsDuring(app, async () => {
        documents = (await documentsVisibleTo(em, row, [matter.id])).documents.length;
      });
      return { statements, documents };
    };
    for (const name of ['a.pdf', 'b.pdf']) await uploadedId(staffUpload(pf.adminApi, matter.id, name, 'x', { share: 'true' }));
    const few = await countFor();
    let parent: string | null = null;
    for (let i = 0; i < 6; i += 1) {
      const folderId: string = await createFolder(pf.adminApi, matter.id, `Folder ${i}`, parent);
      await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId });
      await uploadedId(staffUpload(pf.adminApi, matter.id, `in-${i}.pdf`, 'x', { share: 'true', folderId }));
      await uploadedId(staffUpload(pf.adminApi, matter.id, `in-${i}.pdf`, 'y', { folderId, documentId: (await portalFiles(member)).documents.find((d) => d.name === `in-${i}.pdf`)!.id }));
      parent = folderId;
    }
    const many = await countFor();
    expect(few.documents).toBe(2);
    expect(many.documents).toBe(8);
    expect(few.statements).toBeGreaterThan(0);
    expect(many.statements).toBe(few.statements);
  });
});

describe('folders stay within their matter', () => {
  it('refuses a parent, a move or an upload target from another matter, and renaming a shared folder without the right', async () => {
    const { pf, contactId, matter } = await firmWithClient();
    const otherMatter = await addMatter(pf.adminApi, { name: 'Second matter', responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
    const elsewhere = await createFolder(pf.adminApi, otherMatter.id, 'Elsewhere');
    const documentId = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Will.pdf', 'x'));
    expect(await errorsOf(pf.adminApi, CREATE_FOLDER, { matterId: matter.id, name: 'Inside', parentId: elsewhere })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['parentId'] })]);
    expect(await errorsOf(pf.adminApi, CREATE_FOLDER, { matterId: matter.id, name: '   ' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['name'] })]);
    const MOVE = `mutation($input: MoveDocumentInput!) { moveDocument(input: $input) { document { id folderId } ${USER_ERRORS} } }`;
    expect(await errorsOf(pf.adminApi, MOVE, { documentId, folderId: elsewhere })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['folderId'] })]);
    expect((await staffUpload(pf.adminApi, matter.id, 'a.pdf', 'x', { folderId: elsewhere })).status).toBe(404);

    const own = await createFolder(pf.adminApi, matter.id, 'Own');
    const moved = await mutateOk<{ document: { folderId: string | null }; errors: UserErrorData[] }>(pf.adminApi, MOVE, 'moveDocument', { documentId, folderId: own });
    expect(moved.document.folderId).toBe(own);
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId: own });
    const staffApi = await app.signInStaff(pf.staff);
    const RENAME_FOLDER = `mutation($input: RenameFolderInput!) { renameFolder(input: $input) { folder { id name } ${USER_ERRORS} } }`;
    expect(await errorsOf(staffApi, RENAME_FOLDER, { folderId: own, name: 'Renamed' })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect((await app.orm.em.fork().findOneOrFail(Folder, { id: own })).name).toBe('Own');
  });
});

describe('denials per member (S3)', () => {
  it('keeps a document, or a folder with everything below it, from one member only, in lists and downloads', async () => {
    const { pf, contactId, matter, member } = await firmWithClient();
    const second = await registeredMember(app, pf, { who: `second-${randomUUID().slice(0, 6)}`, contactId, extra: { name: 'Second Person' } });
    const will = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Will.pdf', 'will', { share: 'true' }));
    const top = await createFolder(pf.adminApi, matter.id, 'Family');
    const below = await createFolder(pf.adminApi, matter.id, 'Letters', top);
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId: top });
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId: below });
    const letter = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Letter.pdf', 'letter', { share: 'true', folderId: below }));

    const denied = await mutateOk<{ document: { deniedTo: { id: string; name: string }[] }; errors: UserErrorData[] }>(pf.adminApi, DENY, 'denyToMember', { memberId: second.memberId, documentId: will });
    expect(denied.document.deniedTo).toEqual([{ id: second.memberId, name: 'Second Person' }]);
    // Denying twice changes nothing.
    await mutateOk(pf.adminApi, DENY, 'denyToMember', { memberId: second.memberId, documentId: will });
    expect(await app.orm.em.fork().count(MemberDenial, { member: second.memberId })).toBe(1);

    expect((await portalFiles(second)).documents.map((d) => d.name)).toEqual(['Letter.pdf']);
    expect((await portalFiles(member)).documents.map((d) => d.name)).toEqual(['Letter.pdf', 'Will.pdf']);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${will}`, clientCookie(second.client))).status).toBe(404);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${will}`, clientCookie(member.client))).status).toBe(200);

    await mutateOk(pf.adminApi, DENY, 'denyToMember', { memberId: second.memberId, folderId: top });
    const secondView = await portalFiles(second);
    expect(secondView.folders).toEqual([]);
    expect(secondView.documents).toEqual([]);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${letter}`, clientCookie(second.client))).status).toBe(404);
    const firstView = await portalFiles(member);
    expect(firstView.folders.map((f) => [f.name, f.parentId])).toEqual([
      ['Family', null],
      ['Letters', top],
    ]);

    const allowed = await mutateOk<{ folder: { deniedTo: { id: string }[] }; errors: UserErrorData[] }>(pf.adminApi, ALLOW, 'allowToMember', { memberId: second.memberId, folderId: top });
    expect(allowed.folder.deniedTo).toEqual([]);
    await mutateOk(pf.adminApi, ALLOW, 'allowToMember', { memberId: second.memberId, documentId: will });
    expect((await portalFiles(second)).documents.map((d) => d.name)).toEqual(['Letter.pdf', 'Will.pdf']);
    expect((await download(`/p/${pf.firm.slug}/files/documents/${letter}`, clientCookie(second.client))).status).toBe(200);

    const entries = await app.orm.em.fork().find(
      ActivityEntry,
      { firm: pf.firm.id, action: { $in: [ActivityAction.ACCESS_DENIED_TO_MEMBER, ActivityAction.ACCESS_RESTORED_TO_MEMBER] } },
      { orderBy: { occurredAt: 'asc', id: 'asc' } },
    );
    expect(entries.map((e) => [e.action, e.member?.id, e.portal?.id, e.matter?.id])).toEqual(
      expect.arrayContaining([
        [ActivityAction.ACCESS_DENIED_TO_MEMBER, second.memberId, second.portalId, matter.id],
        [ActivityAction.ACCESS_RESTORED_TO_MEMBER, second.memberId, second.portalId, matter.id],
      ]),
    );
    expect(entries).toHaveLength(4);
  });

  it('refuses a member of a portal the matter is not shared with, both or neither item, and another firm', async () => {
    const { pf, matter } = await firmWithClient();
    const documentId = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Will.pdf', 'x', { share: 'true' }));
    const folderId = await createFolder(pf.adminApi, matter.id, 'Folder');
    const who = `other-${randomUUID().slice(0, 6)}`;
    const otherContact = await addContact(pf.adminApi, { firstName: 'Bob', lastName: who, emails: [{ address: emailAt(pf.firm, who) }] });
    const otherMatter = await addMatter(pf.adminApi, { name: 'Bob matter', responsibleStaffId: pf.admin.id, participants: [{ contactId: otherContact, role: 'CLIENT' }] });
    const bob = await registeredMember(app, pf, { who, contactId: otherContact, matterIds: [otherMatter.id] });
    const stranger = await firmWithClient();

    expect(await errorsOf(pf.adminApi, DENY, { memberId: bob.memberId, documentId })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['memberId'] })]);
    expect(await errorsOf(pf.adminApi, DENY, { memberId: bob.memberId, documentId, folderId })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT' })]);
    expect(await errorsOf(pf.adminApi, DENY, { memberId: bob.memberId })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT' })]);
    expect(await errorsOf(pf.adminApi, DENY, { memberId: stranger.member.memberId, documentId })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['memberId'] })]);
    expect(await errorsOf(stranger.pf.adminApi, DENY, { memberId: stranger.member.memberId, documentId })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['documentId'] })]);
    expect(await app.orm.em.fork().count(MemberDenial, { firm: { $in: [pf.firm.id, stranger.pf.firm.id] } })).toBe(0);
  });
});

describe('client uploads (S6)', () => {
  it('stores the file shared at once in "Client uploads", records it, and refuses the read-only view', async () => {
    const { pf, matter, member } = await firmWithClient();
    // The first two at once still make one "Client uploads" folder.
    const [first, second] = await Promise.all([
      clientUpload(member, pf.firm.slug, member.portalId, matter.id, 'Passport scan.pdf', 'passport'),
      clientUpload(member, pf.firm.slug, member.portalId, matter.id, 'Payslip.pdf', 'payslip'),
    ]);
    expect(first.status).toBe(201);
    expect(first.body.document).toEqual({ id: expect.any(String), name: 'Passport scan.pdf', version: 1 });
    expect(second.status).toBe(201);
    await uploadedId(clientUpload(member, pf.firm.slug, member.portalId, matter.id, 'Payslip 2.pdf', 'payslip 2'));

    const em = app.orm.em.fork();
    const folders = await em.find(Folder, { matter: matter.id });
    expect(folders.map((f) => [f.name, f.sharedAt !== null])).toEqual([['Client uploads', true]]);
    const documents = await em.find(Document, { matter: matter.id }, { orderBy: { name: 'asc' } });
    expect(documents.map((d) => [d.name, d.folder?.id, d.sharedAt !== null, d.uploadedByMember?.id])).toEqual([
      ['Passport scan.pdf', folders[0]!.id, true, member.memberId],
      ['Payslip 2.pdf', folders[0]!.id, true, member.memberId],
      ['Payslip.pdf', folders[0]!.id, true, member.memberId],
    ]);
    const files = await portalFiles(member);
    expect(files.folders.map((f) => f.name)).toEqual(['Client uploads']);
    expect(files.documents.map((d) => [d.name, d.uploadedByMe, d.folderId])).toEqual([
      ['Passport scan.pdf', true, folders[0]!.id],
      ['Payslip 2.pdf', true, folders[0]!.id],
      ['Payslip.pdf', true, folders[0]!.id],
    ]);
    const entries = await em.find(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.DOCUMENT_UPLOADED, member: member.memberId });
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ matter: { id: matter.id }, portal: { id: member.portalId }, actorClient: { id: expect.any(String) }, actorStaff: null });
    const staffList = await pf.adminApi.data<{ matter: { documents: { name: string; uploadedByClient: boolean; versions: { uploadedByName: string }[] }[] } }>(
      'query($id: ID!) { matter(id: $id) { documents { name uploadedByClient versions { uploadedByName } } } }',
      { id: matter.id },
    );
    expect(staffList.matter.documents[0]).toEqual({ name: 'Passport scan.pdf', uploadedByClient: true, versions: [{ uploadedByName: expect.stringContaining('Ada') }] });

    // Refusals: missing header, a matter not shared, a type not allowed; nothing more is stored.
    expect((await clientUpload(member, pf.firm.slug, member.portalId, matter.id, 'a.pdf', 'x', { 'x-file-name': 'a.pdf' })).status).toBe(400);
    expect((await clientUpload(member, pf.firm.slug, member.portalId, randomUUID(), 'a.pdf', 'x')).status).toBe(404);
    expect((await clientUpload(member, pf.firm.slug, member.portalId, matter.id, 'a.exe', 'x')).status).toBe(415);
    expect((await clientUpload(member, 'no-such-firm', member.portalId, matter.id, 'a.pdf', 'x')).status).toBe(403);

    // Staff viewing the portal as the member may look but not upload.
    await mutateOk(pf.adminApi, `mutation($input: PortalMemberIdInput!) { startPortalView(input: $input) { url ${USER_ERRORS} } }`, 'startPortalView', { memberId: member.memberId });
    const viewing = { client: pf.adminApi.atPortal(pf.firm.slug) };
    expect((await portalFiles(viewing)).documents).toHaveLength(3);
    const readOnly = await clientUpload(viewing, pf.firm.slug, member.portalId, matter.id, 'a.pdf', 'x');
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error?.code).toBe('READ_ONLY');
    const viewedDownload = await download(`/p/${pf.firm.slug}/files/documents/${documents[0]!.id}`, clientCookie(pf.adminApi));
    expect(viewedDownload.status).toBe(200);

    expect(await documentRows(matter.id)).toEqual({ documents: 3, versions: 3 });
    expect(storedFiles(pf.firm.id)).toHaveLength(3);
    // The staff member's look at the file is not a client's download.
    expect(await em.count(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.DOCUMENT_DOWNLOADED })).toBe(0);
  });
});

describe('who may share (P2 rights) and the invitation offer (I2)', () => {
  it('refuses sharing, denying and changing shared documents to staff without the right', async () => {
    const { pf, matter, member } = await firmWithClient();
    const staffApi = await app.signInStaff(pf.staff);
    const mine = await uploadedId(staffUpload(staffApi, matter.id, 'Mine.pdf', 'x'));
    const folderId = await createFolder(staffApi, matter.id, 'Working papers');
    const refusedShare = await staffUpload(staffApi, matter.id, 'Shared.pdf', 'x', { share: 'true' });
    expect(refusedShare.status).toBe(403);
    expect(refusedShare.body.error?.code).toBe('NOT_ALLOWED');

    expect(await errorsOf(staffApi, SHARE_DOCUMENT, { documentId: mine })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect(await errorsOf(staffApi, SHARE_FOLDER, { folderId })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect(await errorsOf(staffApi, DENY, { memberId: member.memberId, documentId: mine })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    // Renaming an unshared document is fine; once shared, it needs the right.
    await mutateOk(staffApi, RENAME_DOCUMENT, 'renameDocument', { documentId: mine, name: 'Mine (v1).pdf' });
    await mutateOk(pf.adminApi, SHARE_DOCUMENT, 'shareDocument', { documentId: mine });
    expect(await errorsOf(staffApi, RENAME_DOCUMENT, { documentId: mine, name: 'Renamed.pdf' })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect(await errorsOf(staffApi, DELETE_DOCUMENT, { documentId: mine })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect((await staffUpload(staffApi, matter.id, 'Mine.pdf', 'v2', { documentId: mine })).status).toBe(403);
    expect(await errorsOf(staffApi, RENAME_DOCUMENT, { documentId: mine, name: 'a/b' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['name'] })]);

    const document = await app.orm.em.fork().findOneOrFail(Document, { id: mine });
    expect(document.name).toBe('Mine (v1).pdf');
    expect(document.currentVersion).toBe(1);
    expect(document.deletedAt).toBeNull();
    const shares = await app.orm.em.fork().find(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.ITEM_SHARED });
    expect(shares.map((e) => [e.actorStaff?.id, e.matter?.id])).toEqual([[pf.admin.id, matter.id]]);
  });

  it("offers to invite the matter's clients when no one can see what is shared", async () => {
    const pf = await portalFirm(app);
    const contactId = await addContact(pf.adminApi, { firstName: 'Nadia', lastName: 'Noportal', emails: [{ address: emailAt(pf.firm, 'nadia') }] });
    const matter = await addMatter(pf.adminApi, { name: 'No portal yet', responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
    const documentId = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Welcome.pdf', 'x'));
    const shared = await mutateOk<{ document: { sharedAt: string | null; sharedBy: { name: string } | null }; portalsWithoutAccess: { id: string; displayName: string }[]; errors: UserErrorData[] }>(
      pf.adminApi,
      SHARE_DOCUMENT,
      'shareDocument',
      { documentId },
    );
    expect(shared.document.sharedAt).not.toBeNull();
    expect(shared.document.sharedBy).toEqual({ name: pf.admin.name });
    expect(shared.portalsWithoutAccess).toEqual([{ id: contactId, displayName: 'Nadia Noportal' }]);

    // Once the client is invited with the matter, the offer is gone.
    const { member } = await firmWithClient();
    const withPortal = await firmWithClient();
    const other = await uploadedId(staffUpload(withPortal.pf.adminApi, withPortal.matter.id, 'Welcome.pdf', 'x'));
    const again = await mutateOk<{ portalsWithoutAccess: unknown[]; errors: UserErrorData[] }>(withPortal.pf.adminApi, SHARE_DOCUMENT, 'shareDocument', { documentId: other });
    expect(again.portalsWithoutAccess).toEqual([]);
    expect(member.memberId).toBeTruthy();
  });
});

describe('deleting a folder', () => {
  const DELETE_FOLDER = `mutation($input: FolderIdInput!) { deleteFolder(input: $input) { deletedFolderId ${USER_ERRORS} } }`;
  const folderExists = async (id: string) => (await app.orm.em.fork().count(Folder, { id })) === 1;

  it('deletes an empty folder only, keeps deleted documents, and asks for the share right on a shared one', async () => {
    const { pf, matter } = await firmWithClient();
    const outer = await createFolder(pf.adminApi, matter.id, 'Outer');
    const inner = await createFolder(pf.adminApi, matter.id, 'Inner', outer);
    const documentId = await uploadedId(staffUpload(pf.adminApi, matter.id, 'Will.pdf', 'x', { folderId: inner }));

    // Something inside: refused, with what is in the way, and nothing changes.
    expect(await errorsOf(pf.adminApi, DELETE_FOLDER, { folderId: outer })).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: ['folderId'], message: 'Outer still holds 1 folder; move or delete them first.' }),
    ]);
    expect(await errorsOf(pf.adminApi, DELETE_FOLDER, { folderId: inner })).toEqual([
      expect.objectContaining({ code: 'CONFLICT', message: 'Inner still holds 1 document; move or delete them first.' }),
    ]);
    expect(await folderExists(outer)).toBe(true);
    expect(await folderExists(inner)).toBe(true);

    // A deleted document does not count, and its record stays, at the top of the matter.
    await mutateOk(pf.adminApi, DELETE_DOCUMENT, 'deleteDocument', { documentId });
    const deleted = await mutateOk<{ deletedFolderId: string; errors: UserErrorData[] }>(pf.adminApi, DELETE_FOLDER, 'deleteFolder', { folderId: inner });
    expect(deleted.deletedFolderId).toBe(inner);
    expect(await folderExists(inner)).toBe(false);
    const kept = await app.orm.em.fork().findOneOrFail(Document, { id: documentId });
    expect(kept.deletedAt).not.toBeNull();
    expect(kept.folder).toBeNull();

    // A shared folder needs the share right; another firm's folder looks like no folder.
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId: outer });
    const staffApi = await app.signInStaff(pf.staff);
    expect(await errorsOf(staffApi, DELETE_FOLDER, { folderId: outer })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    const stranger = await firmWithClient();
    expect(await errorsOf(stranger.pf.adminApi, DELETE_FOLDER, { folderId: outer })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['folderId'] })]);
    expect(await folderExists(outer)).toBe(true);

    await mutateOk(pf.adminApi, DELETE_FOLDER, 'deleteFolder', { folderId: outer });
    expect(await folderExists(outer)).toBe(false);
    const logged = await app.orm.em.fork().find(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.ITEM_UNSHARED });
    expect(logged.map((entry) => entry.summary)).toContain(`${pf.admin.name} deleted the shared folder Outer.`);
  });
});

describe('moving a folder', () => {
  const MOVE_FOLDER = `mutation($input: MoveFolderInput!) { moveFolder(input: $input) { folder { id parentId } ${USER_ERRORS} } }`;
  const parentOf = async (id: string) => (await app.orm.em.fork().findOneOrFail(Folder, { id })).parent?.id ?? null;

  it('moves a folder with what it holds within its matter, never into itself, and asks for the share right on a shared one', async () => {
    const { pf, matter, contactId } = await firmWithClient();
    const letters = await createFolder(pf.adminApi, matter.id, 'Letters');
    const sent = await createFolder(pf.adminApi, matter.id, 'Sent', letters);
    const archive = await createFolder(pf.adminApi, matter.id, 'Archive');

    const moved = await mutateOk<{ folder: { id: string; parentId: string | null }; errors: UserErrorData[] }>(pf.adminApi, MOVE_FOLDER, 'moveFolder', { folderId: letters, parentId: archive });
    expect(moved.folder.parentId).toBe(archive);
    expect(await parentOf(sent)).toBe(letters);

    // Not into itself or below itself; not into another matter's folder. Nothing changes.
    const cycle = [expect.objectContaining({ code: 'INVALID_INPUT', field: ['parentId'], message: 'A folder cannot go inside itself or one of its own folders.' })];
    expect(await errorsOf(pf.adminApi, MOVE_FOLDER, { folderId: letters, parentId: letters })).toEqual(cycle);
    expect(await errorsOf(pf.adminApi, MOVE_FOLDER, { folderId: archive, parentId: sent })).toEqual(cycle);
    const otherMatter = await addMatter(pf.adminApi, { name: 'Elsewhere', responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
    const foreign = await createFolder(pf.adminApi, otherMatter.id, 'Foreign');
    expect(await errorsOf(pf.adminApi, MOVE_FOLDER, { folderId: letters, parentId: foreign })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['parentId'] })]);
    expect(await parentOf(letters)).toBe(archive);
    expect(await parentOf(archive)).toBeNull();

    // Back to the top; a shared folder needs the share right; another firm's folder is unknown.
    await mutateOk(pf.adminApi, MOVE_FOLDER, 'moveFolder', { folderId: letters, parentId: null });
    expect(await parentOf(letters)).toBeNull();
    await mutateOk(pf.adminApi, SHARE_FOLDER, 'shareFolder', { folderId: letters });
    const staffApi = await app.signInStaff(pf.staff);
    expect(await errorsOf(staffApi, MOVE_FOLDER, { folderId: letters, parentId: archive })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    const stranger = await firmWithClient();
    expect(await errorsOf(stranger.pf.adminApi, MOVE_FOLDER, { folderId: letters })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['folderId'] })]);
    expect(await parentOf(letters)).toBeNull();
  });
});
