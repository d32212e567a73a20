// The firm's portal settings (P1, P3–P7), through the API: the off switch, members inviting
// others, default permissions, the invitation template and its preview, versioned Terms of
// Service, and the firm's branding in what clients receive.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthSession } from '../src/modules/auth/auth-session.entity.js';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Invitation } from '../src/modules/invitations/invitation.entity.js';
import { Portal, PortalMember, TermsAcceptance } from '../src/modules/portals/portal.entity.js';
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
  outboxOf,
  portalFirm,
  registeredMember,
  settleOutbox,
  startTestApp,
  trySignInClient,
  type ApiClient,
  type MemberPermissionsData,
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

const PERMISSIONS = 'appointmentRequests secureMessaging billingDocuments payBalance inviteOthers myDetails myDocuments';
const SETTINGS_FIELDS = `enabled membersMayInvite invitationValidityDays invitationSubject invitationBody termsOfService termsVersion defaultPermissions { ${PERMISSIONS} }`;
const UPDATE_SETTINGS = `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { portalSettings { ${SETTINGS_FIELDS} } ${USER_ERRORS} } }`;

interface SettingsData {
  enabled: boolean;
  membersMayInvite: boolean;
  invitationValidityDays: number;
  invitationSubject: string;
  invitationBody: string;
  termsOfService: string;
  termsVersion: number;
  defaultPermissions: MemberPermissionsData;
}

async function updateSettings(api: ApiClient, input: Record<string, unknown>): Promise<{ portalSettings: SettingsData | null; errors: UserErrorData[] }> {
  return (await api.data<{ updatePortalSettings: { portalSettings: SettingsData | null; errors: UserErrorData[] } }>(UPDATE_SETTINGS, { input })).updatePortalSettings;
}

async function readSettings(api: ApiClient): Promise<SettingsData> {
  return (await api.data<{ portalSettings: SettingsData }>(`{ portalSettings { ${SETTINGS_FIELDS} } }`)).portalSettings;
}

const MY_PORTALS = '{ myPortals { id name canInviteOthers matters { name } } }';
const INVITE_TO_MY_PORTAL = `mutation($input: InviteToMyPortalInput!) { inviteToMyPortal(input: $input) { invitedEmail ${USER_ERRORS} } }`;
const UPDATE_PERMISSIONS = `mutation($input: UpdateMemberPermissionsInput!) { updateMemberPermissions(input: $input) { member { permissions { ${PERMISSIONS} } } ${USER_ERRORS} } }`;

const ALL_OFF: MemberPermissionsData = {
  appointmentRequests: false,
  secureMessaging: false,
  billingDocuments: false,
  payBalance: false,
  inviteOthers: false,
  myDetails: false,
  myDocuments: false,
};

