// The invitation link (I6): unguessable, stored only as a hash, single use even under a race,
// valid for the firm's window, bound to its firm, and not used up by opening it.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Invitation, InvitationStatus } from '../src/modules/invitations/invitation.entity.js';
import { EmailKind } from '../src/modules/mail/outbox-email.entity.js';
import { MemberStatus, PortalMember, TermsAcceptance } from '../src/modules/portals/portal.entity.js';
import {
  USER_ERRORS,
  accept,
  addContact,
  invite,
  inviteClient,
  lookUpLink,
  mutateOk,
  outboxOf,
  portalFirm,
  settleOutbox,
  signInClient,
  startTestApp,
  trySignInClient,
  type TestApp,
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

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/** How many rows, in every table of every schema of the database, contain the text anywhere. */
async function rowsContaining(text: string): Promise<{ table: string; count: number }[]> {
  const em = app.orm.em.fork();
  const tables = await em.execute<{ schema: string; name: string }[]>(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const found: { table: string; count: number }[] = [];
  for (const { schema, name } of tables) {
    const qualified = `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
    const [row] = await em.execute<{ count: string | number }[]>(`select count(*) as count from ${qualified} t where t::text like ?`, [`%${text}%`]);
    const count = Number(row?.count ?? 0);
    if (count) found.push({ table: `${schema}.${name}`, count });
  }
  return found;
}

describe('I6 the invitation link', () => {
  it('carries 32 random bytes, base64url, and only their hash is stored anywhere', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Hash', lastName: 'Only' });
    expect(invited.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(invited.token, 'base64url')).toHaveLength(32);
    const stored = await app.orm.em.fork().findOneOrFail(Invitation, { id: invited.invitationId });
    expect(stored.tokenHash).toBe(createHash('sha256').update(invited.token).digest('hex'));
    expect(await rowsContaining(invited.token)).toEqual([]);
    // The outbox row, once sent, holds neither the link nor its sealed copy.
    const [row] = (await settleOutbox(app, pf.firm.id)).filter((r) => r.kind === EmailKind.INVITATION);
    expect(row?.sealedLink).toBeNull();
    expect(row?.textBody).not.toContain(invited.token);
    expect(row?.htmlBody).not.toContain(invited.token);

    // Two invitations never share a token.
    const other = await inviteClient(app, pf, { firstName: 'Hash', lastName: 'Two' });
    expect(other.token).not.toBe(invited.token);
  });

  it('shows the invited email when opened, is not used up by opening, and makes an account with that email', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Olga', lastName: 'Opener' });
    const first = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(first).toMatchObject({ state: 'VALID', problem: null, email: invited.email, name: 'Olga Opener', hasAccount: false, firm: { name: pf.firm.name, slug: pf.firm.slug } });
    const second = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(second.state).toBe('VALID');
    const row = await app.orm.em.fork().findOneOrFail(Invitation, { id: invited.invitationId });
    expect(row.status).toBe(InvitationStatus.PENDING);
    expect(row.openedAt).not.toBeNull();

    // Whoever has the link registers, as the invited address (a forwarded email works too).
    const accepted = await accept(app, pf.firm.slug, invited.token);
    expect(accepted).toEqual({ errors: [], loginEmail: invited.email, existingAccount: false });
    const account = await app.orm.em.fork().findOneOrFail(ClientUser, { firm: pf.firm.id, email: invited.email }, { populate: ['passwordHash'] });
    expect(account.name).toBe('Olga Opener');
    // The password is stored hashed with argon2id, never as anything a password could match before that.
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    const client = await signInClient(app, pf.firm.slug, invited.email);
    expect((await client.data<{ clientViewer: { email: string } }>('{ clientViewer { email } }')).clientViewer.email).toBe(invited.email);
  });

  it('works once: a second registration with the same link is refused', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Una', lastName: 'Once' });
    expect((await accept(app, pf.firm.slug, invited.token)).errors).toEqual([]);
    const again = await accept(app, pf.firm.slug, invited.token, { password: 'another long passphrase entirely' });
    expect(again.errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID', field: ['token'] })]);
    const page = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(page).toMatchObject({ state: 'USED', email: null, termsOfService: null });
    expect(page.problem).toMatch(/used already/i);
    // The first password still holds.
    await signInClient(app, pf.firm.slug, invited.email);
    expect(await app.orm.em.fork().count(ClientUser, { firm: pf.firm.id, email: invited.email })).toBe(1);
  });

  it('lets exactly one of two simultaneous registrations through', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Rae', lastName: 'Race' });
    const results = await Promise.all([
      accept(app, pf.firm.slug, invited.token, { password: 'first racer long passphrase' }),
      accept(app, pf.firm.slug, invited.token, { password: 'second racer long passphrase' }),
    ]);
    const winners = results.filter((r) => r.errors.length === 0);
    const losers = results.filter((r) => r.errors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]?.errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);

    const em = app.orm.em.fork();
    const accounts = await em.find(ClientUser, { firm: pf.firm.id, email: invited.email });
    expect(accounts).toHaveLength(1);
    expect(await em.count(TermsAcceptance, { clientUser: accounts[0]!.id })).toBe(1);
    expect((await em.findOneOrFail(PortalMember, { id: invited.memberId })).status).toBe(MemberStatus.ACTIVE);
    expect((await outboxOf(app, pf.firm.id)).filter((r) => r.kind === EmailKind.ACCOUNT_CREATED)).toHaveLength(1);
    // The winner's password is the one that works.
    const winnerPassword = results[0]?.errors.length === 0 ? 'first racer long passphrase' : 'second racer long passphrase';
    await signInClient(app, pf.firm.slug, invited.email, winnerPassword);
  });

  it('makes one account when one person registers with invitations to two portals at once', async () => {
    const pf = await portalFirm(app);
    const first = await inviteClient(app, pf, { firstName: 'Dual', lastName: 'Portal' });
    const company = await addContact(pf.adminApi, { type: 'ORGANIZATION', organizationName: `Dual Co ${pf.firm.slug}` });
    const second = await invite(pf.adminApi, { contactId: company, email: first.email });
    expect(second.errors).toEqual([]);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(first.email) && !m.text.includes(first.token) && m.text.includes('accept#'));
    const secondToken = linkIn(mail, `p/${pf.firm.slug}/accept`).token;

    // Each with its own password: the account keeps the one of the registration that made it.
    const passwords = ['first of two passphrases here', 'second of two passphrases here'];
    const results = await Promise.all([
      accept(app, pf.firm.slug, first.token, { password: passwords[0] }),
      accept(app, pf.firm.slug, secondToken, { password: passwords[1] }),
    ]);
    expect(results.map((r) => r.errors)).toEqual([[], []]);
    expect(results.map((r) => r.existingAccount).sort()).toEqual([false, true]);
    const em = app.orm.em.fork();
    expect(await em.count(ClientUser, { firm: pf.firm.id, email: first.email })).toBe(1);
    const [kept, other] = results[0]!.existingAccount ? [passwords[1]!, passwords[0]!] : [passwords[0]!, passwords[1]!];
    expect((await trySignInClient(app, pf.firm.slug, first.email, other)).payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    const client = await signInClient(app, pf.firm.slug, first.email, kept);
    const portals = await client.data<{ myPortals: { id: string }[] }>('{ myPortals { id } }');
    expect(portals.myPortals.map((p) => p.id).sort()).toEqual([first.portalId, second.portal!.id].sort());
  });

  it('expires after seven days', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Exp', lastName: 'Ires' });
    const page = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(new Date(page.expiresAt!).getTime()).toBe(app.clock.now().getTime() + 7 * DAY);

    app.clock.advance(7 * DAY - MINUTE);
    expect((await lookUpLink(app, pf.firm.slug, invited.token)).state).toBe('VALID');
    app.clock.advance(2 * MINUTE);
    const expired = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(expired).toMatchObject({ state: 'EXPIRED', email: null });
    expect(expired.problem).toMatch(/expired/i);
    const refused = await accept(app, pf.firm.slug, invited.token);
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
    expect(refused.errors[0]?.message).toMatch(/expired/i);
    expect(await app.orm.em.fork().count(ClientUser, { firm: pf.firm.id, email: invited.email })).toBe(0);
    const member = await pf.adminApi.data<{ contact: { portal: { members: { accessState: string; latestInvitation: { usable: boolean } }[] } } }>(
      'query($id: ID!) { contact(id: $id) { portal { members { accessState latestInvitation { usable } } } } }',
      { id: invited.contactId },
    );
    expect(member.contact.portal.members).toEqual([{ accessState: 'EXPIRED', latestInvitation: { usable: false } }]);
  });

  it("follows the firm's validity setting, 1 to 30 days", async () => {
    const pf = await portalFirm(app);
    const SET = `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { portalSettings { invitationValidityDays } ${USER_ERRORS} } }`;
    for (const days of [0, 31]) {
      const refused = await pf.adminApi.data<{ updatePortalSettings: { errors: { code: string; field: string[] | null }[] } }>(SET, { input: { invitationValidityDays: days } });
      expect(refused.updatePortalSettings.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['invitationValidityDays'] })]);
    }
    await mutateOk(pf.adminApi, SET, 'updatePortalSettings', { invitationValidityDays: 2 });
    const invited = await inviteClient(app, pf, { firstName: 'Two', lastName: 'Days' });
    const row = await app.orm.em.fork().findOneOrFail(Invitation, { id: invited.invitationId });
    expect(row.expiresAt.getTime()).toBe(app.clock.now().getTime() + 2 * DAY);
    expect(invited.mail.text).toContain(row.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

    app.clock.advance(2 * DAY - MINUTE);
    expect((await lookUpLink(app, pf.firm.slug, invited.token)).state).toBe('VALID');
    app.clock.advance(2 * MINUTE);
    expect((await lookUpLink(app, pf.firm.slug, invited.token)).state).toBe('EXPIRED');
    expect((await accept(app, pf.firm.slug, invited.token)).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
  });

  it('knows no made-up token, and no token at another firm’s address', async () => {
    const pf = await portalFirm(app);
    const other = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Bound', lastName: 'Firm' });

    for (const token of [randomBytes(32).toString('base64url'), 'short', `${invited.token}x`, '']) {
      const page = await lookUpLink(app, pf.firm.slug, token);
      expect(page).toMatchObject({ state: 'UNKNOWN', email: null });
      expect((await accept(app, pf.firm.slug, token)).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
    }

    const elsewhere = await lookUpLink(app, other.firm.slug, invited.token);
    expect(elsewhere).toMatchObject({ state: 'UNKNOWN', email: null, firm: { slug: other.firm.slug } });
    expect((await accept(app, other.firm.slug, invited.token)).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
    expect(await app.orm.em.fork().count(ClientUser, { email: invited.email })).toBe(0);
    const nowhere = await lookUpLink(app, 'no-such-firm-here', invited.token);
    expect(nowhere).toMatchObject({ state: 'UNKNOWN', firm: null });

    // At its own firm it still works, and was never opened by the attempts elsewhere.
    expect((await app.orm.em.fork().findOneOrFail(Invitation, { id: invited.invitationId })).openedAt).toBeNull();
    expect((await accept(app, pf.firm.slug, invited.token)).errors).toEqual([]);
  });
});
