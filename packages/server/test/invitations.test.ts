// Who can be invited and to what (I1–I4), the portal status of contacts (I7), resending (I8),
// copy links (I9), changing the address (I10) and the activity log of it all (I17), through the
// API, with the emails read over SMTP and rows read back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Invitation, InvitationStatus } from '../src/modules/invitations/invitation.entity.js';
import { expireInvitations } from '../src/modules/invitations/invitation.service.js';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { EmailKind } from '../src/modules/mail/outbox-email.entity.js';
import { MemberStatus, Portal, PortalMatter, PortalMember } from '../src/modules/portals/portal.entity.js';
import {
  USER_ERRORS,
  accept,
  addContact,
  addMatter,
  emailAt,
  eventually,
  invite,
  inviteClient,
  lookUpLink,
  mutateOk,
  outboxOf,
  portalFirm,
  registeredMember,
  settleOutbox,
  signInClient,
  startTestApp,
  type ApiClient,
  type PortalFirm,
  type TestApp,
  type UserErrorData,
} from './harness.js';
import { linkIn, type ReceivedMail } from './mailbox.js';

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

const RESEND = `mutation($input: ResendInvitationInput!) { resendInvitation(input: $input) { member { id status accessState } invitation { id status expiresAt } ${USER_ERRORS} } }`;
const GENERATE_LINK = `mutation($input: PortalMemberIdInput!) { generateInviteLink(input: $input) { link invitation { id linkOnly status emailStatus } ${USER_ERRORS} } }`;
const CHANGE_EMAIL = `mutation($input: ChangeMemberEmailInput!) { changeMemberEmail(input: $input) { member { id email status } invitation { id email } ${USER_ERRORS} } }`;
const DISABLE = `mutation($input: PortalMemberIdInput!) { disablePortalMember(input: $input) { member { status accessState } ${USER_ERRORS} } }`;
const MY_PORTALS = '{ myPortals { id name matters { name number } } }';

type ResendPayload = { member: { id: string; status: string; accessState: string } | null; invitation: { id: string; status: string; expiresAt: string } | null; errors: UserErrorData[] };

async function resend(api: ApiClient, memberId: string, message?: string): Promise<ResendPayload> {
  return (await api.data<{ resendInvitation: ResendPayload }>(RESEND, { input: { memberId, message } })).resendInvitation;
}

async function setValidityDays(pf: PortalFirm, days: number): Promise<void> {
  await mutateOk(
    pf.adminApi,
    `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { ${USER_ERRORS} } }`,
    'updatePortalSettings',
    { invitationValidityDays: days },
  );
}

/** The invitation emails to one address so far, oldest first, with their tokens. */
function invitationMails(slug: string, email: string): { mail: ReceivedMail; token: string }[] {
  return app.mailbox
    .to(email)
    .filter((m) => m.text.includes(`/p/${slug}/accept#`))
    .map((mail) => ({ mail, token: linkIn(mail, `p/${slug}/accept`).token }));
}

async function nthInvitationMail(slug: string, email: string, n: number): Promise<{ mail: ReceivedMail; token: string }> {
  await app.mailbox.waitFor(() => invitationMails(slug, email).length >= n);
  return invitationMails(slug, email)[n - 1]!;
}

