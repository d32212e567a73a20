// A client's password (I12, I15's strength rules, S13): reset by staff or by the client, single
// use, ending old sessions, saying nothing about unknown addresses, and refusing weak passwords.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { AuthSession } from '../src/modules/auth/auth-session.entity.js';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { EmailKind, OutboxEmail } from '../src/modules/mail/outbox-email.entity.js';
import { PortalMember } from '../src/modules/portals/portal.entity.js';
import {
  CLIENT_PASSWORD,
  USER_ERRORS,
  accept,
  clientViewer,
  inviteClient,
  portalFirm,
  registeredMember,
  settleOutbox,
  signInClient,
  startTestApp,
  trySignInClient,
  type ApiClient,
  type TestApp,
  type UserErrorData,
} from './harness.js';
import { linkIn } from './mailbox.js';

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

const SEND_RESET = `mutation($input: PortalMemberIdInput!) { sendPasswordReset(input: $input) { member { id } ${USER_ERRORS} } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok ${USER_ERRORS} } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok ${USER_ERRORS} } }`;
const CHANGE = `mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { ok ${USER_ERRORS} } }`;

type Ok = { ok: boolean; errors: UserErrorData[] };

async function requestReset(slug: string, email: string): Promise<Ok> {
  return (await app.api().atPortal(slug).data<{ requestPasswordReset: Ok }>(REQUEST_RESET, { input: { firmSlug: slug, email } })).requestPasswordReset;
}

async function resetPassword(slug: string, token: string, password: string): Promise<Ok> {
  return (await app.api().atPortal(slug).data<{ resetPassword: Ok }>(RESET, { input: { firmSlug: slug, token, password } })).resetPassword;
}

async function changePassword(api: ApiClient, currentPassword: string, newPassword: string): Promise<Ok> {
  return (await api.data<{ changeMyPassword: Ok }>(CHANGE, { input: { currentPassword, newPassword } })).changeMyPassword;
}

/** The reset emails to one address so far, oldest first, with their tokens. */
function resetTokens(slug: string, email: string): string[] {
  return app.mailbox
    .to(email)
    .filter((m) => /reset your client portal password/.test(m.subject))
    .map((m) => linkIn(m, `p/${slug}/reset-password`).token);
}

async function nthResetToken(slug: string, email: string, n: number): Promise<string> {
  await app.mailbox.waitFor(() => resetTokens(slug, email).length >= n);
  return resetTokens(slug, email)[n - 1]!;
}

