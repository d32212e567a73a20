import { pipeline } from 'node:stream/promises';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLContext } from '../graphql/context.js';
import { UserErrorCode, UserFacingError } from '../graphql/user-error.js';
import { downloadForClient, downloadForStaff, type Download } from '../modules/documents/document-download.service.js';
import { uploadAsClient, uploadAsStaff, type IncomingFile, type UploadedDocument } from '../modules/documents/document-upload.service.js';
import { findPortalAccess } from '../modules/portals/portal-access.js';
import { FileNotStoredError } from '../storage/file-storage.js';
import { UploadRefusedError, type UploadProblem } from '../storage/receive-upload.js';

/** Builds the same per-request context GraphQL gets; `portalSlug` names the firm of a client request. */
export type RequestContextBuilder = (req: Request, res: Response, portalSlug: string | null) => Promise<GraphQLContext>;

/** A failure the file routes answer with, as JSON `{ error: { code, message } }`. */
class FileRouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileRouteError';
  }
}

const NOT_FOUND_MESSAGE = 'There is no such file, or you cannot see it.';
const notFound = () => new FileRouteError(404, 'NOT_FOUND', NOT_FOUND_MESSAGE);

const PROBLEM_STATUS: Record<UploadProblem, number> = { TOO_LARGE: 413, TYPE_NOT_ALLOWED: 415, EMPTY: 400, NO_NAME: 400 };

const USER_ERROR_STATUS: Partial<Record<UserErrorCode, number>> = {
  [UserErrorCode.NOT_FOUND]: 404,
  [UserErrorCode.NOT_ALLOWED]: 403,
  [UserErrorCode.READ_ONLY]: 403,
  [UserErrorCode.INVALID_INPUT]: 400,
};

function sendError(res: Response, req: Request, error: unknown, ctx: GraphQLContext | null): void {
  let status = 500;
  let code = 'INTERNAL';
  let message = 'Something went wrong on our side. Please try again.';
  if (error instanceof FileRouteError) {
    ({ status, code, message } = error);
  } else if (error instanceof UploadRefusedError) {
    status = PROBLEM_STATUS[error.problem];
    code = error.problem;
    message = error.message;
  } else if (error instanceof UserFacingError && error.errors[0]) {
    const first = error.errors[0];
    status = USER_ERROR_STATUS[first.code] ?? 400;
    code = first.code;
    message = status === 404 ? NOT_FOUND_MESSAGE : first.message;
  } else {
    ctx?.logger.error({ err: error, path: req.path }, 'unexpected error in a file route');
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // A refused upload is not read further: the connection closes once the answer is sent.
  if (!req.complete) res.set('Connection', 'close');
  res.status(status).json({ error: { code, message } });
}

type Handler = (req: Request, res: Response, ctx: GraphQLContext) => Promise<void>;

function route(build: RequestContextBuilder, slugOf: (req: Request) => string | null, handler: Handler) {
  return async (req: Request, res: Response, _next: NextFunction) => {
    let ctx: GraphQLContext | null = null;
    try {
      ctx = await build(req, res, slugOf(req));
      await handler(req, res, ctx);
    } catch (error) {
      sendError(res, req, error, ctx);
    }
  };
}

/** Cross-site forms cannot set custom headers: requiring one keeps uploads to our own apps. */
function requireUploadHeader(req: Request): void {
  if (req.headers['x-atrium-upload'] !== '1') throw new FileRouteError(400, 'BAD_REQUEST', 'Uploads must carry the x-atrium-upload: 1 header.');
}

function incomingFile(req: Request): IncomingFile {
  const header = req.headers['x-file-name'];
  let fileName: string;
  try {
    fileName = typeof header === 'string' ? decodeURIComponent(header) : '';
  } catch {
    throw new FileRouteError(400, 'INVALID_INPUT', 'The x-file-name header must be URI-encoded.');
  }
  const length = Number(req.headers['content-length']);
  return {
    body: req,
    fileName,
    contentType: req.headers['content-type']?.split(';')[0]?.trim() ?? null,
    declaredSize: Number.isSafeInteger(length) && length >= 0 ? length : null,
  };
}

function queryText(req: Request, name: string): string | null {
  const value = req.query[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function answerUpload(res: Response, uploaded: UploadedDocument): void {
  res.status(201).json({ document: { id: uploaded.document.id, name: uploaded.document.name, version: uploaded.version.number } });
}

/** Content-Disposition with an ASCII fallback and the exact name in RFC 5987 form. */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

async function sendDownload(res: Response, ctx: GraphQLContext, download: Download | null): Promise<void> {
  if (!download) throw notFound();
  let body;
  try {
    body = await ctx.storage.open(download.version.storageKey);
  } catch (error) {
    if (error instanceof FileNotStoredError) {
      ctx.logger.error({ key: error.key }, 'a document version has no stored file');
      throw notFound();
    }
    throw error;
  }
  res.status(200).set({
    'Content-Type': download.version.contentType,
    'Content-Length': String(download.version.sizeBytes),
    'Content-Disposition': attachmentHeader(download.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  if (res.req.method === 'HEAD') {
    body.destroy();
    res.end();
    return;
  }
  await pipeline(body, res);
}

/**
 * Uploads and downloads of documents, outside GraphQL so that files stream: staff under
 * /files, clients under their firm's address /p/{slug}/files. Answers are JSON errors with no
 * detail beyond the message; anything a caller may not see answers 404 like the unknown.
 */
export function fileRoutes(build: RequestContextBuilder): express.Router {
  const router = express.Router();
  const staffRoute = (handler: Handler) => route(build, () => null, handler);
  const clientRoute = (handler: Handler) => route(build, (req) => String(req.params.slug).toLowerCase(), handler);

  router.post(
    '/files/matters/:matterId/documents',
    staffRoute(async (req, res, ctx) => {
      requireUploadHeader(req);
      if (!ctx.staff) throw new FileRouteError(403, 'UNAUTHENTICATED', 'Sign in to upload files.');
      const uploaded = await uploadAsStaff(
        ctx,
        ctx.staff,
        { matterId: String(req.params.matterId), folderId: queryText(req, 'folderId'), documentId: queryText(req, 'documentId'), share: queryText(req, 'share') === 'true' },
        incomingFile(req),
      );
      answerUpload(res, uploaded);
    }),
  );

  router.get(
    '/files/documents/:documentId',
    staffRoute(async (req, res, ctx) => {
      if (!ctx.staff) throw notFound();
      const versionText = queryText(req, 'version');
      const version = versionText === null ? null : Number(versionText);
      if (version !== null && (!Number.isSafeInteger(version) || version < 1)) throw notFound();
      await sendDownload(res, ctx, await downloadForStaff(ctx, ctx.staff, String(req.params.documentId), version));
    }),
  );

  router.post(
    '/p/:slug/files/portals/:portalId/documents',
    clientRoute(async (req, res, ctx) => {
      requireUploadHeader(req);
      if (!ctx.client) throw new FileRouteError(403, 'UNAUTHENTICATED', 'Sign in to upload files.');
      const access = await findPortalAccess(ctx, String(req.params.portalId));
      if (!access) throw notFound();
      answerUpload(res, await uploadAsClient(ctx, access, queryText(req, 'matterId') ?? '', incomingFile(req)));
    }),
  );

  router.get(
    '/p/:slug/files/documents/:documentId',
    clientRoute(async (req, res, ctx) => {
      if (!ctx.client) throw notFound();
      await sendDownload(res, ctx, await downloadForClient(ctx, String(req.params.documentId), { record: req.method === 'GET' }));
    }),
  );

  return router;
}