describe('I1 who can be invited', () => {
  it('refuses a contact that is not a client, not a Client on a matter and not linked to one, and writes nothing', async () => {
    const pf = await portalFirm(app);
    const email = emailAt(pf.firm, 'supplier');
    const supplier = await addContact(pf.adminApi, { kind: 'SUPPLIER', organizationName: 'Paper Supplies', type: 'ORGANIZATION', emails: [{ address: email }] });
    // Taking part in a matter in another role does not make a client.
    await addMatter(pf.adminApi, { name: 'Audit', responsibleStaffId: pf.admin.id, participants: [{ contactId: supplier, role: 'EXPERT' }] });

    const refused = await invite(pf.adminApi, { contactId: supplier, email });
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED', field: ['contactId'] })]);
    const em = app.orm.em.fork();
    expect(await em.count(Portal, { firm: pf.firm.id })).toBe(0);
    expect(await em.count(PortalMember, { firm: pf.firm.id })).toBe(0);
    expect(await outboxOf(app, pf.firm.id)).toEqual([]);
  });

  it('admits a prospect who is the Client on a matter', async () => {
    const pf = await portalFirm(app);
    const email = emailAt(pf.firm, 'prospect');
    const prospect = await addContact(pf.adminApi, { kind: 'PROSPECT', firstName: 'Pat', lastName: 'Prospect', emails: [{ address: email }] });
    const before = await invite(pf.adminApi, { contactId: prospect, email });
    expect(before.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);

    await addMatter(pf.adminApi, { name: 'First engagement', responsibleStaffId: pf.admin.id, participants: [{ contactId: prospect, role: 'CLIENT' }] });
    const invited = await invite(pf.adminApi, { contactId: prospect, email });
    expect(invited.errors).toEqual([]);
    expect(invited.member).toMatchObject({ email, status: 'PENDING', accessState: 'PENDING', name: 'Pat Prospect' });
    await app.mailbox.waitFor((m) => m.to.includes(email));
  });

  it("admits a client's linked spouse to the client's portal, but not an unlinked person", async () => {
    const pf = await portalFirm(app);
    const clientEmail = emailAt(pf.firm, 'client');
    const spouseEmail = emailAt(pf.firm, 'spouse');
    const client = await addContact(pf.adminApi, { firstName: 'Carl', lastName: 'Client', emails: [{ address: clientEmail }] });
    const spouse = await addContact(pf.adminApi, { kind: 'OTHER', firstName: 'Sara', lastName: 'Client', emails: [{ address: spouseEmail }] });
    const stranger = await addContact(pf.adminApi, { kind: 'OTHER', firstName: 'Stan', lastName: 'Ger', emails: [{ address: emailAt(pf.firm, 'stranger') }] });

    const unlinked = await invite(pf.adminApi, { contactId: client, inviteeContactId: stranger, email: emailAt(pf.firm, 'stranger') });
    expect(unlinked.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['inviteeContactId'] })]);

    await mutateOk(
      pf.adminApi,
      `mutation($input: LinkContactsInput!) { linkContacts(input: $input) { ${USER_ERRORS} } }`,
      'linkContacts',
      { contactId: client, linkedContactId: spouse, relationship: 'SPOUSE' },
    );
    const invited = await invite(pf.adminApi, { contactId: client, inviteeContactId: spouse, email: spouseEmail });
    expect(invited.errors).toEqual([]);
    expect(invited.member).toMatchObject({ name: 'Sara Client', email: spouseEmail, status: 'PENDING' });

    const view = await pf.adminApi.data<{ contact: { portalEligible: boolean; memberships: { email: string; portal: { id: string; contact: { id: string } } }[] } }>(
      'query($id: ID!) { contact(id: $id) { portalEligible memberships { email portal { id contact { id } } } } }',
      { id: spouse },
    );
    // The spouse is a member of the client's portal, and could have a portal of their own.
    expect(view.contact.portalEligible).toBe(true);
    expect(view.contact.memberships).toEqual([{ email: spouseEmail, portal: { id: invited.portal!.id, contact: { id: client } } }]);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(spouseEmail));
    expect(mail.text).toContain('Hello Sara Client,');
  });

  it('requires a valid email address and stores it normalised', async () => {
    const pf = await portalFirm(app);
    const contactId = await addContact(pf.adminApi, { firstName: 'Eve', lastName: 'Mail' });
    for (const email of ['', '   ', 'not-an-address', 'a@b']) {
      const refused = await invite(pf.adminApi, { contactId, email });
      expect(refused.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['email'] })]);
    }
    expect(await app.orm.em.fork().count(Portal, { contact: contactId })).toBe(0);
    const address = emailAt(pf.firm, 'eve');
    const invited = await invite(pf.adminApi, { contactId, email: `  ${address.toUpperCase()} ` });
    expect(invited.errors).toEqual([]);
    expect(invited.member?.email).toBe(address);
  });

  it('adds a person whose email already has a login to the portal at once, without a second account', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Lou', lastName: 'Login' });
    const company = await addContact(pf.adminApi, { type: 'ORGANIZATION', organizationName: `Login Holdings ${pf.firm.slug}` });

    const added = await invite(pf.adminApi, { contactId: company, email: member.email.toUpperCase() });
    expect(added.errors).toEqual([]);
    expect(added.member).toMatchObject({ status: 'ACTIVE', accessState: 'ACTIVE', email: member.email });
    expect(added.invitation).toBeNull();

    const granted = await app.mailbox.waitFor((m) => m.to.includes(member.email) && /now have access/.test(m.subject));
    expect(granted.text).toContain(`Login Holdings ${pf.firm.slug}`);
    expect(granted.text).toContain(`https://portal.atrium.test/p/${pf.firm.slug}`);
    expect(granted.text).not.toContain('accept#');

    const em = app.orm.em.fork();
    expect(await em.count(ClientUser, { firm: pf.firm.id, email: member.email })).toBe(1);
    expect(await em.count(Invitation, { portal: added.portal!.id })).toBe(0);
    const rows = await settleOutbox(app, pf.firm.id);
    expect(rows.filter((r) => r.toAddress === member.email).map((r) => r.kind)).toEqual([EmailKind.INVITATION, EmailKind.ACCOUNT_CREATED, EmailKind.ACCESS_GRANTED]);

    // The same browser session now sees both portals.
    const portals = await member.client.data<{ myPortals: { id: string }[] }>(MY_PORTALS);
    expect(portals.myPortals.map((p) => p.id).sort()).toEqual([member.portalId, added.portal!.id].sort());
  });
});