describe('I12 password resets', () => {
  it('lets staff send a reset link that sets a new password once and ends the old sessions', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Rena', lastName: 'Reset' });

    const staffApi = await app.signInStaff(pf.staff);
    const refused = await staffApi.data<{ sendPasswordReset: { errors: UserErrorData[] } }>(SEND_RESET, { input: { memberId: member.memberId } });
    expect(refused.sendPasswordReset.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    const pending = await inviteClient(app, pf, { firstName: 'Not', lastName: 'Registered' });
    const notYet = await pf.adminApi.data<{ sendPasswordReset: { errors: UserErrorData[] } }>(SEND_RESET, { input: { memberId: pending.memberId } });
    expect(notYet.sendPasswordReset.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

    const sent = await pf.adminApi.data<{ sendPasswordReset: { member: { id: string } | null; errors: UserErrorData[] } }>(SEND_RESET, { input: { memberId: member.memberId } });
    expect(sent.sendPasswordReset).toEqual({ member: { id: member.memberId }, errors: [] });
    const token = await nthResetToken(pf.firm.slug, member.email, 1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const mail = app.mailbox.to(member.email).find((m) => m.text.includes(token))!;
    expect(mail.text).toContain(`https://portal.atrium.test/p/${pf.firm.slug}/reset-password#${token}`);
    expect(mail.text).toContain(pf.firm.name);

    // Too weak: refused, and the link still works.
    const weak = await resetPassword(pf.firm.slug, token, 'short');
    expect(weak).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'WEAK_PASSWORD', field: ['password'] })] });

    const fresh = 'a brand new passphrase for rena';
    expect(await resetPassword(pf.firm.slug, token, fresh)).toEqual({ ok: true, errors: [] });
    // The old sessions are over, the old password is gone, the new one works.
    expect(await clientViewer(member.client)).toBeNull();
    const em = app.orm.em.fork();
    const account = await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email });
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(0);
    expect((await trySignInClient(app, pf.firm.slug, member.email)).payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    await signInClient(app, pf.firm.slug, member.email, fresh);

    // Single use.
    const again = await resetPassword(pf.firm.slug, token, 'yet another fine passphrase');
    expect(again.errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID', field: ['token'] })]);
    await signInClient(app, pf.firm.slug, member.email, fresh);

    const log = await em.find(ActivityEntry, { firm: pf.firm.id, action: { $in: [ActivityAction.PASSWORD_RESET_SENT, ActivityAction.PASSWORD_CHANGED] } }, { orderBy: { occurredAt: 'asc' } });
    expect(log.map((e) => [e.action, e.actorName])).toEqual(
      expect.arrayContaining([
        [ActivityAction.PASSWORD_RESET_SENT, pf.admin.name],
        [ActivityAction.PASSWORD_CHANGED, 'Rena Reset'],
      ]),
    );
  });

  it('lets a client ask for a link ("forgot password") with the same answer for unknown addresses, which get no email', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Fern', lastName: 'Forgot' });
    await settleOutbox(app, pf.firm.id);
    const mailsBefore = app.mailbox.messages.length;

    const unknown = `nobody.${pf.firm.slug}@example.com`;
    const pendingOnly = await inviteClient(app, pf, { firstName: 'Pending', lastName: 'Only' });
    for (const email of [unknown, pendingOnly.email]) {
      expect(await requestReset(pf.firm.slug, email)).toEqual({ ok: true, errors: [] });
    }
    expect(await requestReset(pf.firm.slug, `  ${member.email.toUpperCase()} `)).toEqual({ ok: true, errors: [] });
    const token = await nthResetToken(pf.firm.slug, member.email, 1);

    const rows = await settleOutbox(app, pf.firm.id);
    expect(rows.filter((r) => r.kind === EmailKind.PASSWORD_RESET).map((r) => r.toAddress)).toEqual([member.email]);
    expect(app.mailbox.to(unknown)).toEqual([]);
    expect(app.mailbox.to(pendingOnly.email).filter((m) => /reset/.test(m.subject))).toEqual([]);
    // Only the invitation to the pending member and the reset went out.
    expect(app.mailbox.messages.length - mailsBefore).toBe(2);

    // A second request replaces the first link.
    expect(await requestReset(pf.firm.slug, member.email)).toEqual({ ok: true, errors: [] });
    const second = await nthResetToken(pf.firm.slug, member.email, 2);
    expect(second).not.toBe(token);
    expect((await resetPassword(pf.firm.slug, token, 'the replaced link passphrase')).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
    expect(await resetPassword(pf.firm.slug, second, 'fern found her passphrase')).toEqual({ ok: true, errors: [] });
    await signInClient(app, pf.firm.slug, member.email, 'fern found her passphrase');
  });

  it('keeps a reset link for an hour, and at its own firm only', async () => {
    const pf = await portalFirm(app);
    const other = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Hugo', lastName: 'Hour' });
    expect((await requestReset(pf.firm.slug, member.email)).ok).toBe(true);
    const token = await nthResetToken(pf.firm.slug, member.email, 1);

    expect((await resetPassword(other.firm.slug, token, 'another firm cannot use it')).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
    // An address of another firm has no account there.
    expect(await requestReset(other.firm.slug, member.email)).toEqual({ ok: true, errors: [] });
    expect((await settleOutbox(app, other.firm.id))).toEqual([]);

    app.clock.advance(61 * 60 * 1000);
    expect((await resetPassword(pf.firm.slug, token, 'too late for this passphrase')).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
    await signInClient(app, pf.firm.slug, member.email);
  });
});

