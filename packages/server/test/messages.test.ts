// Secure messages (S8) with the secureMessaging permission (S11): threads, replies, unread counts
// for staff and clients, attachments streamed over HTTP with the firm's limits, who may download
// them, the read-only staff view, and the activity log.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { EmailKind } from '../src/modules/mail/outbox-email.entity.js';
import { Message, MessageAttachment, MessageThread } from '../src/modules/messages/message.entity.js';
import { seedDemoMessages } from '../src/modules/messages/messages-demo.js';
import { Firm } from '../src/modules/firms/firm.entity.js';
import { Matter } from '../src/modules/matters/matter.entity.js';
import { PortalSettings } from '../src/modules/portal-settings/portal-settings.entity.js';
import { Portal, PortalMember } from '../src/modules/portals/portal.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';
import {
  USER_ERRORS,
  addContact,
  addMatter,
  eventually,
  mutateOk,
  outboxOf,
  portalFirm,
  registeredMember,
  settleOutbox,
  startTestApp,
  type ApiClient,
  type PortalFirm,
  type RegisteredMember,
  type TestApp,
  type UserErrorData,
} from './harness.js';
import { statementsDuring } from './harness-statements.js';

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

const THREAD = 'id subject portalId portalName unreadCount matter { id number } startedByName messages { id body authorName fromFirm mine attachments { id fileName size contentType } }';
const START = `mutation($input: StartMessageThreadInput!) { startMessageThread(input: $input) { thread { ${THREAD} } ${USER_ERRORS} } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { messageId thread { ${THREAD} } ${USER_ERRORS} } }`;
const MARK_READ = `mutation($input: MarkThreadReadInput!) { markThreadRead(input: $input) { thread { id unreadCount } ${USER_ERRORS} } }`;
const STAFF_THREADS = `query($filter: MessageThreadFilterInput) { messageThreads(first: 50, filter: $filter) { totalCount edges { node { id unreadCount subject } } } }`;
const STAFF_THREAD = `query($id: ID!) { messageThread(id: $id) { ${THREAD} } }`;
const CLIENT_THREADS = `{ myPortals { id unreadMessageCount messageThreads { ${THREAD} } } }`;
const CLIENT_THREAD = `query($portalId: ID!, $id: ID!) { portalMessageThread(portalId: $portalId, id: $id) { ${THREAD} } }`;
const PERMISSIONS = `mutation($input: UpdateMemberPermissionsInput!) { updateMemberPermissions(input: $input) { ${USER_ERRORS} } }`;
const START_VIEW = `mutation($input: PortalMemberIdInput!) { startPortalView(input: $input) { url ${USER_ERRORS} } }`;

interface ThreadData {
  id: string;
  subject: string;
  portalId: string;
  unreadCount: number;
  matter: { id: string; number: string } | null;
  messages: { id: string; body: string; authorName: string; fromFirm: boolean; mine: boolean; attachments: { id: string; fileName: string; size: number; contentType: string }[] }[];
}
type ThreadPayload = { thread: ThreadData | null; errors: UserErrorData[] };

const ALL = { appointmentRequests: false, secureMessaging: true, billingDocuments: false, payBalance: false, inviteOthers: false, myDetails: true, myDocuments: true };

interface Setting {
  pf: PortalFirm;
  matterId: string;
  otherMatterId: string;
  member: RegisteredMember;
}

async function setting(permissions = ALL): Promise<Setting> {
  const pf = await portalFirm(app);
  const contactId = await addContact(pf.adminApi, { firstName: 'Mia', lastName: 'Message' });
  const participants = [{ contactId, role: 'CLIENT' }];
  const matter = await addMatter(pf.adminApi, { name: 'Talked about', responsibleStaffId: pf.admin.id, participants });
  const other = await addMatter(pf.adminApi, { name: 'Not shared', responsibleStaffId: pf.admin.id, participants });
  const member = await registeredMember(app, pf, { contactId, matterIds: [matter.id], extra: { permissions } });
  return { pf, matterId: matter.id, otherMatterId: other.id, member };
}