describe('P1 the portal switch', () => {
  it('starts off: no invitation can be sent, and nothing is written or mailed', async () => {
    const { firm, admin } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    expect((await readSettings(adminApi)).enabled).toBe(false);
    const email = emailAt(firm, 'off');
    const contactId = await addContact(adminApi, { firstName: 'Olive', lastName: 'Off', emails: [{ address: email }] });

    const refused = await invite(adminApi, { contactId, email });
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'PORTAL_DISABLED' })]);
    expect(refused.member).toBeNull();

    const bulk = await adminApi.data<{ bulkInviteToPortal: { run: { id: string } | null; errors: UserErrorData[] } }>(
      `mutation($input: BulkInviteToPortalInput!) { bulkInviteToPortal(input: $input) { run { id } ${USER_ERRORS} } }`,
      { input: { contactIds: [contactId], requestKey: `off-${firm.slug}` } },
    );
    expect(bulk.bulkInviteToPortal.errors).toEqual([expect.objectContaining({ code: 'PORTAL_DISABLED' })]);

    const em = app.orm.em.fork();
    expect(await em.count(Portal, { firm: firm.id })).toBe(0);
    expect(await em.count(PortalMember, { firm: firm.id })).toBe(0);
    expect(await em.count(Invitation, { firm: firm.id })).toBe(0);
    expect(await outboxOf(app, firm.id)).toEqual([]);
    expect(app.mailbox.to(email)).toEqual([]);
  });

  it('turned off, ends client sessions and refuses sign-in, registration and client calls; on again, access is as it was', async () => {
    const pf = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Mona', lastName: 'Member' });
    const pending = await inviteClient(app, pf, { firstName: 'Pia', lastName: 'Pending' });
    expect(await clientViewer(member.client)).toMatchObject({ email: member.email });

    const off = await updateSettings(pf.adminApi, { enabled: false });
    expect(off.errors).toEqual([]);
    expect(off.portalSettings?.enabled).toBe(false);

    // The signed-in member is out at once: the session rows are gone, the cookie opens nothing.
    const em = app.orm.em.fork();
    const account = await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email });
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(0);
    expect(await clientViewer(member.client)).toBeNull();
    const portals = await member.client.request(MY_PORTALS);
    expect(portals.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Nobody signs in, not even with the right password.
    const signIn = await trySignInClient(app, pf.firm.slug, member.email);
    expect(signIn.payload.errors).toEqual([expect.objectContaining({ code: 'PORTAL_DISABLED' })]);
    expect(signIn.payload.client).toBeNull();
    expect(await clientViewer(signIn.api)).toBeNull();
    expect(await em.count(AuthSession, { clientUser: account.id })).toBe(0);
    // A wrong password learns nothing more than ever.
    const guess = await trySignInClient(app, pf.firm.slug, member.email, 'a wrong guess of a password');
    expect(guess.payload.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);

    // Nobody registers: the link page says the portal is off, and accepting is refused.
    const page = await lookUpLink(app, pf.firm.slug, pending.token);
    expect(page.email).toBeNull();
    expect(page.problem).toMatch(/turned off/i);
    const refused = await accept(app, pf.firm.slug, pending.token);
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'PORTAL_DISABLED' })]);
    expect(await em.count(ClientUser, { firm: pf.firm.id, email: pending.email })).toBe(0);

    // No invitation goes out, not even a resend.
    const resend = await pf.adminApi.data<{ resendInvitation: { errors: UserErrorData[] } }>(
      `mutation($input: ResendInvitationInput!) { resendInvitation(input: $input) { ${USER_ERRORS} } }`,
      { input: { memberId: pending.memberId } },
    );
    expect(resend.resendInvitation.errors).toEqual([expect.objectContaining({ code: 'PORTAL_DISABLED' })]);

    // On again: the member signs in and sees the portal; the pending link works as before.
    expect((await updateSettings(pf.adminApi, { enabled: true })).errors).toEqual([]);
    const again = await trySignInClient(app, pf.firm.slug, member.email);
    expect(again.payload.errors).toEqual([]);
    const back = await again.api.data<{ myPortals: { id: string }[] }>(MY_PORTALS);
    expect(back.myPortals.map((p) => p.id)).toEqual([member.portalId]);
    expect((await lookUpLink(app, pf.firm.slug, pending.token)).state).toBe('VALID');
    expect((await accept(app, pf.firm.slug, pending.token)).errors).toEqual([]);
  });

  it('may be switched by admins only', async () => {
    const pf = await portalFirm(app);
    const staffApi = await app.signInStaff(pf.staff);
    const refused = await updateSettings(staffApi, { enabled: false });
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect((await readSettings(pf.adminApi)).enabled).toBe(true);
    const anonymous = await app.api().request(UPDATE_SETTINGS, { input: { enabled: false } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('P3 and I14 members inviting others', () => {
  it('needs the firm setting and the member’s own permission; staff then see who invited whom', async () => {
    const pf = await portalFirm(app);
    const inviter = await registeredMember(app, pf, { firstName: 'Ines', lastName: 'Inviter' });
    const guest = emailAt(pf.firm, 'guest');
    const tryInvite = async () =>
      (await inviter.client.data<{ inviteToMyPortal: { invitedEmail: string | null; errors: UserErrorData[] } }>(INVITE_TO_MY_PORTAL, {
        input: { portalId: inviter.portalId, name: 'Gus Guest', email: guest },
      })).inviteToMyPortal;
    const setPermission = async (inviteOthers: boolean) => {
      const result = await pf.adminApi.data<{ updateMemberPermissions: { errors: UserErrorData[] } }>(UPDATE_PERMISSIONS, {
        input: { memberId: inviter.memberId, permissions: { ...ALL_OFF, secureMessaging: true, myDetails: true, myDocuments: true, inviteOthers } },
      });
      expect(result.updateMemberPermissions.errors).toEqual([]);
    };
    const em = app.orm.em.fork();
    const members = () => em.count(PortalMember, { portal: inviter.portalId });

    // Off by default, and the member has no permission.
    expect((await readSettings(pf.adminApi)).membersMayInvite).toBe(false);
    expect((await tryInvite()).errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    // The setting alone is not enough.
    expect((await updateSettings(pf.adminApi, { membersMayInvite: true })).errors).toEqual([]);
    expect((await tryInvite()).errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    // Nor the permission alone.
    expect((await updateSettings(pf.adminApi, { membersMayInvite: false })).errors).toEqual([]);
    await setPermission(true);
    expect((await tryInvite()).errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect((await inviter.client.data<{ myPortals: { canInviteOthers: boolean }[] }>(MY_PORTALS)).myPortals[0]?.canInviteOthers).toBe(false);
    expect(await members()).toBe(1);
    expect(app.mailbox.to(guest)).toEqual([]);

    // Both: the guest is invited and gets the link.
    expect((await updateSettings(pf.adminApi, { membersMayInvite: true })).errors).toEqual([]);
    expect((await inviter.client.data<{ myPortals: { canInviteOthers: boolean }[] }>(MY_PORTALS)).myPortals[0]?.canInviteOthers).toBe(true);
    const sent = await tryInvite();
    expect(sent.errors).toEqual([]);
    expect(sent.invitedEmail).toBe(guest);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(guest));
    const { token } = linkIn(mail, `p/${pf.firm.slug}/accept`);
    expect((await lookUpLink(app, pf.firm.slug, token)).state).toBe('VALID');
    expect(await members()).toBe(2);

    const staffView = await pf.adminApi.data<{ contact: { portal: { members: { email: string; status: string; permissions: MemberPermissionsData; invitedBy: { name: string; isMember: boolean } | null }[] } } }>(
      `query($id: ID!) { contact(id: $id) { portal { members { email status permissions { inviteOthers } invitedBy { name isMember } } } } }`,
      { id: inviter.contactId },
    );
    const members2 = staffView.contact.portal.members;
    expect(members2.find((m) => m.email === guest)).toMatchObject({ status: 'PENDING', invitedBy: { name: 'Ines Inviter', isMember: true }, permissions: { inviteOthers: false } });
    expect(members2.find((m) => m.email === inviter.email)?.invitedBy).toEqual({ name: pf.admin.name, isMember: false });
  });
});

describe('P4 default permissions', () => {
  it('applies the firm’s defaults to new members, lets an invitation override them, and never lets paying go without billing', async () => {
    const pf = await portalFirm(app);
    const defaults = { appointmentRequests: true, secureMessaging: false, billingDocuments: true, payBalance: true, inviteOthers: true, myDetails: false, myDocuments: true };
    const updated = await updateSettings(pf.adminApi, { defaultPermissions: defaults });
    expect(updated.errors).toEqual([]);
    expect(updated.portalSettings?.defaultPermissions).toEqual(defaults);

    const first = emailAt(pf.firm, 'first');
    const firstContact = await addContact(pf.adminApi, { firstName: 'First', lastName: 'Default', emails: [{ address: first }] });
    const withDefaults = await invite(pf.adminApi, { contactId: firstContact, email: first });
    expect(withDefaults.errors).toEqual([]);
    expect(withDefaults.member?.permissions).toEqual(defaults);

    const second = emailAt(pf.firm, 'second');
    const secondContact = await addContact(pf.adminApi, { firstName: 'Second', lastName: 'Explicit', emails: [{ address: second }] });
    const explicit = { ...ALL_OFF, secureMessaging: true, payBalance: true };
    const overridden = await invite(pf.adminApi, { contactId: secondContact, email: second, permissions: explicit });
    expect(overridden.errors).toEqual([]);
    // Paying needs seeing the bills: payBalance is dropped without billingDocuments.
    expect(overridden.member?.permissions).toEqual({ ...explicit, payBalance: false });

    // The same rule holds for the firm's defaults.
    const unpaid = await updateSettings(pf.adminApi, { defaultPermissions: { ...defaults, billingDocuments: false, payBalance: true } });
    expect(unpaid.portalSettings?.defaultPermissions).toMatchObject({ billingDocuments: false, payBalance: false });
    const third = emailAt(pf.firm, 'third');
    const thirdContact = await addContact(pf.adminApi, { firstName: 'Third', lastName: 'Default', emails: [{ address: third }] });
    expect((await invite(pf.adminApi, { contactId: thirdContact, email: third })).member?.permissions).toMatchObject({ billingDocuments: false, payBalance: false });

    // Stored as shown.
    const stored = await app.orm.em.fork().findOneOrFail(PortalMember, { firm: pf.firm.id, email: second });
    expect({ ...stored.permissions }).toEqual({ ...explicit, payBalance: false });
  });
});

describe('P5 the invitation template', () => {
  it('refuses a template body without the link placeholder and keeps the old one', async () => {
    const pf = await portalFirm(app);
    const before = await readSettings(pf.adminApi);
    const refused = await updateSettings(pf.adminApi, { invitationBody: 'Hello {{name}}, welcome to {{firmName}}.' });
    expect(refused.portalSettings).toBeNull();
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['invitationBody'] })]);
    expect((await readSettings(pf.adminApi)).invitationBody).toBe(before.invitationBody);
  });

  it('sends invitations from the firm’s template, or from a copy edited for one invitation that keeps the link', async () => {
    const pf = await portalFirm(app);
    const saved = await updateSettings(pf.adminApi, {
      invitationSubject: '{{name}}, your {{firmName}} portal',
      invitationBody: 'Dear {{name}},\n\nYour portal is ready: {{link}}\n\n{{message}}\n\nKind regards, {{firmName}} (until {{expiresOn}})',
    });
    expect(saved.errors).toEqual([]);
    const fromTemplate = await inviteClient(app, pf, { firstName: 'Tess', lastName: 'Template', extra: { message: 'We look forward to it.' } });
    expect(fromTemplate.mail.subject).toBe(`Tess Template, your ${pf.firm.name} portal`);
    expect(fromTemplate.mail.text).toContain('Dear Tess Template,');
    expect(fromTemplate.mail.text).toContain('We look forward to it.');
    expect(fromTemplate.mail.text).toContain(`Kind regards, ${pf.firm.name}`);
    expect(fromTemplate.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // An edited copy for one invitation must keep the placeholder too; refusing it writes nothing.
    const email = emailAt(pf.firm, 'edited');
    const contactId = await addContact(pf.adminApi, { firstName: 'Eddie', lastName: 'Edited', emails: [{ address: email }] });
    const noLink = await invite(pf.adminApi, { contactId, email, body: 'Dear {{name}}, just sign in.' });
    expect(noLink.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['body'] })]);
    expect(await app.orm.em.fork().count(Portal, { contact: contactId })).toBe(0);

    const edited = await invite(pf.adminApi, { contactId, email, subject: 'A personal note from {{firmName}}', body: 'Eddie, here it is:\n\n{{link}}\n\nSee you Tuesday.' });
    expect(edited.errors).toEqual([]);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe(`A personal note from ${pf.firm.name}`);
    expect(mail.text).toContain('See you Tuesday.');
    const { token } = linkIn(mail, `p/${pf.firm.slug}/accept`);
    expect((await lookUpLink(app, pf.firm.slug, token)).state).toBe('VALID');
  });

  it('previews an invitation with the name, firm, message and a sample link, and sends nothing', async () => {
    const pf = await portalFirm(app);
    const PREVIEW = `mutation($input: PreviewInvitationEmailInput!) { previewInvitationEmail(input: $input) { preview { subject text html } ${USER_ERRORS} } }`;
    type Preview = { previewInvitationEmail: { preview: { subject: string; text: string; html: string } | null; errors: UserErrorData[] } };
    const result = await pf.adminApi.data<Preview>(PREVIEW, { input: { name: 'Ada Preview', message: 'Bring your tax papers.' } });
    expect(result.previewInvitationEmail.errors).toEqual([]);
    const preview = result.previewInvitationEmail.preview!;
    const sample = `https://portal.atrium.test/p/${pf.firm.slug}/accept#(personal link)`;
    expect(preview.subject).toContain(pf.firm.name);
    for (const part of ['Hello Ada Preview,', pf.firm.name, 'Bring your tax papers.', sample]) expect(preview.text).toContain(part);
    expect(preview.html).toContain('Ada Preview');
    expect(preview.html).toContain(sample);
    expect(preview.text).not.toContain('%%ATRIUM_LINK%%');

    const edited = await pf.adminApi.data<Preview>(PREVIEW, { input: { name: 'Ada Preview', body: 'Hi {{name}}: {{link}}' } });
    expect(edited.previewInvitationEmail.preview?.text).toMatch(/^Hi Ada Preview:/);
    expect(edited.previewInvitationEmail.preview?.text.endsWith(`\n\n${sample}`)).toBe(true);
    const noLink = await pf.adminApi.data<Preview>(PREVIEW, { input: { name: 'Ada Preview', body: 'Hi {{name}}' } });
    expect(noLink.previewInvitationEmail.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['body'] })]);

    expect(await settleOutbox(app, pf.firm.id)).toEqual([]);
    expect(app.mailbox.messages.filter((m) => m.text.includes(pf.firm.slug))).toEqual([]);
  });
});

