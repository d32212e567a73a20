import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { executeNative } from '../../db/native-sql.js';
import type { Em } from '../../db/orm.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import type { FileStorage } from '../../storage/file-storage.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal, PortalMatter } from '../portals/portal.entity.js';
import type { PortalAccess } from '../portals/portal-access.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Message, MessageAttachment, MessageThread } from './message.entity.js';
import { noticeMembersOfMessage } from './message-notice.js';
import type { MessageThreadView, MessageView } from './message.types.js';

/** Who reads or writes: a staff member of the firm, or a member of one portal. */
export type Reader = { kind: 'staff'; staff: StaffUser } | { kind: 'member'; access: PortalAccess };

const MAX_ATTACHMENTS = 20;
/** Uploads never sent with a message are removed after this long. */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Reading: thread views with unread counts, and their messages loaded for a whole list at once.

export class ThreadMessagesLoader {
  private loaded: Promise<Map<string, MessageView[]>> | null = null;

  constructor(
    private readonly em: Em,
    private readonly threadIds: string[],
    private readonly reader: Reader,
  ) {}

  messagesOf(threadId: string): Promise<MessageView[]> {
    this.loaded ??= this.load();
    return this.loaded.then((byThread) => byThread.get(threadId) ?? []);
  }

  private async load(): Promise<Map<string, MessageView[]>> {
    const byThread = new Map<string, MessageView[]>();
    if (this.threadIds.length === 0) return byThread;
    const messages = await this.em.find(Message, { thread: { $in: this.threadIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const attachments = messages.length
      ? await this.em.find(MessageAttachment, { message: { $in: messages.map((m) => m.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } })
      : [];
    for (const message of messages) {
      const mine = this.reader.kind === 'staff' ? message.authorStaff?.id === this.reader.staff.id : message.authorMember?.id === this.reader.access.member.id;
      const view: MessageView = {
        id: message.id,
        body: message.body,
        createdAt: message.createdAt,
        authorName: message.authorName,
        fromFirm: !message.fromClient,
        mine,
        attachments: attachments
          .filter((a) => a.message?.id === message.id)
          .map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.size })),
      };
      const list = byThread.get(message.thread.id) ?? [];
      list.push(view);
      byThread.set(message.thread.id, list);
    }
    return byThread;
  }
}

/**
 * Unread messages per thread, in one statement: for a member, messages by anyone else since
 * they last read the thread; for staff, messages from clients since they last read it.
 */
async function unreadCounts(em: Em, threadIds: string[], reader: Reader): Promise<Map<string, number>> {
  if (threadIds.length === 0) return new Map();
  const rows =
    reader.kind === 'staff'
      ? await executeNative(
          em,
          `select m.thread_id, count(*)::int as unread from message m
           left join thread_read_state r on r.thread_id = m.thread_id and r.staff_user_id = $2
           where m.thread_id = any($1::uuid[]) and m.from_client and (r.last_read_at is null or m.created_at > r.last_read_at)
           group by m.thread_id`,
          [threadIds, reader.staff.id],
        )
      : await executeNative(
          em,
          `select m.thread_id, count(*)::int as unread from message m
           left join thread_read_state r on r.thread_id = m.thread_id and r.member_id = $2
           where m.thread_id = any($1::uuid[]) and m.author_member_id is distinct from $2 and (r.last_read_at is null or m.created_at > r.last_read_at)
           group by m.thread_id`,
          [threadIds, reader.access.member.id],
        );
  const counts = new Map<string, number>();
  for (const row of rows as { thread_id: string; unread: number }[]) counts.set(row.thread_id, Number(row.unread));
  return counts;
}

async function threadViews(em: Em, threads: MessageThread[], reader: Reader, visibleMatterIds?: string[]): Promise<MessageThreadView[]> {
  if (threads.length === 0) return [];
  await em.populate(threads, ['portal.contact', 'matter', 'createdByStaff', 'createdByMember']);
  const ids = threads.map((t) => t.id);
  const unread = await unreadCounts(em, ids, reader);
  const loader = new ThreadMessagesLoader(em, ids, reader);
  return threads.map((thread) => {
    const matter = thread.matter?.getEntity() ?? null;
    const showMatter = matter && (!visibleMatterIds || visibleMatterIds.includes(matter.id));
    return {
      id: thread.id,
      subject: thread.subject,
      portalId: thread.portal.id,
      portalName: thread.portal.getEntity().contact.getEntity().displayName,
      matter: showMatter ? { id: matter.id, number: matter.number, name: matter.name } : null,
      startedByName: thread.createdByStaff?.getEntity().name ?? thread.createdByMember?.getEntity().name ?? 'Former member',
      createdAt: thread.createdAt,
      lastMessageAt: thread.lastMessageAt,
      unreadCount: unread.get(thread.id) ?? 0,
      loader,
    };
  });
}

export interface ThreadFilter {
  portalId?: string | null;
  matterId?: string | null;
  unreadOnly?: boolean | null;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The firm's threads, latest activity first, a page at a time (three statements plus the page's). */
export async function staffThreads(ctx: GraphQLContext, staff: StaffUser, filter: ThreadFilter, first: number, after: string | null): Promise<Connection<MessageThreadView>> {
  checkPageSize(first);
  const params: unknown[] = [staff.firm.id];
  const where = ['t.firm_id = $1'];
  if (filter.portalId) {
    params.push(isUuid(filter.portalId) ? filter.portalId : NO_ID);
    where.push(`t.portal_id = $${params.length}`);
  }
  if (filter.matterId) {
    params.push(isUuid(filter.matterId) ? filter.matterId : NO_ID);
    where.push(`t.matter_id = $${params.length}`);
  }
  if (filter.unreadOnly) {
    params.push(staff.id);
    const me = `$${params.length}`;
    where.push(`exists (select 1 from message m where m.thread_id = t.id and m.from_client and m.created_at > coalesce(
      (select r.last_read_at from thread_read_state r where r.thread_id = t.id and r.staff_user_id = ${me}), '-infinity'))`);
  }
  const [countRow] = (await executeNative(ctx.em, `select count(*)::int as n from message_thread t where ${where.join(' and ')}`, params)) as { n: number }[];
  if (after) {
    const cursor = decodeCursor(after);
    params.push(new Date(cursor.sortKey), cursor.id);
    where.push(`(t.last_message_at, t.id) < ($${params.length - 1}, $${params.length})`);
  }
  params.push(first + 1);
  const rows = (await executeNative(
    ctx.em,
    `select t.id from message_thread t where ${where.join(' and ')} order by t.last_message_at desc, t.id desc limit $${params.length}`,
    params,
  )) as { id: string }[];
  const threads = rows.length ? await ctx.em.find(MessageThread, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { lastMessageAt: 'desc', id: 'desc' } }) : [];
  const views = await threadViews(ctx.em, threads, { kind: 'staff', staff });
  return toConnection(views, first, Boolean(after), Number(countRow?.n ?? 0), (view) => view.lastMessageAt.toISOString());
}