describe('I2 and I3 sharing matters with the invitation', () => {
  it('shares only matters the contact takes part in, of the same firm, and the client sees them after registering', async () => {
    const pf = await portalFirm(app);
    const other = await portalFirm(app);
    const email = emailAt(pf.firm, 'matters');
    const contactId = await addContact(pf.adminApi, { firstName: 'Mattie', lastName: 'Shared', emails: [{ address: email }] });
    const own = await addMatter(pf.adminApi, { name: 'Estate plan', responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
    const notTheirs = await addMatter(pf.adminApi, { name: 'Someone else’s matter', responsibleStaffId: pf.admin.id });
    const elsewhereContact = await addContact(other.adminApi, { firstName: 'Far', lastName: 'Away' });
    const elsewhere = await addMatter(other.adminApi, { name: 'Other firm matter', responsibleStaffId: other.admin.id, participants: [{ contactId: elsewhereContact, role: 'CLIENT' }] });

    const notParticipating = await invite(pf.adminApi, { contactId, email, matterIds: [own.id, notTheirs.id] });
    expect(notParticipating.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['matterIds', '1'] })]);
    const otherFirm = await invite(pf.adminApi, { contactId, email, matterIds: [elsewhere.id] });
    expect(otherFirm.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['matterIds', '0'] })]);
    const em = app.orm.em.fork();
    expect(await em.count(Portal, { contact: contactId })).toBe(0);
    expect(await outboxOf(app, pf.firm.id)).toEqual([]);

    // The same matter twice is shared once.
    const invited = await invite(pf.adminApi, { contactId, email, matterIds: [own.id, own.id] });
    expect(invited.errors).toEqual([]);
    expect(await em.count(PortalMatter, { portal: invited.portal!.id })).toBe(1);
    const staffView = await pf.adminApi.data<{ contact: { portal: { sharedMatters: { id: string }[] } } }>(
      'query($id: ID!) { contact(id: $id) { portal { sharedMatters { id } } } }',
      { id: contactId },
    );
    expect(staffView.contact.portal.sharedMatters).toEqual([{ id: own.id }]);

    const mail = await app.mailbox.waitFor((m) => m.to.includes(email));
    expect((await accept(app, pf.firm.slug, linkIn(mail, `p/${pf.firm.slug}/accept`).token)).errors).toEqual([]);
    const client = await signInClient(app, pf.firm.slug, email);
    const portals = await client.data<{ myPortals: { name: string; matters: { name: string; number: string }[] }[] }>(MY_PORTALS);
    expect(portals.myPortals).toEqual([expect.objectContaining({ name: 'Mattie Shared', matters: [{ name: 'Estate plan', number: own.number }] })]);
  });
});