async function run(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<ThreadPayload> {
  const result = await api.data<Record<string, ThreadPayload>>(mutation, { input });
  return Object.values(result)[0]!;
}

async function clientView(member: RegisteredMember): Promise<{ unreadMessageCount: number; messageThreads: ThreadData[] }> {
  return (await member.client.data<{ myPortals: { unreadMessageCount: number; messageThreads: ThreadData[] }[] }>(CLIENT_THREADS)).myPortals[0]!;
}

async function staffList(api: ApiClient, filter: Record<string, unknown> = {}) {
  return (await api.data<{ messageThreads: { totalCount: number; edges: { node: { id: string; unreadCount: number } }[] } }>(STAFF_THREADS, { filter })).messageThreads;
}

function cookieOf(api: ApiClient, name: 'atrium_staff' | 'atrium_client'): string {
  return `${name}=${api.cookie(name) ?? ''}`;
}

async function upload(path: string, cookie: string, fileName: string, body: Uint8Array | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { cookie, 'x-atrium-upload': '1', 'x-file-name': encodeURIComponent(fileName), 'content-type': 'application/pdf', ...headers },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  return { status: response.status, json: (await response.json()) as { attachment?: { id: string }; error?: { code: string; message: string } } };
}

async function counts(firmId: string) {
  const em = app.orm.em.fork();
  return {
    threads: await em.count(MessageThread, { firm: firmId }),
    messages: await em.count(Message, { firm: firmId }),
    attachments: await em.count(MessageAttachment, { firm: firmId, message: { $ne: null } }),
    activity: await em.count(ActivityEntry, { firm: firmId }),
  };
}

describe('conversations and unread counts', () => {
  it('staff write, the client reads and replies, each side counts what the other wrote', async () => {
    const { pf, matterId, member } = await setting();
    const started = await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, matterId, subject: 'Your documents', body: 'Please send the lease.' });
    const thread = started.thread!;
    expect(thread.matter?.id).toBe(matterId);
    expect(thread.unreadCount).toBe(0);
    expect(thread.messages).toEqual([expect.objectContaining({ body: 'Please send the lease.', fromFirm: true, mine: true })]);

    let view = await clientView(member);
    expect(view.unreadMessageCount).toBe(1);
    expect(view.messageThreads.map((t) => [t.id, t.unreadCount, t.messages[0]?.mine])).toEqual([[thread.id, 1, false]]);

    const read = await mutateOk<{ thread: { unreadCount: number }; errors: UserErrorData[] }>(member.client, MARK_READ, 'markThreadRead', { portalId: member.portalId, threadId: thread.id });
    expect(read.thread.unreadCount).toBe(0);
    expect((await clientView(member)).unreadMessageCount).toBe(0);

    const reply = await mutateOk<ThreadPayload>(member.client, SEND, 'sendMessage', { portalId: member.portalId, threadId: thread.id, body: 'Here it comes.' });
    expect(reply.thread!.messages.map((m) => [m.body, m.fromFirm, m.mine])).toEqual([
      ['Please send the lease.', true, false],
      ['Here it comes.', false, true],
    ]);
    view = await clientView(member);
    expect(view.unreadMessageCount).toBe(0);

    // Staff: one unread client message, found by the unread filter, gone once read.
    expect((await staffList(pf.adminApi)).edges.map((e) => [e.node.id, e.node.unreadCount])).toEqual([[thread.id, 1]]);
    expect((await staffList(pf.adminApi, { unreadOnly: true })).totalCount).toBe(1);
    expect((await staffList(pf.adminApi, { portalId: member.portalId, matterId })).totalCount).toBe(1);
    expect((await staffList(pf.adminApi, { matterId: '00000000-0000-4000-8000-000000000000' })).totalCount).toBe(0);
    await mutateOk(pf.adminApi, MARK_READ, 'markThreadRead', { threadId: thread.id });
    expect((await staffList(pf.adminApi, { unreadOnly: true })).totalCount).toBe(0);
    expect((await staffList(pf.adminApi)).edges[0]!.node.unreadCount).toBe(0);
    // Another staff member has not read it.
    const staffApi = await app.signInStaff(pf.staff);
    expect((await staffList(staffApi, { unreadOnly: true })).totalCount).toBe(1);

    // A client message is in the activity log with its portal, member and matter; staff messages are not.
    const entries = await app.orm.em.fork().find(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.MESSAGE_SENT });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ portal: { id: member.portalId }, member: { id: member.memberId }, matter: { id: matterId }, actorStaff: null });
    expect(entries[0]!.actorClient).not.toBeNull();
  });

  it('a client starts a conversation about a shared matter only', async () => {
    const { pf, matterId, otherMatterId, member } = await setting();
    const before = await counts(pf.firm.id);
    const refused = await run(member.client, START, { portalId: member.portalId, matterId: otherMatterId, subject: 'Hi', body: 'About the other one' });
    expect(refused.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['matterId'] });
    expect((await run(member.client, START, { portalId: member.portalId, subject: ' ', body: 'x' })).errors[0]?.field).toEqual(['subject']);
    expect((await run(member.client, START, { portalId: member.portalId, subject: 'x', body: '' })).errors[0]?.field).toEqual(['body']);
    expect(await counts(pf.firm.id)).toEqual(before);

    const started = await mutateOk<ThreadPayload>(member.client, START, 'startMessageThread', { portalId: member.portalId, matterId, subject: 'Question', body: 'When is the hearing?' });
    expect(started.thread!.messages[0]!.mine).toBe(true);
    const staffThread = (await pf.adminApi.data<{ messageThread: ThreadData }>(STAFF_THREAD, { id: started.thread!.id })).messageThread;
    expect(staffThread.unreadCount).toBe(1);
    expect(staffThread.portalId).toBe(member.portalId);
    expect((await app.orm.em.fork().count(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.MESSAGE_SENT })).valueOf()).toBe(1);
  });

  it('without secureMessaging a member sees and sends nothing', async () => {
    const { pf, member } = await setting({ ...ALL, secureMessaging: false });
    const started = await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, subject: 'Hidden', body: 'Secret' });
    const threadId = started.thread!.id;
    const view = await clientView(member);
    expect(view).toMatchObject({ unreadMessageCount: 0, messageThreads: [] });
    expect((await member.client.data<{ portalMessageThread: unknown }>(CLIENT_THREAD, { portalId: member.portalId, id: threadId })).portalMessageThread).toBeNull();
    const before = await counts(pf.firm.id);
    expect((await run(member.client, SEND, { portalId: member.portalId, threadId, body: 'hello' })).errors[0]?.code).toBe('NOT_ALLOWED');
    expect((await run(member.client, START, { portalId: member.portalId, subject: 'x', body: 'y' })).errors[0]?.code).toBe('NOT_ALLOWED');
    expect((await run(member.client, MARK_READ, { portalId: member.portalId, threadId })).errors[0]?.code).toBe('NOT_ALLOWED');
    const sent = await upload(`/p/${pf.firm.slug}/files/threads/${threadId}/attachments`, cookieOf(member.client, 'atrium_client'), 'a.pdf', 'data');
    expect(sent.status).toBe(404);
    expect(await counts(pf.firm.id)).toEqual(before);

    // Given the permission, the conversation appears.
    await mutateOk(pf.adminApi, PERMISSIONS, 'updateMemberPermissions', { memberId: member.memberId, permissions: ALL });
    expect((await clientView(member)).messageThreads.map((t) => t.id)).toEqual([threadId]);
  });

  it('other portals and other firms see nothing of a conversation', async () => {
    const { pf, member } = await setting();
    const thread = (await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, subject: 'Private', body: 'Only for you' })).thread!;
    const neighbour = await registeredMember(app, pf, { extra: { permissions: ALL } });
    expect((await clientView(neighbour)).messageThreads).toEqual([]);
    expect((await neighbour.client.data<{ portalMessageThread: unknown }>(CLIENT_THREAD, { portalId: neighbour.portalId, id: thread.id })).portalMessageThread).toBeNull();
    expect((await neighbour.client.data<{ portalMessageThread: unknown }>(CLIENT_THREAD, { portalId: member.portalId, id: thread.id })).portalMessageThread).toBeNull();
    const before = await counts(pf.firm.id);
    expect((await run(neighbour.client, SEND, { portalId: neighbour.portalId, threadId: thread.id, body: 'intruding' })).errors[0]?.code).toBe('NOT_FOUND');
    expect((await run(neighbour.client, SEND, { portalId: member.portalId, threadId: thread.id, body: 'intruding' })).errors[0]?.code).toBe('NOT_FOUND');

    const stranger = await portalFirm(app);
    expect((await stranger.adminApi.data<{ messageThread: unknown }>(STAFF_THREAD, { id: thread.id })).messageThread).toBeNull();
    expect((await staffList(stranger.adminApi)).totalCount).toBe(0);
    expect((await run(stranger.adminApi, SEND, { threadId: thread.id, body: 'x' })).errors[0]?.code).toBe('NOT_FOUND');
    expect((await run(stranger.adminApi, START, { portalId: member.portalId, subject: 'x', body: 'y' })).errors[0]?.code).toBe('NOT_FOUND');
    expect(await counts(pf.firm.id)).toEqual(before);
  });

  it('a staff member viewing the portal as the member cannot change anything', async () => {
    const { pf, member } = await setting();
    const thread = (await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, subject: 'Viewed', body: 'Hello' })).thread!;
    await mutateOk(pf.adminApi, START_VIEW, 'startPortalView', { memberId: member.memberId });
    const viewer = pf.adminApi.atPortal(pf.firm.slug);
    const seen = (await viewer.data<{ myPortals: { messageThreads: ThreadData[] }[] }>(CLIENT_THREADS)).myPortals[0]!;
    expect(seen.messageThreads.map((t) => t.id)).toEqual([thread.id]);
    const before = await counts(pf.firm.id);
    expect((await run(viewer, SEND, { portalId: member.portalId, threadId: thread.id, body: 'as them' })).errors[0]?.code).toBe('READ_ONLY');
    expect((await run(viewer, START, { portalId: member.portalId, subject: 'x', body: 'y' })).errors[0]?.code).toBe('READ_ONLY');
    expect((await run(viewer, MARK_READ, { portalId: member.portalId, threadId: thread.id })).errors[0]?.code).toBe('READ_ONLY');
    const sent = await upload(`/p/${pf.firm.slug}/files/threads/${thread.id}/attachments`, cookieOf(viewer, 'atrium_client'), 'a.pdf', 'data');
    expect(sent.status).toBe(403);
    expect(await counts(pf.firm.id)).toEqual(before);
    // The member's own unread count is untouched by the view.
    expect((await clientView(member)).unreadMessageCount).toBe(1);
  });
});

