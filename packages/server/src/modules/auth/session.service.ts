import { createHash, randomBytes } from 'node:crypto';
import type { Em } from '../../db/orm.js';
import { AuthSession, SessionAudience } from './auth-session.entity.js';

export const SESSION_COOKIE = { [SessionAudience.STAFF]: 'atrium_staff', [SessionAudience.CLIENT]: 'atrium_client' } as const;
/** A session ends after this long without use. */
export const SESSION_IDLE_SECONDS = 14 * 24 * 60 * 60;
/** Last-seen times are written at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  audience: SessionAudience;
  firmId: string;
  staffUserId?: string;
  clientUserId?: string;
  viewing?: { staffUserId: string; memberId: string };
  /** Defaults to the idle timeout. */
  lifetimeSeconds?: number;
  ip: string;
  userAgent: string | null;
  now: Date;
}

/** A new session token (for the cookie) and its hash (for the table). */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export function startSession(em: Em, session: NewSession): string {
  const { token, tokenHash } = newSessionToken();
  em.create(AuthSession, {
    tokenHash,
    audience: session.audience,
    firm: session.firmId,
    staffUser: session.staffUserId ?? null,
    clientUser: session.clientUserId ?? null,
    viewingStaff: session.viewing?.staffUserId ?? null,
    viewingMember: session.viewing?.memberId ?? null,
    createdAt: session.now,
    lastSeenAt: session.now,
    expiresAt: new Date(session.now.getTime() + (session.lifetimeSeconds ?? SESSION_IDLE_SECONDS) * 1000),
    ipAddress: session.ip.slice(0, 64),
    userAgent: session.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** The live session a token belongs to, with its user loaded; expired sessions are removed. */
export async function findSession(em: Em, token: string, audience: SessionAudience, now: Date): Promise<AuthSession | null> {
  const session = await em.findOne(
    AuthSession,
    { tokenHash: hashToken(token), audience },
    // A staff session needs its staff member; a client session its client (and, while staff view
    // the portal, the staff member viewing): nothing more is read on every request.
    { populate: audience === SessionAudience.STAFF ? ['staffUser', 'firm'] : ['clientUser', 'firm', 'viewingStaff'] },
  );
  if (!session) return null;
  if (session.expiresAt <= now) {
    await em.nativeDelete(AuthSession, { id: session.id });
    return null;
  }
  // Read-only viewing sessions keep their short, fixed lifetime.
  if (!session.viewingStaff && now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(
      AuthSession,
      { id: session.id },
      { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000) },
    );
  }
  return session;
}

export async function endSession(em: Em, token: string): Promise<void> {
  await em.nativeDelete(AuthSession, { tokenHash: hashToken(token) });
}

/** Ends every session of a user at once (deactivation, sign out everywhere). */
export async function endAllSessions(em: Em, user: { staffUserId?: string; clientUserId?: string }): Promise<number> {
  if (user.staffUserId) return em.nativeDelete(AuthSession, { staffUser: user.staffUserId });
  if (user.clientUserId) return em.nativeDelete(AuthSession, { clientUser: user.clientUserId });
  return 0;
}

/** Ends every client session of a firm (the firm turned its portal off). */
export async function endClientSessionsOfFirm(em: Em, firmId: string): Promise<number> {
  return em.nativeDelete(AuthSession, { firm: firmId, audience: SessionAudience.CLIENT });
}