describe('I4 several members in one portal', () => {
  it('invites several people to one portal, each with their own link, and refuses the same email twice', async () => {
    const pf = await portalFirm(app);
    const first = await inviteClient(app, pf, { firstName: 'Fay', lastName: 'Family' });
    const partner = emailAt(pf.firm, 'partner');
    const second = await invite(pf.adminApi, { contactId: first.contactId, name: 'Paul Family', email: partner });
    expect(second.errors).toEqual([]);
    expect(second.portal?.id).toBe(first.portalId);
    expect(second.member).toMatchObject({ name: 'Paul Family', status: 'PENDING' });

    for (const email of [first.email, first.email.toUpperCase(), partner]) {
      const twice = await invite(pf.adminApi, { contactId: first.contactId, name: 'Again', email });
      expect(twice.errors).toEqual([expect.objectContaining({ code: 'ALREADY_EXISTS', field: ['email'] })]);
    }
    const em = app.orm.em.fork();
    expect(await em.count(PortalMember, { portal: first.portalId })).toBe(2);
    expect(await em.count(Invitation, { portal: first.portalId })).toBe(2);

    const partnerMail = await app.mailbox.waitFor((m) => m.to.includes(partner));
    expect(partnerMail.text).toContain('Hello Paul Family,');
    const partnerToken = linkIn(partnerMail, `p/${pf.firm.slug}/accept`).token;
    expect(partnerToken).not.toBe(first.token);
    expect((await accept(app, pf.firm.slug, first.token)).errors).toEqual([]);
    expect((await accept(app, pf.firm.slug, partnerToken)).errors).toEqual([]);
    for (const email of [first.email, partner]) {
      const client = await signInClient(app, pf.firm.slug, email);
      expect((await client.data<{ myPortals: { id: string }[] }>(MY_PORTALS)).myPortals.map((p) => p.id)).toEqual([first.portalId]);
    }
    const members = await pf.adminApi.data<{ contact: { portal: { members: { email: string; status: string }[] } } }>(
      'query($id: ID!) { contact(id: $id) { portal { members { email status } } } }',
      { id: first.contactId },
    );
    expect(members.contact.portal.members.map((m) => m.status)).toEqual(['ACTIVE', 'ACTIVE']);
  });
});

