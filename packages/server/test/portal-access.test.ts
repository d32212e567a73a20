// Who may manage portal access (P2), disabling and removing members (I11), viewing the portal as
// a member (I13) and signing in as a client only with live access (I16).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { AuthSession } from '../src/modules/auth/auth-session.entity.js';
import { BulkInvitationRun } from '../src/modules/invitations/bulk-invitation.js';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Invitation, InvitationStatus } from '../src/modules/invitations/invitation.entity.js';
import { OutboxEmail } from '../src/modules/mail/outbox-email.entity.js';
import { Portal, PortalMember } from '../src/modules/portals/portal.entity.js';
import {
  CLIENT_PASSWORD,
  USER_ERRORS,
  accept,
  addContact,
  clientViewer,
  emailAt,
  invite,
  inviteClient,
  lookUpLink,
  mutateOk,
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

const MY_PORTALS = '{ myPortals { id name } }';
const DISABLE = `mutation($input: PortalMemberIdInput!) { disablePortalMember(input: $input) { member { id status accessState disabledAt } ${USER_ERRORS} } }`;
const REMOVE = `mutation($input: PortalMemberIdInput!) { removePortalMember(input: $input) { removed ${USER_ERRORS} } }`;
const RESEND = `mutation($input: ResendInvitationInput!) { resendInvitation(input: $input) { member { status } invitation { id } ${USER_ERRORS} } }`;
const GENERATE_LINK = `mutation($input: PortalMemberIdInput!) { generateInviteLink(input: $input) { link ${USER_ERRORS} } }`;
const CHANGE_EMAIL = `mutation($input: ChangeMemberEmailInput!) { changeMemberEmail(input: $input) { ${USER_ERRORS} } }`;
const BULK = `mutation($input: BulkInviteToPortalInput!) { bulkInviteToPortal(input: $input) { run { id } ${USER_ERRORS} } }`;
const START_VIEW = `mutation($input: PortalMemberIdInput!) { startPortalView(input: $input) { url ${USER_ERRORS} } }`;

type Errors = { errors: UserErrorData[] };

async function errorsOf(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<UserErrorData[]> {
  const result = await api.data<Record<string, Errors>>(mutation, { input });
  return Object.values(result)[0]!.errors;
}

async function portals(api: ApiClient): Promise<string[]> {
  return (await api.data<{ myPortals: { id: string }[] }>(MY_PORTALS)).myPortals.map((p) => p.id);
}

describe('P2 the right to invite clients', () => {
  it('refuses staff without it, changes nothing, and works once an admin grants it', async () => {
    const pf = await portalFirm(app);
    const staffApi = await app.signInStaff(pf.staff);
    const pending = await inviteClient(app, pf, { firstName: 'Rita', lastName: 'Rights' });
    const email = emailAt(pf.firm, 'rights-new');
    const contactId = await addContact(pf.adminApi, { firstName: 'Newt', lastName: 'Rights', emails: [{ address: email }] });
    await settleOutbox(app, pf.firm.id);

    const em = app.orm.em.fork();
    const snapshot = async () => ({
      portals: await em.count(Portal, { firm: pf.firm.id }),
      members: await em.count(PortalMember, { firm: pf.firm.id }),
      invitations: await em.count(Invitation, { firm: pf.firm.id, status: InvitationStatus.PENDING }),
      emails: await em.count(OutboxEmail, { firm: pf.firm.id }),
      runs: await em.count(BulkInvitationRun, { firm: pf.firm.id }),
      activity: await em.count(ActivityEntry, { firm: pf.firm.id }),
    });
    const before = await snapshot();

    const attempts: [string, string, Record<string, unknown>][] = [
      ['inviteToPortal', `mutation($input: InviteToPortalInput!) { inviteToPortal(input: $input) { ${USER_ERRORS} } }`, { contactId, email }],
      ['resendInvitation', RESEND, { memberId: pending.memberId }],
      ['generateInviteLink', GENERATE_LINK, { memberId: pending.memberId }],
      ['changeMemberEmail', CHANGE_EMAIL, { memberId: pending.memberId, email: emailAt(pf.firm, 'elsewhere') }],
      ['bulkInviteToPortal', BULK, { contactIds: [contactId], requestKey: `rights-${pf.firm.slug}` }],
      ['disablePortalMember', DISABLE, { memberId: pending.memberId }],
      ['removePortalMember', REMOVE, { memberId: pending.memberId }],
      [
        'updateMemberPermissions',
        `mutation($input: UpdateMemberPermissionsInput!) { updateMemberPermissions(input: $input) { ${USER_ERRORS} } }`,
        {
          memberId: pending.memberId,
          permissions: { appointmentRequests: true, secureMessaging: true, billingDocuments: true, payBalance: true, inviteOthers: true, myDetails: true, myDocuments: true },
        },
      ],
    ];
    for (const [name, mutation, input] of attempts) {
      expect(await errorsOf(staffApi, mutation, input), name).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
      // Signed out: refused before anything is read.
      const anonymous = await app.api().request(mutation, { input });
      expect(anonymous.data, name).toBeNull();
      expect(anonymous.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
    }
    expect(await snapshot()).toEqual(before);
    expect((await lookUpLink(app, pf.firm.slug, pending.token)).state).toBe('VALID');
    expect(app.mailbox.to(email)).toEqual([]);

    await mutateOk(
      pf.adminApi,
      `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { ${USER_ERRORS} } }`,
      'updateStaffMember',
      { id: pf.staff.id, canInviteClients: true },
    );
    const allowed = await invite(staffApi, { contactId, email });
    expect(allowed.errors).toEqual([]);
    await app.mailbox.waitFor((m) => m.to.includes(email));
  });
});

describe('I11 disabling and removing access', () => {
  it('ends the member’s sessions at once, refuses sign-in and enables again with a resend', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Dana', lastName: 'Disabled' });
    const second = await signInClient(app, pf.firm.slug, member.email);
    expect(await portals(member.client)).toEqual([member.portalId]);

    const disabled = await pf.adminApi.data<{ disablePortalMember: { member: { status: string; accessState: string; disabledAt: string | null }; errors: UserErrorData[] } }>(DISABLE, {
      input: { memberId: member.memberId },
    });
    expect(disabled.disablePortalMember.errors).toEqual([]);
    expect(disabled.disablePortalMember.member).toMatchObject({ status: 'DISABLED', accessState: 'DISABLED' });
    expect(disabled.disablePortalMember.member.disabledAt).not.toBeNull();

    // Both browsers are out; the session rows are gone.
    for (const browser of [member.client, second]) {
      expect(await clientViewer(browser)).toBeNull();
      const refused = await browser.request(MY_PORTALS);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const em = app.orm.em.fork();
    const account = await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email });
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(0);

    // I16: a disabled member cannot sign in, and gets no session.
    const signIn = await trySignInClient(app, pf.firm.slug, member.email);
    expect(signIn.payload.client).toBeNull();
    expect(signIn.payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    expect(signIn.api.cookie('atrium_client')).toBeUndefined();
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(0);

    // Enabled again by a resend: access as before, told by email, same account.
    const resent = await pf.adminApi.data<{ resendInvitation: { member: { status: string }; invitation: unknown; errors: UserErrorData[] } }>(RESEND, { input: { memberId: member.memberId } });
    expect(resent.resendInvitation).toMatchObject({ errors: [], invitation: null, member: { status: 'ACTIVE' } });
    await app.mailbox.waitFor((m) => m.to.includes(member.email) && /now have access/.test(m.subject));
    const back = await signInClient(app, pf.firm.slug, member.email);
    expect(await portals(back)).toEqual([member.portalId]);
    expect(await em.count(ClientUser, { firm: pf.firm.id, email: member.email })).toBe(1);
  });

  it('revokes a pending member’s link, and a resend gives a new one', async () => {
    const pf = await portalFirm(app);
    const pending = await inviteClient(app, pf, { firstName: 'Pete', lastName: 'Pending' });
    expect((await errorsOf(pf.adminApi, DISABLE, { memberId: pending.memberId }))).toEqual([]);
    expect((await lookUpLink(app, pf.firm.slug, pending.token)).state).toBe('REVOKED');
    expect((await accept(app, pf.firm.slug, pending.token)).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);

    expect((await errorsOf(pf.adminApi, RESEND, { memberId: pending.memberId }))).toEqual([]);
    await app.mailbox.waitFor(() => app.mailbox.to(pending.email).length === 2);
    const mail = app.mailbox.to(pending.email)[1]!;
    const token = mail.text.match(/accept#([A-Za-z0-9_-]+)/)?.[1] ?? '';
    expect(token).not.toBe(pending.token);
    expect((await accept(app, pf.firm.slug, token)).errors).toEqual([]);
  });

  it('leaves a member with another active portal signed in, showing only that portal', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Two', lastName: 'Portals' });
    const company = await addContact(pf.adminApi, { type: 'ORGANIZATION', organizationName: `Second Portal ${pf.firm.slug}` });
    const added = await invite(pf.adminApi, { contactId: company, email: member.email });
    expect(added.member?.status).toBe('ACTIVE');
    expect((await portals(member.client)).sort()).toEqual([member.portalId, added.portal!.id].sort());

    expect(await errorsOf(pf.adminApi, DISABLE, { memberId: member.memberId })).toEqual([]);
    expect(await clientViewer(member.client)).toMatchObject({ email: member.email });
    expect(await portals(member.client)).toEqual([added.portal!.id]);
    expect(await portals(await signInClient(app, pf.firm.slug, member.email))).toEqual([added.portal!.id]);
  });

  it('removes a member: the row is gone, sessions end and sign-in is refused', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Rob', lastName: 'Removed' });
    const removed = await pf.adminApi.data<{ removePortalMember: { removed: boolean; errors: UserErrorData[] } }>(REMOVE, { input: { memberId: member.memberId } });
    expect(removed.removePortalMember).toEqual({ removed: true, errors: [] });

    const em = app.orm.em.fork();
    expect(await em.count(PortalMember, { id: member.memberId })).toBe(0);
    expect(await em.count(Invitation, { member: member.memberId })).toBe(0);
    expect(await clientViewer(member.client)).toBeNull();
    expect((await trySignInClient(app, pf.firm.slug, member.email)).payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    const members = await pf.adminApi.data<{ contact: { portalStatus: string; portal: { members: unknown[] } } }>(
      'query($id: ID!) { contact(id: $id) { portalStatus portal { members { id } } } }',
      { id: member.contactId },
    );
    expect(members.contact).toEqual({ portalStatus: 'NONE', portal: { members: [] } });
    const log = await em.find(ActivityEntry, { firm: pf.firm.id, action: ActivityAction.MEMBER_REMOVED });
    expect(log.map((e) => e.actorName)).toEqual([pf.admin.name]);

    // Invited again later, the person registers with their existing login.
    const again = await invite(pf.adminApi, { contactId: member.contactId, email: member.email });
    expect(again.member).toMatchObject({ status: 'ACTIVE' });
    expect(await portals(await signInClient(app, pf.firm.slug, member.email))).toEqual([member.portalId]);
  });

  it('does not reach another firm’s members', async () => {
    const pf = await portalFirm(app);
    const other = await portalFirm(app);
    const member = await registeredMember(app, other, { firstName: 'Far', lastName: 'Member' });
    const SEND_RESET = `mutation($input: PortalMemberIdInput!) { sendPasswordReset(input: $input) { ${USER_ERRORS} } }`;
    for (const mutation of [DISABLE, REMOVE, GENERATE_LINK, START_VIEW, SEND_RESET]) {
      expect(await errorsOf(pf.adminApi, mutation, { memberId: member.memberId })).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    }
    expect(await errorsOf(pf.adminApi, RESEND, { memberId: member.memberId })).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(await portals(member.client)).toEqual([member.portalId]);
    expect(pf.adminApi.cookie('atrium_client')).toBeUndefined();
  });
});

describe('I13 viewing the portal as a member', () => {
  it('needs the share-items right or the admin role, and gives a read-only view of that one membership, logged', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Vera', lastName: 'Viewed' });
    const company = await addContact(pf.adminApi, { type: 'ORGANIZATION', organizationName: `Vera Holdings ${pf.firm.slug}` });
    const second = await invite(pf.adminApi, { contactId: company, email: member.email });
    expect(second.member?.status).toBe('ACTIVE');

    const staffApi = await app.signInStaff(pf.staff);
    expect(await errorsOf(staffApi, START_VIEW, { memberId: member.memberId })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect(staffApi.cookie('atrium_client')).toBeUndefined();

    // A pending member has nothing to view yet.
    const pending = await inviteClient(app, pf, { firstName: 'Not', lastName: 'Yet' });
    expect(await errorsOf(pf.adminApi, START_VIEW, { memberId: pending.memberId })).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

    const viewer = await app.signInStaff(pf.admin);
    const started = await viewer.data<{ startPortalView: { url: string | null; errors: UserErrorData[] } }>(START_VIEW, { input: { memberId: member.memberId } });
    expect(started.startPortalView).toEqual({ url: `/p/${pf.firm.slug}`, errors: [] });
    const view = viewer.atPortal(pf.firm.slug);
    expect(await clientViewer(view)).toMatchObject({ email: member.email });
    expect(await portals(view)).toEqual([member.portalId]);
    expect((await view.data<{ portalViewing: { staffName: string; memberName: string } | null }>('{ portalViewing { staffName memberName } }')).portalViewing).toEqual({
      staffName: pf.admin.name,
      memberName: 'Vera Viewed',
    });
    // The member's own session is not a viewing one.
    expect((await member.client.data<{ portalViewing: unknown }>('{ portalViewing { staffName } }')).portalViewing).toBeNull();

    // Read-only: nothing can be changed.
    await mutateOk(pf.adminApi, `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { ${USER_ERRORS} } }`, 'updatePortalSettings', { membersMayInvite: true });
    const writes: [string, Record<string, unknown> | null][] = [
      [`mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { ok ${USER_ERRORS} } }`, { currentPassword: CLIENT_PASSWORD, newPassword: 'a completely different passphrase' }],
      [`mutation($input: InviteToMyPortalInput!) { inviteToMyPortal(input: $input) { ${USER_ERRORS} } }`, { portalId: member.portalId, name: 'Sneaky Guest', email: emailAt(pf.firm, 'sneaky') }],
      [`mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { ${USER_ERRORS} } }`, { name: 'Renamed By Staff' }],
      [`mutation { signOutEverywhere { ${USER_ERRORS} } }`, null],
    ];
    for (const [mutation, input] of writes) {
      const result = await view.data<Record<string, Errors>>(mutation, input ? { input } : {});
      expect(Object.values(result)[0]!.errors, mutation).toEqual([expect.objectContaining({ code: 'READ_ONLY' })]);
    }
    const em = app.orm.em.fork();
    expect((await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email })).name).toBe('Vera Viewed');
    expect(await em.count(PortalMember, { email: emailAt(pf.firm, 'sneaky') })).toBe(0);
    // The member's password and sessions are untouched.
    expect(await clientViewer(member.client)).toMatchObject({ email: member.email });
    await signInClient(app, pf.firm.slug, member.email);

    const log = await pf.adminApi.data<{ activity: { edges: { node: { action: string; actorName: string; summary: string } }[] } }>(
      'query($filter: ActivityFilterInput) { activity(first: 10, filter: $filter) { edges { node { action actorName summary } } } }',
      { filter: { memberId: member.memberId, actions: ['PORTAL_VIEWED_AS'] } },
    );
    expect(log.activity.edges.map((e) => e.node)).toEqual([expect.objectContaining({ action: 'PORTAL_VIEWED_AS', actorName: pf.admin.name })]);
    expect(log.activity.edges[0]?.node.summary).toContain('Vera Viewed');

    // The view lasts half an hour.
    app.clock.advance(31 * 60 * 1000);
    expect(await clientViewer(view)).toBeNull();

    // A staff member given the share-items right may view too.
    await mutateOk(
      pf.adminApi,
      `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { ${USER_ERRORS} } }`,
      'updateStaffMember',
      { id: pf.staff.id, canShareItems: true },
    );
    expect(await errorsOf(staffApi, START_VIEW, { memberId: member.memberId })).toEqual([]);
    expect(await portals(staffApi.atPortal(pf.firm.slug))).toEqual([member.portalId]);
  });
});

