import { randomBytes } from 'node:crypto';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserErrorCode, UserFacingError, notAllowed } from '../../graphql/user-error.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { passwordResetLink, renderPasswordResetEmail } from '../invitations/invitation-email.js';
import { memberOfFirm } from '../invitations/invitation.service.js';
import { EmailKind } from '../mail/outbox-email.entity.js';
import { queueEmails } from '../mail/outbox.service.js';
import { portalOffError, portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import { MemberStatus, PortalMember } from '../portals/portal.entity.js';
import { StaffRole, type StaffUser } from '../staff/staff-user.entity.js';
import { SessionAudience } from './auth-session.entity.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { PasswordReset } from './password-reset.entity.js';
import { SESSION_COOKIE, endAllSessions, hashToken, startSession } from './session.service.js';
import { normalizeEmail } from './sign-in.service.js';
import { PER_ACCOUNT, lockedFor, recordFailure } from './throttle.service.js';

const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** Writes a reset link for a client and queues its email, in the caller's transaction. */
async function issueReset(tx: GraphQLContext, firm: Firm, client: ClientUser): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(tx.clock.now().getTime() + RESET_LIFETIME_MS);
  // An earlier unused link stops working when a new one is sent.
  await tx.em.nativeUpdate(PasswordReset, { clientUser: client, usedAt: null }, { usedAt: tx.clock.now() });
  tx.em.create(PasswordReset, { firm: firm.id, clientUser: client, tokenHash: hashToken(token), expiresAt });
  await tx.em.flush();
  await queueEmails(tx.em, tx, [
    {
      firmId: firm.id,
      kind: EmailKind.PASSWORD_RESET,
      to: client.email,
      toName: client.name,
      ...renderPasswordResetEmail(firm, client.name, expiresAt),
      link: passwordResetLink(tx.config, firm, token),
    },
  ]);
}

/**
 * "Forgot password": the same answer whether or not the email has an account, so the page
 * reveals nothing. Requests are throttled per address, so nobody can flood a mailbox.
 */
export async function requestPasswordReset(ctx: GraphQLContext, firmSlug: string, emailInput: string): Promise<void> {
  const firm = await ctx.em.findOne(Firm, { slug: firmSlug.trim().toLowerCase() });
  if (!firm) throw UserFacingError.of(UserErrorCode.NOT_FOUND, 'There is no firm at this address.', ['firmSlug']);
  const email = normalizeEmail(emailInput);
  const key = { key: `reset:${firm.id}:${email}`, rule: PER_ACCOUNT };
  if ((await lockedFor(ctx.em, [key], ctx.clock.now())) > 0) return;
  await recordFailure(ctx.em, [key], ctx.clock.now());
  const settings = await portalSettingsOf(ctx.em, firm.id);
  if (!settings.enabled) return;
  const client = await ctx.em.findOne(ClientUser, { firm, email, disabledAt: null });
  // Someone whose every membership is disabled could not sign in with a new password either.
  if (!client || !(await ctx.em.count(PortalMember, { clientUser: client.id, status: MemberStatus.ACTIVE }))) return;
  await ctx.em.transactional((em) => issueReset({ ...ctx, em }, firm, client));
}

/** I12: staff send a registered member a reset email. */
export async function sendPasswordResetToMember(ctx: GraphQLContext, staff: StaffUser, memberId: string): Promise<PortalMember> {
  if (!staff.canInviteClients && staff.role !== StaffRole.ADMIN) throw notAllowed('You do not have the right to manage portal access.');
  const member = await memberOfFirm(ctx.em, staff.firm.id, memberId);
  if (!member.clientUser || member.status !== MemberStatus.ACTIVE) {
    throw UserFacingError.of(UserErrorCode.CONFLICT, `${member.name} has no active account yet; resend the invitation instead.`, ['memberId']);
  }
  const settings = await portalSettingsOf(ctx.em, staff.firm.id);
  if (!settings.enabled) throw portalOffError();
  const firm = await ctx.em.findOneOrFail(Firm, { id: staff.firm.id });
  const client = await ctx.em.findOneOrFail(ClientUser, { id: member.clientUser.id });
  await ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    recordActivity(em, {
      firmId: firm.id,
      action: ActivityAction.PASSWORD_RESET_SENT,
      actor: { kind: 'staff', staff },
      portalId: member.portal.id,
      memberId: member.id,
      summary: `${staff.name} sent ${member.name} a password reset email.`,
      at: ctx.clock.now(),
      ip: ctx.ip,
    });
    await issueReset(tx, firm, client);
  });
  return member;
}