describe('I4 invitations at the same moment', () => {
  it('puts two people invited at once into one portal, and lets only one of two identical invitations through', async () => {
    const pf = await portalFirm(app);
    const contactId = await addContact(pf.adminApi, { firstName: 'Sim', lastName: 'Ultaneous' });
    const [one, two] = [emailAt(pf.firm, 'sim-one'), emailAt(pf.firm, 'sim-two')];
    const both = await Promise.all([
      invite(pf.adminApi, { contactId, name: 'Sim One', email: one }),
      invite(pf.adminApi, { contactId, name: 'Sim Two', email: two }),
    ]);
    expect(both.map((r) => r.errors)).toEqual([[], []]);
    expect(both[0]?.portal?.id).toBe(both[1]?.portal?.id);
    const em = app.orm.em.fork();
    expect(await em.count(Portal, { contact: contactId })).toBe(1);

    const same = emailAt(pf.firm, 'sim-same');
    const twins = await Promise.all([0, 1].map(() => invite(pf.adminApi, { contactId, name: 'Sim Same', email: same })));
    expect(twins.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(twins.filter((r) => r.errors.length > 0).map((r) => r.errors[0]?.code)).toEqual(['ALREADY_EXISTS']);
    expect(await em.count(PortalMember, { portal: both[0]!.portal!.id })).toBe(3);
    expect(await em.count(Invitation, { email: same })).toBe(1);
    const rows = await settleOutbox(app, pf.firm.id);
    expect(rows.filter((r) => r.toAddress === same)).toHaveLength(1);
  });
});

describe('I7 portal status', () => {
  it('tells contacts without portal, pending, expired, active and disabled apart, as a field and as a list filter', async () => {
    const pf = await portalFirm(app);
    const none = await addContact(pf.adminApi, { firstName: 'Nora', lastName: 'None', emails: [{ address: emailAt(pf.firm, 'none') }] });
    // This one's link lasts a day only; the clock then moves past it.
    await setValidityDays(pf, 1);
    const expired = await inviteClient(app, pf, { firstName: 'Ezra', lastName: 'Expired' });
    await setValidityDays(pf, 7);
    const active = await inviteClient(app, pf, { firstName: 'Ava', lastName: 'Active' });
    expect((await accept(app, pf.firm.slug, active.token)).errors).toEqual([]);
    const disabled = await inviteClient(app, pf, { firstName: 'Dina', lastName: 'Disabled' });
    const disabledResult = await pf.adminApi.data<{ disablePortalMember: { member: { status: string; accessState: string }; errors: UserErrorData[] } }>(DISABLE, {
      input: { memberId: disabled.memberId },
    });
    expect(disabledResult.disablePortalMember).toMatchObject({ errors: [], member: { status: 'DISABLED', accessState: 'DISABLED' } });
    app.clock.advance(DAY + MINUTE);
    const pending = await inviteClient(app, pf, { firstName: 'Penny', lastName: 'Pending' });

    const expected: Record<string, string> = { NONE: none, PENDING: pending.contactId, EXPIRED: expired.contactId, ACTIVE: active.contactId, DISABLED: disabled.contactId };
    for (const [status, contactId] of Object.entries(expected)) {
      const field = await pf.adminApi.data<{ contact: { portalStatus: string } }>('query($id: ID!) { contact(id: $id) { portalStatus } }', { id: contactId });
      expect(field.contact.portalStatus).toBe(status);
      const list = await pf.adminApi.data<{ contacts: { totalCount: number; edges: { node: { id: string } }[] } }>(
        'query($filter: ContactFilterInput) { contacts(first: 50, filter: $filter) { totalCount edges { node { id } } } }',
        { filter: { portalStatus: status } },
      );
      expect(list.contacts.edges.map((e) => e.node.id)).toEqual([contactId]);
      expect(list.contacts.totalCount).toBe(1);
    }

    // Members show the same at a glance.
    const states = await pf.adminApi.data<{ contacts: { edges: { node: { id: string; portal: { members: { accessState: string }[] } | null } }[] } }>(
      '{ contacts(first: 50) { edges { node { id portal { members { accessState } } } } } }',
    );
    const stateOf = (id: string) => states.contacts.edges.find((e) => e.node.id === id)?.node.portal?.members.map((m) => m.accessState);
    expect(stateOf(none)).toBeUndefined();
    expect(stateOf(pending.contactId)).toEqual(['PENDING']);
    expect(stateOf(expired.contactId)).toEqual(['EXPIRED']);
    expect(stateOf(active.contactId)).toEqual(['ACTIVE']);
    expect(stateOf(disabled.contactId)).toEqual(['DISABLED']);

    // Resending to the expired one makes it pending again.
    expect((await resend(pf.adminApi, expired.memberId)).errors).toEqual([]);
    const again = await pf.adminApi.data<{ contact: { portalStatus: string } }>('query($id: ID!) { contact(id: $id) { portalStatus } }', { id: expired.contactId });
    expect(again.contact.portalStatus).toBe('PENDING');
  });
});

describe('I8 resending', () => {
  it('sends a new link with a new window before registration (the old link is replaced), and the login address after', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Rhea', lastName: 'Resend' });
    const first = await app.orm.em.fork().findOneOrFail(Invitation, { id: invited.invitationId });

    app.clock.advance(3 * DAY);
    const resent = await resend(pf.adminApi, invited.memberId, 'Here is a fresh link.');
    expect(resent.errors).toEqual([]);
    expect(resent.invitation?.id).not.toBe(invited.invitationId);
    expect(new Date(resent.invitation!.expiresAt).getTime()).toBe(app.clock.now().getTime() + 7 * DAY);
    expect(new Date(resent.invitation!.expiresAt).getTime()).toBe(first.expiresAt.getTime() + 3 * DAY);

    const second = await nthInvitationMail(pf.firm.slug, invited.email, 2);
    expect(second.token).not.toBe(invited.token);
    expect(second.mail.text).toContain('Here is a fresh link.');
    const old = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(old.state).toBe('REPLACED');
    expect(old.problem).toMatch(/newer invitation/i);
    expect((await accept(app, pf.firm.slug, invited.token)).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID', field: ['token'] })]);
    expect((await app.orm.em.fork().findOneOrFail(Invitation, { id: invited.invitationId })).status).toBe(InvitationStatus.REPLACED);

    // Four more days: the first window would have closed, the new one has not.
    app.clock.advance(4 * DAY + MINUTE);
    expect((await lookUpLink(app, pf.firm.slug, second.token)).state).toBe('VALID');
    expect((await accept(app, pf.firm.slug, second.token)).errors).toEqual([]);
    // Back to the real time at once: other test files share the database (see ManualClock.reset).
    app.clock.reset();

    // Registered: a resend sends the firm's login address, with no link.
    const reminder = await resend(pf.adminApi, invited.memberId);
    expect(reminder.errors).toEqual([]);
    expect(reminder.invitation).toBeNull();
    expect(reminder.member).toMatchObject({ status: 'ACTIVE' });
    const mail = await app.mailbox.waitFor((m) => m.to.includes(invited.email) && /sign-in address/.test(m.subject));
    expect(mail.text).toContain(`https://portal.atrium.test/p/${pf.firm.slug}`);
    expect(mail.text).toContain(invited.email);
    expect(mail.text).not.toContain('accept#');
    const rows = await settleOutbox(app, pf.firm.id);
    expect(rows.filter((r) => r.toAddress === invited.email).map((r) => r.kind)).toEqual([
      EmailKind.INVITATION,
      EmailKind.INVITATION,
      EmailKind.ACCOUNT_CREATED,
      EmailKind.LOGIN_REMINDER,
    ]);
    expect(await app.orm.em.fork().count(Invitation, { member: invited.memberId })).toBe(2);
  });
});

describe('I9 generating a link to copy', () => {
  it('returns a working link, sends no email, and stops the earlier link', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Cora', lastName: 'Copy' });
    await settleOutbox(app, pf.firm.id);

    const generated = await pf.adminApi.data<{ generateInviteLink: { link: string | null; invitation: { id: string; linkOnly: boolean; status: string; emailStatus: string | null } | null; errors: UserErrorData[] } }>(
      GENERATE_LINK,
      { input: { memberId: invited.memberId } },
    );
    expect(generated.generateInviteLink.errors).toEqual([]);
    expect(generated.generateInviteLink.invitation).toMatchObject({ linkOnly: true, status: 'PENDING', emailStatus: null });
    const link = generated.generateInviteLink.link!;
    expect(link).toMatch(new RegExp(`^https://portal\\.atrium\\.test/p/${pf.firm.slug}/accept#[A-Za-z0-9_-]{43}$`));
    const token = link.split('#')[1]!;

    expect((await lookUpLink(app, pf.firm.slug, invited.token)).state).toBe('REPLACED');
    expect((await lookUpLink(app, pf.firm.slug, token)).state).toBe('VALID');

    const rows = await settleOutbox(app, pf.firm.id);
    expect(rows.filter((r) => r.kind === EmailKind.INVITATION)).toHaveLength(1);
    expect(app.mailbox.to(invited.email)).toHaveLength(1);

    expect((await accept(app, pf.firm.slug, token)).errors).toEqual([]);
    expect((await lookUpLink(app, pf.firm.slug, token)).state).toBe('USED');
    // Registered: no more links.
    const after = await pf.adminApi.data<{ generateInviteLink: { link: string | null; errors: UserErrorData[] } }>(GENERATE_LINK, { input: { memberId: invited.memberId } });
    expect(after.generateInviteLink).toMatchObject({ link: null, errors: [expect.objectContaining({ code: 'CONFLICT' })] });
  });
});

