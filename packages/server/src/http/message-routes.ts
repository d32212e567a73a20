import type { Express, Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { GraphQLContext } from '../graphql/context.js';
import { isUuid } from '../graphql/ids.js';
import { MessageAttachment, MessageThread } from '../modules/messages/message.entity.js';
import { removeStaleUploads } from '../modules/messages/message.service.js';
import { portalSettingsOf } from '../modules/portal-settings/portal-settings.service.js';
import { Portal } from '../modules/portals/portal.entity.js';
import { findPortalAccess, type PortalAccess } from '../modules/portals/portal-access.js';
import { FileNotStoredError } from '../storage/file-storage.js';
import { UploadRefusedError, receiveUpload, type UploadProblem } from '../storage/receive-upload.js';
import { buildRequestContext, type RequestDependencies } from './request-session.js';

const UPLOAD_STATUS: Record<UploadProblem, number> = { NO_NAME: 400, EMPTY: 400, TYPE_NOT_ALLOWED: 415, TOO_LARGE: 413 };

function sendError(res: Response, status: number, code: string, message: string): void {
  // The body of a refused upload may still be arriving; closing the connection stops it.
  if (status >= 400) res.set('Connection', 'close');
  res.status(status).set('Cache-Control', 'no-store').json({ error: { code, message } });
}

const notFound = (res: Response) => sendError(res, 404, 'NOT_FOUND', 'There is nothing here, or you do not have access to it.');

/** Where an upload goes and who makes it, once access has been checked. */
interface UploadTarget {
  firmId: string;
  portalId: string;
  threadId: string | null;
  uploader: { staffId: string } | { memberId: string };
}

/** A portal member's access when it allows secure messages; null otherwise (answered as not found). */
async function messagingAccess(ctx: GraphQLContext, portalId: string): Promise<PortalAccess | null> {
  const access = await findPortalAccess(ctx, portalId);
  return access?.permissions.secureMessaging ? access : null;
}

async function receive(req: Request, res: Response, ctx: GraphQLContext, target: UploadTarget): Promise<void> {
  let fileName: string;
  try {
    fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', 'The file name is not properly encoded.');
  }
  const settings = await portalSettingsOf(ctx.em, target.firmId);
  const declared = Number(req.headers['content-length']);
  try {
    const stored = await receiveUpload(
      ctx.storage,
      req,
      { fileName, contentType: req.headers['content-type'] ?? null, declaredSize: Number.isFinite(declared) ? declared : null },
      { maxBytes: settings.uploadMaxMegabytes * 1024 * 1024, allowedTypes: settings.allowedFileTypes },
      `firms/${target.firmId}/messages`,
    );
    const attachment = ctx.em.create(MessageAttachment, {
      firm: target.firmId,
      portal: target.portalId,
      thread: target.threadId,
      uploadedByStaff: 'staffId' in target.uploader ? target.uploader.staffId : null,
      uploadedByMember: 'memberId' in target.uploader ? target.uploader.memberId : null,
      storageKey: stored.key,
      fileName: stored.fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      await ctx.storage.remove(stored.key).catch(() => undefined);
      throw error;
    }
    res.status(201).set('Cache-Control', 'no-store').json({ attachment: { id: attachment.id, fileName: attachment.fileName, contentType: attachment.contentType, size: attachment.size } });
    // Housekeeping after answering: uploads never sent with a message go after a day.
    await removeStaleUploads(ctx.em.fork(), ctx.storage, target.firmId, new Date()).catch((error: unknown) => ctx.logger.warn({ err: error }, 'could not remove stale message uploads'));
  } catch (error) {
    if (error instanceof UploadRefusedError) return sendError(res, UPLOAD_STATUS[error.problem], error.problem, error.message);
    ctx.logger.error({ err: error }, 'message attachment upload failed');
    if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'The file could not be stored. Please try again.');
  }
}

async function download(res: Response, ctx: GraphQLContext, attachment: MessageAttachment): Promise<void> {
  let stream;
  try {
    stream = await ctx.storage.open(attachment.storageKey);
  } catch (error) {
    if (error instanceof FileNotStoredError) return notFound(res);
    throw error;
  }
  const ascii = attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  res.status(200).set({
    'Content-Type': attachment.contentType,
    'Content-Length': String(attachment.size),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  await pipeline(stream, res).catch((error: unknown) => ctx.logger.warn({ err: error }, 'attachment download interrupted'));
}

/** Rejects uploads without the header a cross-site form cannot send. */
function fromTheApp(req: Request, res: Response): boolean {
  if (req.headers['x-atrium-upload'] === '1') return true;
  sendError(res, 400, 'BAD_REQUEST', 'Uploads must come from the Atrium apps.');
  return false;
}

/**
 * Files sent with secure messages: uploaded (streamed into storage) before the message that
 * carries them is sent, and downloaded by staff of the firm or members of the thread's portal
 * who may use secure messages.
 */
export function mountMessageRoutes(app: Express, deps: RequestDependencies): void {
  const staffContext = async (req: Request, res: Response) => {
    const ctx = await buildRequestContext(req, res, deps);
    if (!ctx.staff) sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to do this.');
    return ctx.staff ? { ctx, staff: ctx.staff } : null;
  };
  const clientContext = async (req: Request, res: Response) => {
    const ctx = await buildRequestContext(req, res, deps, { portalSlug: String(req.params.slug).toLowerCase() });
    if (!ctx.client) sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to do this.');
    return ctx.client ? ctx : null;
  };

  app.post('/files/threads/:threadId/attachments', async (req, res) => {
    if (!fromTheApp(req, res)) return;
    const signedIn = await staffContext(req, res);
    if (!signedIn) return;
    const { ctx, staff } = signedIn;
    const threadId = String(req.params.threadId);
    const thread = isUuid(threadId) ? await ctx.em.findOne(MessageThread, { id: threadId, firm: staff.firm.id }) : null;
    if (!thread) return notFound(res);
    await receive(req, res, ctx, { firmId: staff.firm.id, portalId: thread.portal.id, threadId: thread.id, uploader: { staffId: staff.id } });
  });

  app.post('/files/portals/:portalId/attachments', async (req, res) => {
    if (!fromTheApp(req, res)) return;
    const signedIn = await staffContext(req, res);
    if (!signedIn) return;
    const { ctx, staff } = signedIn;
    const portalId = String(req.params.portalId);
    const portal = isUuid(portalId) ? await ctx.em.findOne(Portal, { id: portalId, firm: staff.firm.id }) : null;
    if (!portal) return notFound(res);
    await receive(req, res, ctx, { firmId: staff.firm.id, portalId: portal.id, threadId: null, uploader: { staffId: staff.id } });
  });

  app.post('/p/:slug/files/threads/:threadId/attachments', async (req, res) => {
    if (!fromTheApp(req, res)) return;
    const ctx = await clientContext(req, res);
    if (!ctx) return;
    const threadId = String(req.params.threadId);
    const thread = isUuid(threadId) ? await ctx.em.findOne(MessageThread, { id: threadId }) : null;
    const access = thread ? await messagingAccess(ctx, thread.portal.id) : null;
    if (!thread || !access) return notFound(res);
    if (access.readOnly) return sendError(res, 403, 'READ_ONLY', 'You are viewing the portal as this member; nothing can be changed.');
    await receive(req, res, ctx, { firmId: access.firmId, portalId: access.portalId, threadId: thread.id, uploader: { memberId: access.member.id } });
  });

  app.post('/p/:slug/files/portals/:portalId/attachments', async (req, res) => {
    if (!fromTheApp(req, res)) return;
    const ctx = await clientContext(req, res);
    if (!ctx) return;
    const access = await messagingAccess(ctx, String(req.params.portalId));
    if (!access) return notFound(res);
    if (access.readOnly) return sendError(res, 403, 'READ_ONLY', 'You are viewing the portal as this member; nothing can be changed.');
    await receive(req, res, ctx, { firmId: access.firmId, portalId: access.portalId, threadId: null, uploader: { memberId: access.member.id } });
  });

  app.get('/files/attachments/:id', async (req, res) => {
    const signedIn = await staffContext(req, res);
    if (!signedIn) return;
    const { ctx, staff } = signedIn;
    const id = String(req.params.id);
    const attachment = isUuid(id) ? await ctx.em.findOne(MessageAttachment, { id, firm: staff.firm.id }) : null;
    // An upload not yet sent is its uploader's alone.
    if (!attachment || (!attachment.message && attachment.uploadedByStaff?.id !== staff.id)) return notFound(res);
    await download(res, ctx, attachment);
  });

  app.get('/p/:slug/files/attachments/:id', async (req, res) => {
    const ctx = await clientContext(req, res);
    if (!ctx) return;
    const id = String(req.params.id);
    const attachment = isUuid(id) ? await ctx.em.findOne(MessageAttachment, { id }) : null;
    const access = attachment ? await messagingAccess(ctx, attachment.portal.id) : null;
    if (!attachment || !access || (!attachment.message && attachment.uploadedByMember?.id !== access.member.id)) return notFound(res);
    await download(res, ctx, attachment);
  });
}