/** Sets a new password with a reset link: single use, and every other session of the account ends. */
export async function resetPassword(ctx: GraphQLContext, firmSlug: string, token: string, password: string): Promise<void> {
  const invalid = UserFacingError.of(
    UserErrorCode.INVITATION_INVALID,
    'This reset link is not valid any more (it was used, replaced, or is over an hour old). Ask for a new one on the sign-in page.',
    ['token'],
  );
  const firm = await ctx.em.findOne(Firm, { slug: firmSlug.trim().toLowerCase() });
  if (!firm) throw invalid;
  const reset = await ctx.em.findOne(PasswordReset, { tokenHash: hashToken(token), firm }, { populate: ['clientUser'] });
  if (!reset || reset.usedAt || reset.expiresAt <= ctx.clock.now()) throw invalid;
  const client = reset.clientUser.getEntity();
  const problem = passwordProblem(password, { email: client.email, name: client.name });
  if (problem) throw UserFacingError.of(UserErrorCode.WEAK_PASSWORD, problem, ['password']);
  const hash = await hashPassword(password);
  await ctx.em.transactional(async (em) => {
    const now = ctx.clock.now();
    const used = await em.execute<{ id: string }[]>(
      'update password_reset set used_at = ? where id = ? and used_at is null and expires_at > ? returning id',
      [now, reset.id, now],
    );
    if (used.length !== 1) throw invalid;
    await em.execute('update client_user set password_hash = ?, updated_at = ? where id = ?', [hash, now, client.id]);
    await endAllSessions(em, { clientUserId: client.id });
    recordActivity(em, {
      firmId: firm.id,
      action: ActivityAction.PASSWORD_CHANGED,
      actor: { kind: 'client', client },
      summary: `${client.name} chose a new password with a reset link; their other sessions ended.`,
      at: now,
      ip: ctx.ip,
    });
    await em.flush();
  });
}

export function assertClientMayWrite(ctx: GraphQLContext): ClientUser {
  if (!ctx.client) throw UserFacingError.of(UserErrorCode.NOT_ALLOWED, 'Sign in to do this.');
  if (ctx.viewingAs) throw UserFacingError.of(UserErrorCode.READ_ONLY, 'You are viewing the portal as this member; nothing can be changed.');
  return ctx.client;
}

/** S13: a client changes their password; every other session ends, this one stays. */
export async function changeClientPassword(ctx: GraphQLContext, currentPassword: string, newPassword: string): Promise<void> {
  const client = assertClientMayWrite(ctx);
  const key = { key: `client-password:${client.id}`, rule: PER_ACCOUNT };
  if ((await lockedFor(ctx.em, [key], ctx.clock.now())) > 0) {
    throw UserFacingError.of(UserErrorCode.TOO_MANY_ATTEMPTS, 'Too many wrong passwords. Try again in 15 minutes.');
  }
  const withHash = await ctx.em.findOneOrFail(ClientUser, { id: client.id }, { populate: ['passwordHash'] });
  if (!(await verifyPassword(withHash.passwordHash, currentPassword))) {
    await recordFailure(ctx.em, [key], ctx.clock.now());
    throw UserFacingError.of(UserErrorCode.INVALID_CREDENTIALS, 'Your current password is not right.', ['currentPassword']);
  }
  const problem = passwordProblem(newPassword, { email: client.email, name: client.name });
  if (problem) throw UserFacingError.of(UserErrorCode.WEAK_PASSWORD, problem, ['newPassword']);
  const hash = await hashPassword(newPassword);
  await ctx.em.transactional(async (em) => {
    const now = ctx.clock.now();
    await em.execute('update client_user set password_hash = ?, updated_at = ? where id = ?', [hash, now, client.id]);
    await endAllSessions(em, { clientUserId: client.id });
    const token = startSession(em, { audience: SessionAudience.CLIENT, firmId: client.firm.id, clientUserId: client.id, ip: ctx.ip, userAgent: ctx.userAgent, now });
    recordActivity(em, {
      firmId: client.firm.id,
      action: ActivityAction.PASSWORD_CHANGED,
      actor: { kind: 'client', client },
      summary: `${client.name} changed their password; their other sessions ended.`,
      at: now,
      ip: ctx.ip,
    });
    await em.flush();
    ctx.cookies.set(SESSION_COOKIE[SessionAudience.CLIENT], token, 14 * 24 * 60 * 60);
  });
}

/** S13: signs the client out of every browser, this one included. */
export async function signOutEverywhere(ctx: GraphQLContext): Promise<void> {
  const client = assertClientMayWrite(ctx);
  await endAllSessions(ctx.em, { clientUserId: client.id });
  ctx.cookies.clear(SESSION_COOKIE[SessionAudience.CLIENT]);
  ctx.client = null;
}

export async function renameClient(ctx: GraphQLContext, name: string): Promise<ClientUser> {
  const client = assertClientMayWrite(ctx);
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'Enter your name (at most 200 characters).', ['name']);
  const row = await ctx.em.findOneOrFail(ClientUser, { id: client.id });
  row.name = trimmed;
  await ctx.em.flush();
  // Staff and fellow members see the person by their membership; keep it in step.
  await ctx.em.nativeUpdate(PortalMember, { clientUser: client.id }, { name: trimmed });
  return row;
}