describe('I10 changing the invited address', () => {
  it('before registration revokes the old link and invites the new address; after registration it is refused', async () => {
    const pf = await portalFirm(app);
    const invited = await inviteClient(app, pf, { firstName: 'Cam', lastName: 'Change' });
    const fresh = emailAt(pf.firm, 'cam-new');
    type Changed = { changeMemberEmail: { member: { email: string; status: string } | null; invitation: { email: string } | null; errors: UserErrorData[] } };

    const invalid = await pf.adminApi.data<Changed>(CHANGE_EMAIL, { input: { memberId: invited.memberId, email: 'nope' } });
    expect(invalid.changeMemberEmail.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['email'] })]);

    const changed = await pf.adminApi.data<Changed>(CHANGE_EMAIL, { input: { memberId: invited.memberId, email: fresh.toUpperCase() } });
    expect(changed.changeMemberEmail.errors).toEqual([]);
    expect(changed.changeMemberEmail.member).toMatchObject({ email: fresh, status: 'PENDING' });
    expect(changed.changeMemberEmail.invitation?.email).toBe(fresh);

    expect((await lookUpLink(app, pf.firm.slug, invited.token)).state).toBe('REVOKED');
    expect((await accept(app, pf.firm.slug, invited.token)).errors).toEqual([expect.objectContaining({ code: 'INVITATION_INVALID' })]);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(fresh));
    const token = linkIn(mail, `p/${pf.firm.slug}/accept`).token;
    expect((await lookUpLink(app, pf.firm.slug, token)).email).toBe(fresh);

    // Another member's address is taken.
    const other = emailAt(pf.firm, 'cam-other');
    expect((await invite(pf.adminApi, { contactId: invited.contactId, name: 'Other Person', email: other })).errors).toEqual([]);
    const taken = await pf.adminApi.data<Changed>(CHANGE_EMAIL, { input: { memberId: invited.memberId, email: other } });
    expect(taken.changeMemberEmail.errors).toEqual([expect.objectContaining({ code: 'ALREADY_EXISTS' })]);

    const accepted = await accept(app, pf.firm.slug, token);
    expect(accepted).toMatchObject({ errors: [], loginEmail: fresh });
    const em = app.orm.em.fork();
    expect(await em.count(ClientUser, { firm: pf.firm.id, email: invited.email })).toBe(0);
    const after = await pf.adminApi.data<Changed>(CHANGE_EMAIL, { input: { memberId: invited.memberId, email: emailAt(pf.firm, 'cam-third') } });
    expect(after.changeMemberEmail.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect((await em.findOneOrFail(PortalMember, { id: invited.memberId })).email).toBe(fresh);
  });
});