describe('P6 Terms of Service', () => {
  it('versions the text and records each acceptance with version, time and address', async () => {
    const pf = await portalFirm(app);
    expect((await readSettings(pf.adminApi)).termsVersion).toBe(1);
    const changed = await updateSettings(pf.adminApi, { termsOfService: 'Version two: be nice.' });
    expect(changed.portalSettings).toMatchObject({ termsOfService: 'Version two: be nice.', termsVersion: 2 });
    // The same text again publishes nothing new.
    expect((await updateSettings(pf.adminApi, { termsOfService: 'Version two: be nice.' })).portalSettings?.termsVersion).toBe(2);

    const invited = await inviteClient(app, pf, { firstName: 'Terry', lastName: 'Terms' });
    const page = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(page).toMatchObject({ state: 'VALID', termsOfService: 'Version two: be nice.', termsVersion: 2, email: invited.email });

    const em = app.orm.em.fork();
    const stale = await accept(app, pf.firm.slug, invited.token, { termsVersion: 1 });
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'TERMS_NOT_ACCEPTED', field: ['acceptTerms'] })]);
    const declined = await accept(app, pf.firm.slug, invited.token, { acceptTerms: false, termsVersion: 2 });
    expect(declined.errors).toEqual([expect.objectContaining({ code: 'TERMS_NOT_ACCEPTED' })]);
    expect(await em.count(ClientUser, { firm: pf.firm.id, email: invited.email })).toBe(0);
    // The link still works after a refusal.
    expect((await lookUpLink(app, pf.firm.slug, invited.token)).state).toBe('VALID');

    // Terms changing while the page is open: the old version is refused.
    expect((await updateSettings(pf.adminApi, { termsOfService: 'Version three: be kind.' })).portalSettings?.termsVersion).toBe(3);
    expect((await accept(app, pf.firm.slug, invited.token, { termsVersion: 2 })).errors).toEqual([expect.objectContaining({ code: 'TERMS_NOT_ACCEPTED' })]);

    app.clock.advance(90_000);
    const at = app.clock.now();
    const browser = app.api().atPortal(pf.firm.slug).fromAddress('203.0.113.45');
    const accepted = await accept(app, pf.firm.slug, invited.token, { termsVersion: 3, api: browser });
    expect(accepted.errors).toEqual([]);
    const account = await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: invited.email });
    const rows = await em.find(TermsAcceptance, { clientUser: account.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 3, ipAddress: '203.0.113.45' });
    expect(rows[0]?.acceptedAt.getTime()).toBe(at.getTime());
  });
});

