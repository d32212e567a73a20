import { createHash, randomBytes } from 'node:crypto';
import type { Em } from '../../db/orm.js';
import { asDate, splitRow, type Row } from '../../db/raw-rows.js';
import { queryPrepared } from '../../db/prepared.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
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

/** What a live session stands for: its row's facts, and the user it signs in. */
interface SessionFacts {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  /** Read-only viewing sessions keep their short, fixed lifetime. */
  fixedLifetime: boolean;
}

// The user's columns under their own names (for `em.map`), the session's and the firm's under
// names starting with `__`. The password hash is left out, as a plain load leaves it out.
const STAFF_SESSION_SQL = `
select u.id, u.created_at, u.updated_at, u.firm_id, u.name, u.email, u.role, u.can_invite_clients,
       u.can_share_items, u.deactivated_at, u.last_sign_in_at,
       s.id as "__id", s.expires_at as "__expires_at", s.last_seen_at as "__last_seen_at"
  from auth_session s join staff_user u on u.id = s.staff_user_id
 where s.token_hash = ? and s.audience = 'staff'`;

const CLIENT_SESSION_SQL = `
select u.id, u.created_at, u.updated_at, u.firm_id, u.name, u.email, u.disabled_at, u.last_sign_in_at,
       s.id as "__id", s.expires_at as "__expires_at", s.last_seen_at as "__last_seen_at",
       s.viewing_staff_id as "__viewing_staff_id", s.viewing_member_id as "__viewing_member_id",
       f.slug as "__slug", coalesce(ps.enabled, false) as "__portal_enabled",
       (select coalesce(json_agg(json_build_object('member', to_jsonb(m), 'portal_name', c.display_name) order by c.sort_name, p.id), '[]')
          from portal_member m join portal p on p.id = m.portal_id join contact c on c.id = p.contact_id
         where m.firm_id = s.firm_id
           and case when s.viewing_member_id is not null then m.id = s.viewing_member_id
                    else m.client_user_id = u.id and m.status = 'ACTIVE' end) as "__memberships"
  from auth_session s
  join client_user u on u.id = s.client_user_id
  join firm f on f.id = s.firm_id
  left join portal_settings ps on ps.firm_id = s.firm_id
 where s.token_hash = ? and s.audience = 'client'`;

/**
 * Whether the session is still alive at `now`: an expired one is removed; a live one has its
 * last-seen time (and idle expiry) moved on, at most every few minutes to keep reads cheap.
 */
async function keepAlive(em: Em, session: SessionFacts, now: Date): Promise<boolean> {
  if (session.expiresAt <= now) {
    await em.nativeDelete(AuthSession, { id: session.id });
    return false;
  }
  if (!session.fixedLifetime && now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(AuthSession, { id: session.id }, { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000) });
  }
  return true;
}

function factsOf(facts: Row, fixedLifetime: boolean): SessionFacts {
  return { id: String(facts.id), expiresAt: asDate(facts.expires_at), lastSeenAt: asDate(facts.last_seen_at), fixedLifetime };
}

/** The active staff member a live staff session signs in, read in one statement; null for anything else. */
export async function findStaffBySession(em: Em, token: string, now: Date): Promise<StaffUser | null> {
  const [row] = await queryPrepared<Row>(em, STAFF_SESSION_SQL, [hashToken(token)]);
  if (!row) return null;
  const { own: user, extra: facts } = splitRow(row);
  if (!(await keepAlive(em, factsOf(facts, false), now))) return null;
  const staff = em.map(StaffUser, user);
  return staff.deactivatedAt === null ? staff : null;
}

/** Who a client session speaks for, when it may act now. */
export interface ClientAccess {
  client: ClientUser;
  /** Set while a staff member views the portal as one member (read-only). */
  viewingAs: { memberId: string; staff: StaffUser } | null;
  /**
   * The memberships the session reaches, as rows read with it (by portal name): the client's
   * active ones, or, while staff view the portal, the viewed member's alone.
   */
  memberships: MembershipRow[];
}

/** A `portal_member` row (by column name, timestamps as read from JSON) and its portal's name. */
export interface MembershipRow {
  member: Row;
  portal_name: string;
}

/**
 * Whether a client session may act now, read in one statement: at its own firm's address only,
 * with the firm's portal on, the account not disabled, and at least one active membership. A
 * staff member's read-only view needs the staff member to be active still.
 */
export async function findClientBySession(em: Em, token: string, portalSlug: string, now: Date): Promise<ClientAccess | null> {
  const [row] = await queryPrepared<Row>(em, CLIENT_SESSION_SQL, [hashToken(token)]);
  if (!row) return null;
  const { own: user, extra: facts } = splitRow(row);
  const viewingStaffId = facts.viewing_staff_id as string | null;
  const viewingMemberId = facts.viewing_member_id as string | null;
  const viewing = viewingStaffId !== null && viewingMemberId !== null;
  if (!(await keepAlive(em, factsOf(facts, viewing), now))) return null;
  if (facts.slug !== portalSlug || facts.portal_enabled !== true || user.disabled_at !== null) return null;
  const client = em.map(ClientUser, user);
  const memberships = facts.memberships as MembershipRow[];
  if (viewing) {
    const staff = await em.findOne(StaffUser, { id: viewingStaffId });
    if (!staff || staff.deactivatedAt !== null) return null;
    return { client, viewingAs: { memberId: viewingMemberId, staff }, memberships };
  }
  return memberships.length > 0 ? { client, viewingAs: null, memberships } : null;
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