describe('attachments', () => {
  it('upload with the firm’s limits, send, and download only where allowed', async () => {
    const { pf, member } = await setting();
    const thread = (await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, subject: 'Files', body: 'Send them here' })).thread!;
    const clientCookie = cookieOf(member.client, 'atrium_client');
    const threadPath = `/p/${pf.firm.slug}/files/threads/${thread.id}/attachments`;
    await app.orm.em.fork().nativeUpdate(PortalSettings, { firm: pf.firm.id }, { uploadMaxMegabytes: 1 });

    expect((await upload(threadPath, clientCookie, 'lease.pdf', 'x', { 'x-atrium-upload': '' })).status).toBe(400);
    const refusedType = await upload(threadPath, clientCookie, 'run.exe', 'MZ');
    expect(refusedType.status).toBe(415);
    expect(refusedType.json.error?.code).toBe('TYPE_NOT_ALLOWED');
    const tooLarge = await upload(threadPath, clientCookie, 'big.pdf', new Uint8Array(1024 * 1024 + 10).fill(1));
    expect(tooLarge.status).toBe(413);
    expect((await upload(threadPath, clientCookie, 'empty.pdf', '')).status).toBe(400);
    expect((await upload(threadPath, '', 'lease.pdf', 'x')).status).toBe(401);
    expect(await app.orm.em.fork().count(MessageAttachment, { firm: pf.firm.id })).toBe(0);

    const content = 'PDF-ish content ünïcode';
    const ok = await upload(threadPath, clientCookie, 'Lease été.pdf', content);
    expect(ok.status).toBe(201);
    const attachmentId = ok.json.attachment!.id;

    // Before it is sent, only the uploader can fetch it.
    const staffDownload = () => fetch(`${app.url}/files/attachments/${attachmentId}`, { headers: { cookie: cookieOf(pf.adminApi, 'atrium_staff') } });
    expect((await staffDownload()).status).toBe(404);

    const sent = await mutateOk<ThreadPayload>(member.client, SEND, 'sendMessage', { portalId: member.portalId, threadId: thread.id, body: '', attachmentIds: [attachmentId] });
    const last = sent.thread!.messages.at(-1)!;
    expect(last.attachments).toEqual([{ id: attachmentId, fileName: 'Lease été.pdf', size: Buffer.byteLength(content), contentType: 'application/pdf' }]);
    // An attachment goes with one message only.
    const again = await run(member.client, SEND, { portalId: member.portalId, threadId: thread.id, body: 'again', attachmentIds: [attachmentId] });
    expect(again.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['attachmentIds'] });

    const downloaded = await staffDownload();
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-disposition')).toContain('attachment;');
    expect(downloaded.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await downloaded.text()).toBe(content);
    const clientDownload = await fetch(`${app.url}/p/${pf.firm.slug}/files/attachments/${attachmentId}`, { headers: { cookie: clientCookie } });
    expect(clientDownload.status).toBe(200);

    // Another portal's member, a member without the permission and another firm get nothing.
    const neighbour = await registeredMember(app, pf, { extra: { permissions: ALL } });
    expect((await fetch(`${app.url}/p/${pf.firm.slug}/files/attachments/${attachmentId}`, { headers: { cookie: cookieOf(neighbour.client, 'atrium_client') } })).status).toBe(404);
    await mutateOk(pf.adminApi, PERMISSIONS, 'updateMemberPermissions', { memberId: member.memberId, permissions: { ...ALL, secureMessaging: false } });
    expect((await fetch(`${app.url}/p/${pf.firm.slug}/files/attachments/${attachmentId}`, { headers: { cookie: clientCookie } })).status).toBe(404);
    const stranger = await portalFirm(app);
    expect((await fetch(`${app.url}/files/attachments/${attachmentId}`, { headers: { cookie: cookieOf(stranger.adminApi, 'atrium_staff') } })).status).toBe(404);
    expect((await upload(`/files/threads/${thread.id}/attachments`, cookieOf(stranger.adminApi, 'atrium_staff'), 'x.pdf', 'x')).status).toBe(404);
  });

  it('files uploaded but never sent are removed after a day', async () => {
    const { pf, member } = await setting();
    const staffCookie = cookieOf(pf.adminApi, 'atrium_staff');
    const old = await upload(`/files/portals/${member.portalId}/attachments`, staffCookie, 'forgotten.pdf', 'stale');
    const em = app.orm.em.fork();
    const row = await em.findOneOrFail(MessageAttachment, { id: old.json.attachment!.id });
    await em.nativeUpdate(MessageAttachment, { id: row.id }, { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) });
    const fresh = await upload(`/files/portals/${member.portalId}/attachments`, staffCookie, 'fresh.pdf', 'new');
    expect(fresh.status).toBe(201);
    await eventually(async () => expect(await app.orm.em.fork().count(MessageAttachment, { id: row.id })).toBe(0));
    // The rows go first (nothing may point at a missing file), then the files.
    await eventually(() => expect(app.storage.open(row.storageKey)).rejects.toThrow());
    expect(await app.orm.em.fork().count(MessageAttachment, { id: fresh.json.attachment!.id })).toBe(1);
  });

  it('staff start a conversation with files uploaded for the portal', async () => {
    const { pf, member } = await setting();
    const staffCookie = cookieOf(pf.adminApi, 'atrium_staff');
    const first = await upload(`/files/portals/${member.portalId}/attachments`, staffCookie, 'engagement.pdf', 'letter');
    expect(first.status).toBe(201);
    // A file uploaded by someone else cannot be sent by another person.
    const foreign = await upload(`/p/${pf.firm.slug}/files/portals/${member.portalId}/attachments`, cookieOf(member.client, 'atrium_client'), 'mine.pdf', 'mine');
    expect(foreign.status).toBe(201);
    const before = await counts(pf.firm.id);
    const refused = await run(pf.adminApi, START, { portalId: member.portalId, subject: 'Engagement', body: 'Attached.', attachmentIds: [first.json.attachment!.id, foreign.json.attachment!.id] });
    expect(refused.errors[0]?.field).toEqual(['attachmentIds']);
    expect(await counts(pf.firm.id)).toEqual(before);

    const started = await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, subject: 'Engagement', body: 'Attached.', attachmentIds: [first.json.attachment!.id] });
    expect(started.thread!.messages[0]!.attachments.map((a) => a.fileName)).toEqual(['engagement.pdf']);
    const seen = await clientView(member);
    const attachmentId = seen.messageThreads[0]!.messages[0]!.attachments[0]!.id;
    const response = await fetch(`${app.url}/p/${pf.firm.slug}/files/attachments/${attachmentId}`, { headers: { cookie: cookieOf(member.client, 'atrium_client') } });
    expect(await response.text()).toBe('letter');
  });
});

