import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database } from '../db/orm.js';
import type { Clock, CookieWriter, GraphQLContext } from '../graphql/context.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { SESSION_COOKIE, findClientBySession, findStaffBySession } from '../modules/auth/session.service.js';
import type { FileStorage } from '../storage/file-storage.js';

/** What a request needs to know who is asking: the same for the GraphQL API and plain HTTP routes. */
export interface RequestDependencies {
  config: AppConfig;
  orm: Database;
  logger: Logger;
  jobs: JobQueue;
  secrets: SecretBox;
  storage: FileStorage;
  clock: Clock;
}

function cookieWriter(res: Response, secure: boolean): CookieWriter {
  const append = (value: string) => res.append('Set-Cookie', value);
  return {
    set: (name, value, maxAgeSeconds) =>
      append(serializeCookie(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds })),
    clear: (name) => append(serializeCookie(name, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 })),
  };
}

/**
 * The request's context, with the staff member and the client its session cookies speak for:
 * GraphQL resolvers and the file and print routes check access through the same object.
 */
export async function buildRequestContext(req: Request, res: Response, deps: RequestDependencies, options: { portalSlug?: string | null } = {}): Promise<GraphQLContext> {
  const cookies = parseCookies(req.headers.cookie ?? '');
  // The client app names its firm in a header; a page of the portal names it in its address, and a
  // staff route (null) names none.
  const portalHeader = options.portalSlug !== undefined ? options.portalSlug : req.headers['x-atrium-firm'];
  const ctx: GraphQLContext = {
    em: deps.orm.em.fork(),
    clock: deps.clock,
    config: deps.config,
    logger: deps.logger,
    jobs: deps.jobs,
    secrets: deps.secrets,
    storage: deps.storage,
    ip: req.ip ?? 'unknown',
    userAgent: req.headers['user-agent'] ?? null,
    cookies: cookieWriter(res, deps.config.secureCookies),
    tokens: { staff: cookies[SESSION_COOKIE.staff] ?? null, client: cookies[SESSION_COOKIE.client] ?? null },
    portalSlug: typeof portalHeader === 'string' && portalHeader ? portalHeader.toLowerCase() : null,
    staff: null,
    client: null,
    viewingAs: null,
    clientMemberships: [],
  };
  const now = deps.clock.now();
  if (ctx.tokens.staff) ctx.staff = await findStaffBySession(ctx.em, ctx.tokens.staff, now);
  // A client session counts only at its own firm's address, so one firm's login never opens another's.
  if (ctx.tokens.client && ctx.portalSlug) {
    const access = await findClientBySession(ctx.em, ctx.tokens.client, ctx.portalSlug, now);
    if (access) {
      ctx.client = access.client;
      ctx.viewingAs = access.viewingAs;
      ctx.clientMemberships = access.memberships;
    }
  }
  return ctx;
}