describe('password strength', () => {
  it('refuses short, common and personal passwords when registering, and takes a long passphrase', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Penelope', lastName: 'Strongword' });
    const weak = ['short pass', 'eleven char', 'password1234', 'Password1234', 'aaaaaaaaaaaaaaa', invited.email, invited.email.toUpperCase(), 'Penelope Strongword', 'x'.repeat(257)];
    for (const password of weak) {
      const refused = await accept(app, pf.firm.slug, invited.token, { password });
      expect(refused.errors, password).toEqual([expect.objectContaining({ code: 'WEAK_PASSWORD', field: ['password'] })]);
    }
    expect(await app.orm.em.fork().count(ClientUser, { firm: pf.firm.id, email: invited.email })).toBe(0);
    // The link is not used up by refusals.
    const accepted = await accept(app, pf.firm.slug, invited.token, { password: 'correct staple battery horse zebra' });
    expect(accepted.errors).toEqual([]);
    await signInClient(app, pf.firm.slug, invited.email, 'correct staple battery horse zebra');
  });

  it('applies the same rules when a client changes or resets their password', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Carla', lastName: 'Changer' });
    const other = await signInClient(app, pf.firm.slug, member.email);

    expect((await changePassword(member.client, 'not my password at all', 'a new long passphrase here')).errors).toEqual([
      expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: ['currentPassword'] }),
    ]);
    for (const password of ['tiny', 'qwertyuiop123', member.email]) {
      expect((await changePassword(member.client, CLIENT_PASSWORD, password)).errors).toEqual([expect.objectContaining({ code: 'WEAK_PASSWORD', field: ['newPassword'] })]);
    }
    const fresh = 'carla changed to a longer phrase';
    expect(await changePassword(member.client, CLIENT_PASSWORD, fresh)).toEqual({ ok: true, errors: [] });
    // This browser stays signed in; the other one is signed out.
    expect(await clientViewer(member.client)).toMatchObject({ email: member.email });
    expect(await clientViewer(other)).toBeNull();
    await signInClient(app, pf.firm.slug, member.email, fresh);

    expect((await requestReset(pf.firm.slug, member.email)).ok).toBe(true);
    const token = await nthResetToken(pf.firm.slug, member.email, 1);
    for (const password of ['password12345', 'Carla Changer', 'short one']) {
      expect((await resetPassword(pf.firm.slug, token, password)).errors).toEqual([expect.objectContaining({ code: 'WEAK_PASSWORD' })]);
    }
    expect(await resetPassword(pf.firm.slug, token, 'a reset phrase of good length')).toEqual({ ok: true, errors: [] });
  });
});

describe('S13 user settings', () => {
  it('renames the client, and staff see the new name on the member', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf);
    const renamed = await member.client.data<{ updateMyProfile: { errors: UserErrorData[] } }>(
      `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { ${USER_ERRORS} } }`,
      { input: { name: 'Rosalind F. Park' } },
    );
    expect(renamed.updateMyProfile.errors).toEqual([]);
    const em = app.orm.em.fork();
    expect((await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email })).name).toBe('Rosalind F. Park');
    expect((await em.findOneOrFail(PortalMember, { id: member.memberId })).name).toBe('Rosalind F. Park');
  });

  it('sends no reset link to a person whose every membership is disabled', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf);
    const disabled = await pf.adminApi.data<{ disablePortalMember: { errors: UserErrorData[] } }>(
      `mutation($input: PortalMemberIdInput!) { disablePortalMember(input: $input) { ${USER_ERRORS} } }`,
      { input: { memberId: member.memberId } },
    );
    expect(disabled.disablePortalMember.errors).toEqual([]);
    expect(await requestReset(pf.firm.slug, member.email)).toEqual({ ok: true, errors: [] });
    await settleOutbox(app, pf.firm.id);
    const resets = await app.orm.em.fork().count(OutboxEmail, { firm: pf.firm.id, kind: EmailKind.PASSWORD_RESET });
    expect(resets).toBe(0);
  });
});
