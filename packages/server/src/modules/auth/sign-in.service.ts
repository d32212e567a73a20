import type { GraphQLContext } from '../../graphql/context.js';
import { UserErrorCode, UserFacingError } from '../../graphql/user-error.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { portalOffError, portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import { MemberStatus, PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { SessionAudience } from './auth-session.entity.js';
import { verifyAgainstNothing, verifyPassword } from './password.js';
import { SESSION_COOKIE, SESSION_IDLE_SECONDS, endSession, startSession } from './session.service.js';
import { PER_ACCOUNT, PER_ADDRESS, clearFailures, lockedFor, recordFailure, type ThrottleKey } from './throttle.service.js';

const WRONG_CREDENTIALS = 'That email and password do not match an account.';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function throttleOrFail(ctx: GraphQLContext, keys: ThrottleKey[]): Promise<void> {
  const seconds = await lockedFor(ctx.em, keys, ctx.clock.now());
  if (seconds > 0) {
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    throw UserFacingError.of(
      UserErrorCode.TOO_MANY_ATTEMPTS,
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }
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
export async function signInClient(ctx: GraphQLContext, firmSlug: string, emailInput: string, password: string): Promise<ClientUser> {
  const email = normalizeEmail(emailInput);
  const firm = await ctx.em.findOne(Firm, { slug: firmSlug.trim().toLowerCase() });
  if (!firm) throw UserFacingError.of(UserErrorCode.NOT_FOUND, 'There is no firm at this address.', ['firmSlug']);
  const keys: ThrottleKey[] = [
    { key: `client:${firm.id}:${email}`, rule: PER_ACCOUNT },
    { key: `addr:${ctx.ip}`, rule: PER_ADDRESS },
  ];
  await throttleOrFail(ctx, keys);
  const client = await ctx.em.findOne(ClientUser, { firm, email }, { populate: ['passwordHash'] });
  // I11: an account whose every membership is disabled or removed is refused like a wrong password.
  const mayEnter = client !== null && client.disabledAt === null && (await ctx.em.count(PortalMember, { clientUser: client.id, status: MemberStatus.ACTIVE })) > 0;
  const valid = client && mayEnter
    ? await verifyPassword(client.passwordHash, password)
    : await verifyAgainstNothing(password);
  if (!client || !valid) return failSignIn(ctx, keys);
  // P1: with the firm's portal off nobody signs in; only the right password learns why.
  if (!(await portalSettingsOf(ctx.em, firm.id)).enabled) throw portalOffError();
  await clearFailures(ctx.em, `client:${firm.id}:${email}`);
  const now = ctx.clock.now();
  client.lastSignInAt = now;
  const token = startSession(ctx.em, {
    audience: SessionAudience.CLIENT,
    firmId: firm.id,
    clientUserId: client.id,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    now,
  });
  await ctx.em.flush();
  ctx.cookies.set(SESSION_COOKIE[SessionAudience.CLIENT], token, SESSION_IDLE_SECONDS);
  ctx.client = client;
  return client;
}

export async function signOut(ctx: GraphQLContext, audience: SessionAudience): Promise<void> {
  const token = audience === SessionAudience.STAFF ? ctx.tokens.staff : ctx.tokens.client;
  if (token) await endSession(ctx.em, token);
  ctx.cookies.clear(SESSION_COOKIE[audience]);
  if (audience === SessionAudience.STAFF) ctx.staff = null;
  else ctx.client = null;
}