export async function staffThread(ctx: GraphQLContext, staff: StaffUser, id: string): Promise<MessageThreadView | null> {
  if (!isUuid(id)) return null;
  const thread = await ctx.em.findOne(MessageThread, { id, firm: staff.firm.id });
  if (!thread) return null;
  return (await threadViews(ctx.em, [thread], { kind: 'staff', staff }))[0] ?? null;
}

async function sharedMatterIds(em: Em, portalId: string): Promise<string[]> {
  const rows = await em.find(PortalMatter, { portal: portalId, matter: { archivedAt: null } }, { fields: ['matter'] });
  return rows.map((row) => row.matter.id);
}

/** The portal's threads for one of its members; the caller has checked `secureMessaging`. */
export async function memberThreads(em: Em, access: PortalAccess): Promise<MessageThreadView[]> {
  const threads = await em.find(MessageThread, { portal: access.portalId, firm: access.firmId }, { orderBy: { lastMessageAt: 'desc', id: 'desc' } });
  return threadViews(em, threads, { kind: 'member', access }, await sharedMatterIds(em, access.portalId));
}

export async function memberThread(em: Em, access: PortalAccess, id: string): Promise<MessageThreadView | null> {
  if (!isUuid(id)) return null;
  const thread = await em.findOne(MessageThread, { id, portal: access.portalId, firm: access.firmId });
  if (!thread) return null;
  return (await threadViews(em, [thread], { kind: 'member', access }, await sharedMatterIds(em, access.portalId)))[0] ?? null;
}