describe('I16 client sign-in', () => {
  it('signs an active member in at their own firm only', async () => {
    const pf = await portalFirm(app);
    const other = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Sid', lastName: 'SignIn' });
    const elsewhere = await trySignInClient(app, other.firm.slug, member.email);
    expect(elsewhere.payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    const wrong = await trySignInClient(app, pf.firm.slug, member.email, 'not the right passphrase');
    expect(wrong.payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    const home = await trySignInClient(app, pf.firm.slug, member.email.toUpperCase());
    expect(home.payload.errors).toEqual([]);
    expect(await clientViewer(home.api)).toMatchObject({ email: member.email });
    expect(await clientViewer(home.api.atPortal(other.firm.slug))).toBeNull();
  });

  it('writes a session only for the right password: a wrong one leaves no session and no sign-in time, and counts a failure', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Wanda', lastName: 'Wrong' });
    const em = app.orm.em.fork();
    const account = await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email }, { populate: ['passwordHash'] });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    const signedInAt = account.lastSignInAt;
    const failuresOf = async () => {
      const rows = await em.getConnection().execute<{ failures: number }[]>('select failures from sign_in_throttle where key = ?', [`client:${pf.firm.id}:${member.email}`]);
      return rows[0]?.failures ?? 0;
    };
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(1);

    app.clock.advance(60_000);
    const wrong = await trySignInClient(app, pf.firm.slug, member.email, 'not the right passphrase');
    expect(wrong.payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    expect(await clientViewer(wrong.api)).toBeNull();
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(1);
    expect((await em.fork().findOneOrFail(ClientUser, account.id)).lastSignInAt).toEqual(signedInAt);
    expect(await failuresOf()).toBe(1);

    app.clock.advance(60_000);
    const right = await trySignInClient(app, pf.firm.slug, member.email);
    expect(right.payload.errors).toEqual([]);
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(2);
    expect((await em.fork().findOneOrFail(ClientUser, account.id)).lastSignInAt).toEqual(app.clock.now());
    expect(await failuresOf()).toBe(0);
  });
});