describe('I17 the activity log', () => {
  it('records created, sent, opened, accepted, expired and disabled with who did it, newest first', async () => {
    const pf = await portalFirm(app);
    await setValidityDays(pf, 1);
    const em = app.orm.em.fork();
    const sentFor = (memberId: string) => eventually(async () => {
      expect(await em.fork().count(ActivityEntry, { member: memberId, action: ActivityAction.INVITATION_SENT })).toBe(1);
    });

    const xavier = await inviteClient(app, pf, { firstName: 'Xavier', lastName: 'Log' });
    await sentFor(xavier.memberId);
    app.clock.advance(MINUTE);
    expect((await lookUpLink(app, pf.firm.slug, xavier.token)).state).toBe('VALID');
    // Opening again is not a new event.
    await lookUpLink(app, pf.firm.slug, xavier.token);
    app.clock.advance(MINUTE);
    expect((await accept(app, pf.firm.slug, xavier.token)).errors).toEqual([]);
    app.clock.advance(MINUTE);
    const yolanda = await invite(pf.adminApi, { contactId: xavier.contactId, name: 'Yolanda Log', email: emailAt(pf.firm, 'yolanda') });
    expect(yolanda.errors).toEqual([]);
    await sentFor(yolanda.member!.id);
    app.clock.advance(DAY + MINUTE);
    expect(await expireInvitations(app.orm.em.fork(), app.clock.now())).toBeGreaterThanOrEqual(1);
    // Once only.
    await expireInvitations(app.orm.em.fork(), app.clock.now());
    app.clock.advance(MINUTE);
    const disabled = await pf.adminApi.data<{ disablePortalMember: { errors: UserErrorData[] } }>(DISABLE, { input: { memberId: xavier.memberId } });
    expect(disabled.disablePortalMember.errors).toEqual([]);

    type Entry = { action: string; actorName: string; occurredAt: string; summary: string };
    const log = await pf.adminApi.data<{ activity: { totalCount: number; edges: { node: Entry }[] } }>(
      `query($filter: ActivityFilterInput) { activity(first: 50, filter: $filter) { totalCount edges { node { action actorName occurredAt summary } } } }`,
      { filter: { contactId: xavier.contactId } },
    );
    const entries = log.activity.edges.map((e) => e.node);
    const times = entries.map((e) => new Date(e.occurredAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const find = (action: string, about: string) => {
      const index = entries.findIndex((e) => e.action === action && e.summary.includes(about));
      expect(index, `${action} about ${about}`).toBeGreaterThanOrEqual(0);
      return { index, entry: entries[index]! };
    };
    const x = xavier.email;
    const y = emailAt(pf.firm, 'yolanda');
    const order = [
      find('MEMBER_DISABLED', 'Xavier Log'),
      find('INVITATION_EXPIRED', y),
      find('INVITATION_CREATED', y),
      find('INVITATION_ACCEPTED', x),
      find('INVITATION_OPENED', x),
      find('INVITATION_CREATED', x),
    ];
    expect(order.map((o) => o.index)).toEqual([...order.map((o) => o.index)].sort((a, b) => a - b));
    expect(find('INVITATION_SENT', y).index).toBeGreaterThan(order[1]!.index);
    expect(find('INVITATION_SENT', y).index).toBeLessThan(order[3]!.index);
    expect(find('INVITATION_SENT', x).index).toBeGreaterThan(order[4]!.index);

    expect(order[0]!.entry.actorName).toBe(pf.admin.name);
    expect(order[1]!.entry.actorName).toBe('Atrium');
    expect(order[2]!.entry.actorName).toBe(pf.admin.name);
    expect(order[3]!.entry.actorName).toBe('Xavier Log');
    expect(order[4]!.entry.actorName).toBe('Atrium');
    expect(order[5]!.entry.actorName).toBe(pf.admin.name);
    expect(find('INVITATION_SENT', x).entry.actorName).toBe('Atrium');
    expect(entries.filter((e) => e.action === 'INVITATION_OPENED')).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'INVITATION_EXPIRED')).toHaveLength(1);
    expect(log.activity.totalCount).toBe(entries.length);

    // Narrowed to one member and to some kinds.
    const justX = await pf.adminApi.data<{ activity: { edges: { node: Entry }[] } }>(
      `query($filter: ActivityFilterInput) { activity(first: 50, filter: $filter) { edges { node { action actorName occurredAt summary } } } }`,
      { filter: { memberId: xavier.memberId, actions: ['INVITATION_ACCEPTED', 'MEMBER_DISABLED'] } },
    );
    expect(justX.activity.edges.map((e) => e.node.action)).toEqual(['MEMBER_DISABLED', 'INVITATION_ACCEPTED']);
    expect((await em.fork().findOneOrFail(Invitation, { member: yolanda.member!.id })).status).toBe(InvitationStatus.EXPIRED);
    expect((await em.fork().findOneOrFail(PortalMember, { id: xavier.memberId })).status).toBe(MemberStatus.DISABLED);
  });
});