/** Unread messages over all the portal's threads, for the member. */
export async function memberUnreadCount(em: Em, access: PortalAccess): Promise<number> {
  const [row] = (await executeNative(
    em,
    `select count(*)::int as n from message m
     join message_thread t on t.id = m.thread_id
     left join thread_read_state r on r.thread_id = m.thread_id and r.member_id = $2
     where t.portal_id = $1 and m.author_member_id is distinct from $2 and (r.last_read_at is null or m.created_at > r.last_read_at)`,
    [access.portalId, access.member.id],
  )) as { n: number }[];
  return Number(row?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Writing.

const bodySchema = z.string().trim().max(20_000, 'Use at most 20000 characters.');
const attachmentIdsSchema = z.array(z.string()).max(MAX_ATTACHMENTS, `Send at most ${MAX_ATTACHMENTS} files with one message.`);

const startSchema = z.object({
  subject: z.string().trim().min(1, 'Write a subject.').max(200, 'Use at most 200 characters.'),
  body: bodySchema.min(1, 'Write a message.'),
  attachmentIds: attachmentIdsSchema,
});

const sendSchema = z
  .object({ body: bodySchema, attachmentIds: attachmentIdsSchema })
  .refine((value) => value.body.length > 0 || value.attachmentIds.length > 0, { message: 'Write a message or attach a file.', path: ['body'] });

export interface StartThreadInput {
  portalId: string;
  matterId?: string | null;
  subject: string;
  body: string;
  attachmentIds?: string[] | null;
}

export interface SendMessageInput {
  threadId: string;
  body: string;
  attachmentIds?: string[] | null;
}

/** Marks a reader's place in a thread (one upsert). */
async function markRead(em: Em, threadId: string, reader: Reader, at: Date): Promise<void> {
  const column = reader.kind === 'staff' ? 'staff_user_id' : 'member_id';
  const readerId = reader.kind === 'staff' ? reader.staff.id : reader.access.member.id;
  await executeNative(
    em,
    `insert into thread_read_state (id, created_at, updated_at, thread_id, ${column}, last_read_at) values ($1, now(), now(), $2, $3, $4)
     on conflict (thread_id, ${column}) do update set last_read_at = greatest(thread_read_state.last_read_at, excluded.last_read_at), updated_at = now()`,
    [randomUUID(), threadId, readerId, at],
  );
}

/** The uploads named, if they are the reader's own, in this portal, unsent, and not meant for another thread. */
async function claimAttachments(em: Em, ids: string[], portalId: string, threadId: string, reader: Reader): Promise<MessageAttachment[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const uploader = reader.kind === 'staff' ? { uploadedByStaff: reader.staff.id } : { uploadedByMember: reader.access.member.id };
  const found = unique.every(isUuid)
    ? await em.find(MessageAttachment, { id: { $in: unique }, portal: portalId, message: null, $or: [{ thread: null }, { thread: threadId }], ...uploader })
    : [];
  if (found.length !== unique.length) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'One of the files is not available any more. Upload it again.', ['attachmentIds']);
  }
  return found;
}

function authorOf(reader: Reader) {
  return reader.kind === 'staff'
    ? { authorStaff: reader.staff.id, authorMember: null, authorName: reader.staff.name, fromClient: false }
    : { authorStaff: null, authorMember: reader.access.member.id, authorName: reader.access.member.name, fromClient: true };
}

/** Writes a message (and its files), moves the thread on and marks it read by its author. */
async function writeMessage(ctx: GraphQLContext, em: Em, thread: MessageThread, reader: Reader, body: string, attachmentIds: string[]): Promise<Message> {
  const attachments = await claimAttachments(em, attachmentIds, thread.portal.id, thread.id, reader);
  const message = em.create(Message, { firm: thread.firm.id, thread, body, ...authorOf(reader) });
  for (const attachment of attachments) {
    attachment.message = em.getReference(Message, message.id, { wrapped: true });
    attachment.thread = em.getReference(MessageThread, thread.id, { wrapped: true });
  }
  thread.lastMessageAt = message.createdAt;
  if (reader.kind === 'member') {
    const access = reader.access;
    recordActivity(em, {
      firmId: access.firmId,
      action: ActivityAction.MESSAGE_SENT,
      actor: { kind: 'client', client: access.client },
      portalId: access.portalId,
      memberId: access.member.id,
      matterId: thread.matter?.id ?? null,
      summary: `${access.member.name} sent a message in “${thread.subject}”${attachments.length ? ` with ${attachments.length} file${attachments.length > 1 ? 's' : ''}` : ''}.`,
      at: ctx.clock.now(),
      ip: ctx.ip,
    });
  }
  await em.flush();
  await markRead(em, thread.id, reader, message.createdAt);
  if (reader.kind === 'staff') {
    await noticeMembersOfMessage(ctx, em, {
      firmId: thread.firm.id,
      portalId: thread.portal.id,
      threadId: thread.id,
      messageId: message.id,
      subject: thread.subject,
      staffName: reader.staff.name,
    });
  }
  return message;
}