describe('P7 branding', () => {
  it('puts the firm’s name, accent colour and logo in emails and its login address in the confirmation', async () => {
    const pf = await portalFirm(app);
    const branded = await pf.adminApi.data<{ updateFirm: { firm: { name: string; accentColor: string } | null; errors: UserErrorData[] } }>(
      `mutation($input: UpdateFirmInput!) { updateFirm(input: $input) { firm { name accentColor } ${USER_ERRORS} } }`,
      { input: { name: `Harbor & Pine ${pf.firm.slug}`, accentColor: '#AA3366', logoUrl: 'https://cdn.example.com/harbor-pine.png' } },
    );
    expect(branded.updateFirm.errors).toEqual([]);
    const name = `Harbor & Pine ${pf.firm.slug}`;

    const invited = await inviteClient(app, pf, { firstName: 'Bran', lastName: 'Ding' });
    expect(invited.mail.subject).toContain(name);
    expect(invited.mail.text).toContain(name);
    expect(invited.mail.html).toContain(`Harbor &amp; Pine ${pf.firm.slug}`);
    expect(invited.mail.html).toContain('#aa3366');
    expect(invited.mail.html).toContain('src="https://cdn.example.com/harbor-pine.png"');
    expect(invited.mail.html).toContain(`https://portal.atrium.test/p/${pf.firm.slug}/accept#${invited.token}`);

    const page = await lookUpLink(app, pf.firm.slug, invited.token);
    expect(page.firm).toEqual({ name, slug: pf.firm.slug, accentColor: '#aa3366' });

    expect((await accept(app, pf.firm.slug, invited.token)).errors).toEqual([]);
    const confirmation = await app.mailbox.waitFor((m) => m.to.includes(invited.email) && /account is ready/i.test(m.subject));
    expect(confirmation.subject).toContain(name);
    expect(confirmation.text).toContain(`Your login name: ${invited.email}`);
    expect(confirmation.text).toContain(`https://portal.atrium.test/p/${pf.firm.slug}`);
    expect(confirmation.html).toContain('#aa3366');
    expect(confirmation.text).not.toContain('accept#');
    // The password is never in an email.
    expect(confirmation.text).not.toContain(CLIENT_PASSWORD);
  });

  it('shows names and messages as text in the HTML, never as markup', async () => {
    const pf = await portalFirm(app);
    const email = emailAt(pf.firm, 'markup');
    const contactId = await addContact(pf.adminApi, { firstName: 'Mark', lastName: 'Up', emails: [{ address: email }] });
    const invited = await invite(pf.adminApi, { contactId, email, name: 'Mark <img src=x onerror=alert(1)>', message: 'See <a href="https://evil.example">this</a> & more' });
    expect(invited.errors).toEqual([]);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(email));
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).not.toContain('href="https://evil.example"');
    expect(mail.html).toContain('Mark &lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;this&lt;/a&gt; &amp; more');
  });
});