describe('demo data', () => {
  it('seeds a conversation with one unread message on each side', async () => {
    const { pf, matterId, member } = await setting();
    const em = app.orm.em.fork();
    seedDemoMessages(em, {
      firm: await em.findOneOrFail(Firm, { id: pf.firm.id }),
      staff: await em.findOneOrFail(StaffUser, { id: pf.admin.id }),
      portal: await em.findOneOrFail(Portal, { id: member.portalId }),
      member: await em.findOneOrFail(PortalMember, { id: member.memberId }),
      matter: await em.findOneOrFail(Matter, { id: matterId }),
    });
    await em.flush();
    const view = await clientView(member);
    expect(view.unreadMessageCount).toBe(1);
    expect(view.messageThreads[0]!.messages.map((m) => m.mine)).toEqual([false, true]);
    expect((await staffList(pf.adminApi, { unreadOnly: true })).totalCount).toBe(1);
  });
});

describe('cost', () => {
  it('conversation lists with their messages take as many statements for one thread as for five', async () => {
    const { pf, member } = await setting();
    const addThread = async (n: number) => {
      const thread = (await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, subject: `Topic ${n}`, body: 'Hello' })).thread!;
      await mutateOk(member.client, SEND, 'sendMessage', { portalId: member.portalId, threadId: thread.id, body: 'Hi back' });
    };
    await addThread(0);
    await settleOutbox(app, pf.firm.id);
    const staffThreads = `{ messageThreads(first: 50) { edges { node { ${THREAD} } } } }`;
    const lists = async () => [await statementsDuring(app, () => clientView(member)), await statementsDuring(app, () => pf.adminApi.data(staffThreads))];
    const one = await lists();
    for (let n = 1; n < 5; n += 1) await addThread(n);
    // The new threads' notices go out first, so the worker's statements are not counted in the lists'.
    await settleOutbox(app, pf.firm.id);
    expect(await lists()).toEqual(one);
    expect((await clientView(member)).messageThreads).toHaveLength(5);
  });
});