/** Starts a conversation with a portal: staff to any portal of the firm, a member in their own portal. */
export async function startThread(ctx: GraphQLContext, reader: Reader, input: StartThreadInput): Promise<string> {
  const values = parseInput(startSchema, { ...input, attachmentIds: input.attachmentIds ?? [] });
  return ctx.em.transactional(async (em) => {
    const firmId = reader.kind === 'staff' ? reader.staff.firm.id : reader.access.firmId;
    const portal = reader.kind === 'staff' ? (isUuid(input.portalId) ? await em.findOne(Portal, { id: input.portalId, firm: firmId }) : null) : em.getReference(Portal, reader.access.portalId);
    if (!portal) throw notFound('client portal', ['portalId']);
    let matter: Matter | null = null;
    if (input.matterId) {
      const shared = isUuid(input.matterId) ? await em.findOne(PortalMatter, { portal: portal.id, matter: { id: input.matterId, archivedAt: null } }, { populate: ['matter'] }) : null;
      if (!shared) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'Choose a matter shared with this portal.', ['matterId']);
      matter = shared.matter.getEntity();
    }
    const thread = em.create(MessageThread, {
      firm: firmId,
      portal,
      matter,
      subject: values.subject,
      createdByStaff: reader.kind === 'staff' ? reader.staff.id : null,
      createdByMember: reader.kind === 'member' ? reader.access.member.id : null,
      lastMessageAt: new Date(),
    });
    await writeMessage(ctx, em, thread, reader, values.body, values.attachmentIds);
    return thread.id;
  });
}

/** Replies in a thread the reader may reach (the caller has found it). */
export async function sendMessage(ctx: GraphQLContext, reader: Reader, input: SendMessageInput): Promise<{ threadId: string; messageId: string }> {
  return ctx.em.transactional(async (em) => {
    const thread = await threadForWriting(em, reader, input.threadId);
    const values = parseInput(sendSchema, { body: input.body, attachmentIds: input.attachmentIds ?? [] });
    const message = await writeMessage(ctx, em, thread, reader, values.body, values.attachmentIds);
    return { threadId: thread.id, messageId: message.id };
  });
}

export async function markThreadRead(ctx: GraphQLContext, reader: Reader, threadId: string): Promise<string> {
  const thread = await threadForWriting(ctx.em, reader, threadId);
  await markRead(ctx.em, thread.id, reader, thread.lastMessageAt);
  return thread.id;
}

/** A thread of the staff member's firm, or of the member's portal; NOT_FOUND otherwise. */
export async function threadForWriting(em: Em, reader: Reader, threadId: string): Promise<MessageThread> {
  const where = reader.kind === 'staff' ? { firm: reader.staff.firm.id } : { firm: reader.access.firmId, portal: reader.access.portalId };
  const thread = isUuid(threadId) ? await em.findOne(MessageThread, { id: threadId, ...where }) : null;
  if (!thread) throw notFound('conversation', ['threadId']);
  return thread;
}

/** Removes uploads of the firm that were never sent and are over a day old, files and rows. */
export async function removeStaleUploads(em: Em, storage: FileStorage, firmId: string, now: Date): Promise<void> {
  const stale = await em.find(MessageAttachment, { firm: firmId, message: null, createdAt: { $lt: new Date(now.getTime() - STALE_UPLOAD_MS) } }, { limit: 50 });
  if (stale.length === 0) return;
  await em.nativeDelete(MessageAttachment, { id: { $in: stale.map((a) => a.id) } });
  await Promise.all(stale.map((a) => storage.remove(a.storageKey).catch(() => undefined)));
}
