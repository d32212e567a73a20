import { randomUUID } from 'node:crypto';
import { commitWithoutFlush } from '../../db/native-sql.js';
import { queryPrepared } from '../../db/prepared.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserErrorCode, UserFacingError } from '../../graphql/user-error.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { portalOffError } from '../portal-settings/portal-settings.service.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { SessionAudience } from './auth-session.entity.js';
import { verifyAgainstNothing, verifyPassword } from './password.js';
import { SESSION_COOKIE, SESSION_IDLE_SECONDS, endSession, newSessionToken, startSession } from './session.service.js';
import { PER_ACCOUNT, PER_ADDRESS, clearFailures, lockedFor, recordFailure, type ThrottleKey } from './throttle.service.js';

const WRONG_CREDENTIALS = 'That email and password do not match an account.';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function throttleOrFail(ctx: GraphQLContext, keys: ThrottleKey[]): Promise<void> {
  const seconds = await lockedFor(ctx.em, keys, ctx.clock.now());
  if (seconds > 0) throw tooManyAttempts(seconds);
}

function tooManyAttempts(seconds: number): UserFacingError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return UserFacingError.of(UserErrorCode.TOO_MANY_ATTEMPTS, `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

async function failSignIn(ctx: GraphQLContext, keys: ThrottleKey[]): Promise<never> {
  await recordFailure(ctx.em, keys, ctx.clock.now());
  throw UserFacingError.of(UserErrorCode.INVALID_CREDENTIALS, WRONG_CREDENTIALS);
}

/** Staff sign-in: one generic failure for an unknown email, a wrong password or a deactivated account. */
export async function signInStaff(ctx: GraphQLContext, emailInput: string, password: string): Promise<StaffUser> {
  const email = normalizeEmail(emailInput);
  const keys: ThrottleKey[] = [
    { key: `staff:${email}`, rule: PER_ACCOUNT },
    { key: `addr:${ctx.ip}`, rule: PER_ADDRESS },
  ];
  await throttleOrFail(ctx, keys);
  const staff = await ctx.em.findOne(StaffUser, { email }, { populate: ['passwordHash', 'firm'] });
  const valid = staff && staff.deactivatedAt === null
    ? await verifyPassword(staff.passwordHash, password)
    : await verifyAgainstNothing(password);
  if (!staff || !valid) return failSignIn(ctx, keys);
  await clearFailures(ctx.em, `staff:${email}`);
  const now = ctx.clock.now();
  staff.lastSignInAt = now;
  const token = startSession(ctx.em, {
    audience: SessionAudience.STAFF,
    firmId: staff.firm.id,
    staffUserId: staff.id,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    now,
  });
  await ctx.em.flush();
  ctx.cookies.set(SESSION_COOKIE[SessionAudience.STAFF], token, SESSION_IDLE_SECONDS);
  ctx.staff = staff;
  return staff;
}

/** Client sign-in at one firm's address; an account at another firm does not exist here. */
interface ClientSignInRow {
  firm_id: string;
  portal_enabled: boolean;
  client_id: string | null;
  password_hash: string | null;
  disabled_at: Date | null;
  active_memberships: number;
  locked_seconds: number;
  has_failures: boolean;
}

/**
 * Client sign-in at one firm's address; an account at another firm does not exist here. It is on
 * the hot path of every client's day, so it costs two statements besides the password check: one
 * read of everything it needs to decide, and one write of the session, made during the check.
 */
export async function signInClient(ctx: GraphQLContext, firmSlug: string, emailInput: string, password: string): Promise<ClientUser> {
  const email = normalizeEmail(emailInput);
  const now = ctx.clock.now();
  const addressKey = `addr:${ctx.ip}`;
  const [row] = await queryPrepared<ClientSignInRow>(
    ctx.em,
    `select f.id as firm_id, coalesce(s.enabled, false) as portal_enabled,
            c.id as client_id, c.password_hash, c.disabled_at,
            (select count(*)::int from portal_member m where m.client_user_id = c.id and m.status = 'ACTIVE') as active_memberships,
            coalesce((select ceil(extract(epoch from max(t.locked_until) - ?::timestamptz))::int from sign_in_throttle t
                       where t.key in ('client:' || f.id || ':' || ?, ?) and t.locked_until > ?), 0) as locked_seconds,
            exists (select 1 from sign_in_throttle t where t.key = 'client:' || f.id || ':' || ?) as has_failures
       from firm f
       left join portal_settings s on s.firm_id = f.id
       left join client_user c on c.firm_id = f.id and c.email = ?
      where f.slug = ?`,
    [now, email, addressKey, now, email, email, firmSlug.trim().toLowerCase()],
  );
  if (!row) throw UserFacingError.of(UserErrorCode.NOT_FOUND, 'There is no firm at this address.', ['firmSlug']);
  const keys: ThrottleKey[] = [
    { key: `client:${row.firm_id}:${email}`, rule: PER_ACCOUNT },
    { key: addressKey, rule: PER_ADDRESS },
  ];
  if (row.locked_seconds > 0) throw tooManyAttempts(row.locked_seconds);
  // I11: an account whose every membership is disabled or removed is refused like a wrong password.
  const mayEnter = row.client_id !== null && row.password_hash !== null && row.disabled_at === null && row.active_memberships > 0;
  const clientId = row.client_id;
  // The session is written while the password is checked, in a transaction that commits only once
  // the check has passed: nothing of it is visible before, and a wrong password rolls it back. So
  // the check's time is the only wait besides the read and the commit. Every refusal takes the same
  // course (a transaction open while a hash runs, then ended), so that the time a refusal takes
  // does not tell which emails have an account.
  const checking = mayEnter ? verifyPassword(row.password_hash!, password) : verifyAgainstNothing(password);
  const { token, tokenHash } = newSessionToken();
  let client: Record<string, unknown>;
  try {
    client = await ctx.em.transactional(async (tx) => {
      // The commit is the one step left after the check, and on a virtual disk its log flush costs
      // most of it. A crash right after could lose this session (its holder signs in again), the
      // sign-in time and a cleared failure count, and nothing else.
      const writing =
        mayEnter && clientId && row.portal_enabled
          ? commitWithoutFlush(tx).then(() => tx.execute<Record<string, unknown>[]>(
              `with cleared as (delete from sign_in_throttle where ?::boolean and key = ?),
                    session as (insert into auth_session (id, token_hash, audience, firm_id, client_user_id, created_at, last_seen_at, expires_at, ip_address, user_agent)
                                values (?, ?, 'client', ?, ?, ?, ?, ?, ?, ?))
               update client_user set last_sign_in_at = ? where id = ? returning *`,
              [
                row.has_failures, keys[0]!.key,
                randomUUID(), tokenHash, row.firm_id, clientId, now, now, new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000), ctx.ip.slice(0, 64), ctx.userAgent?.slice(0, 300) ?? null,
                now, clientId,
              ],
            ))
          : Promise.resolve([]);
      const [written, valid] = await Promise.all([writing, checking]);
      if (!valid || !written[0]) {
        // P1: with the firm's portal off nobody signs in; only the right password learns why.
        if (valid && !row.portal_enabled) throw portalOffError();
        throw new WrongPassword();
      }
      return written[0];
    });
  } catch (error) {
    if (error instanceof WrongPassword) return failSignIn(ctx, keys);
    throw error;
  }
  ctx.cookies.set(SESSION_COOKIE[SessionAudience.CLIENT], token, SESSION_IDLE_SECONDS);
  const signedIn = ctx.em.map(ClientUser, client);
  ctx.client = signedIn;
  return signedIn;
}

/** Rolls back a sign-in's transaction when the account or the password is wrong. */
class WrongPassword extends Error {}

export async function signOut(ctx: GraphQLContext, audience: SessionAudience): Promise<void> {
  const token = audience === SessionAudience.STAFF ? ctx.tokens.staff : ctx.tokens.client;
  if (token) await endSession(ctx.em, token);
  ctx.cookies.clear(SESSION_COOKIE[audience]);
  if (audience === SessionAudience.STAFF) ctx.staff = null;
  else ctx.client = null;
}