describe('members hear that staff wrote', () => {
  const noticesTo = async (firmId: string, email: string) =>
    (await outboxOf(app, firmId)).filter((mail) => mail.kind === EmailKind.NEW_MESSAGE && mail.toAddress === email);

  it('emails a notice without the message, once per conversation until it is read, never for the member’s own words or without the permission', async () => {
    const { pf, matterId, member } = await setting();
    const started = await mutateOk<ThreadPayload>(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, matterId, subject: 'Your documents', body: 'Please send the lease.' });
    const threadId = started.thread!.id;
    expect(await noticesTo(pf.firm.id, member.email)).toHaveLength(1);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(member.email) && m.subject.endsWith('new secure message'));
    expect(mail.text).toContain('“Your documents”');
    expect(mail.text).toContain(`/p/${pf.firm.slug}/messages/${threadId}`);
    expect(mail.text).not.toContain('Please send the lease.');
    expect(mail.html).not.toContain('Please send the lease.');

    // Unread still: a second message sends nothing more.
    await mutateOk(pf.adminApi, SEND, 'sendMessage', { threadId, body: 'And the deed.' });
    expect(await noticesTo(pf.firm.id, member.email)).toHaveLength(1);

    // Read, then written to again: a new notice. The member's own reply tells no member.
    await mutateOk(member.client, MARK_READ, 'markThreadRead', { portalId: member.portalId, threadId });
    await mutateOk(pf.adminApi, SEND, 'sendMessage', { threadId, body: 'Thank you.' });
    expect(await noticesTo(pf.firm.id, member.email)).toHaveLength(2);
    await mutateOk(member.client, MARK_READ, 'markThreadRead', { portalId: member.portalId, threadId });
    await mutateOk(member.client, SEND, 'sendMessage', { portalId: member.portalId, threadId, body: 'You are welcome.' });
    expect(await noticesTo(pf.firm.id, member.email)).toHaveLength(2);

    // Without secure messaging, nothing.
    await mutateOk(pf.adminApi, PERMISSIONS, 'updateMemberPermissions', { memberId: member.memberId, permissions: { ...ALL, secureMessaging: false } });
    await mutateOk(pf.adminApi, START, 'startMessageThread', { portalId: member.portalId, subject: 'Another matter', body: 'Hello again.' });
    expect(await noticesTo(pf.firm.id, member.email)).toHaveLength(2);
  });
});
