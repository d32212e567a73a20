// The whole invitation lifecycle through the API, as a third party would drive it: staff invite a
// client from a matter, the email arrives over SMTP, the client registers with the link, signs in
// at the firm's address and sees the shared matter, and the responsible staff member is told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Invitation, InvitationStatus } from '../src/modules/invitations/invitation.entity.js';
import { TermsAcceptance } from '../src/modules/portals/portal.entity.js';
import { USER_ERRORS, startTestApp, type TestApp } from './harness.js';
import { linkIn } from './mailbox.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } ${USER_ERRORS} } }`;
const CREATE_MATTER = `mutation($input: CreateMatterInput!) { createMatter(input: $input) { matter { id number name } ${USER_ERRORS} } }`;
const INVITE = `mutation($input: InviteToPortalInput!) {
  inviteToPortal(input: $input) { portal { id } member { id status accessState } invitation { id status expiresAt } ${USER_ERRORS} }
}`;

describe('invitation journey', () => {
  it('takes a client from a matter invitation to a signed-in portal, with emails at every step', async () => {
    const { firm, admin } = await app.createFirm();
    await app.enablePortal(firm);
    const staff = await app.signInStaff(admin);
    const email = `client-${firm.slug}@example.com`;
    const contact = await staff.data<{ createContact: { contact: { id: string } } }>(CREATE_CONTACT, {
      input: { type: 'PERSON', kind: 'CLIENT', firstName: 'Rosa', lastName: 'Park', emails: [{ address: email }] },
    });
    const contactId = contact.createContact.contact.id;
    const matter = await staff.data<{ createMatter: { matter: { id: string; number: string; name: string } } }>(CREATE_MATTER, {
      input: { name: 'Park household tax return', responsibleStaffId: admin.id, participants: [{ contactId, role: 'CLIENT' }] },
    });
    const matterId = matter.createMatter.matter.id;

    const invited = await staff.data<{ inviteToPortal: { member: { id: string; status: string; accessState: string }; errors: unknown[] } }>(INVITE, {
      input: { contactId, email, matterIds: [matterId], message: 'Welcome aboard.' },
    });
    expect(invited.inviteToPortal.errors).toEqual([]);
    expect(invited.inviteToPortal.member).toMatchObject({ status: 'PENDING', accessState: 'PENDING' });

    const mail = await app.mailbox.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toContain(firm.name);
    expect(mail.text).toContain('Welcome aboard.');
    const { token, url } = linkIn(mail, `p/${firm.slug}/accept`);
    expect(url.startsWith(`https://portal.atrium.test/p/${firm.slug}/accept#`)).toBe(true);
    // Only the hash of the token is stored.
    const stored = await app.orm.em.fork().findOneOrFail(Invitation, { email });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const client = app.api().atPortal(firm.slug);
    const lookup = await client.data<{ portalInvitation: { state: string; email: string; termsVersion: number; firm: { name: string } } }>(
      'query($slug: String!, $token: String!) { portalInvitation(firmSlug: $slug, token: $token) { state email termsVersion firm { name } } }',
      { slug: firm.slug, token },
    );
    expect(lookup.portalInvitation).toMatchObject({ state: 'VALID', email, firm: { name: firm.name } });

    const accept = await client.data<{ acceptInvitation: { loginEmail: string | null; errors: unknown[] } }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { loginEmail existingAccount ${USER_ERRORS} } }`,
      { input: { firmSlug: firm.slug, token, password: 'a long and quiet harbour', acceptTerms: true, termsVersion: lookup.portalInvitation.termsVersion } },
    );
    expect(accept.acceptInvitation.errors).toEqual([]);
    expect(accept.acceptInvitation.loginEmail).toBe(email);

    const em = app.orm.em.fork();
    const account = await em.findOneOrFail(ClientUser, { firm: firm.id, email });
    expect(await em.count(TermsAcceptance, { clientUser: account, version: lookup.portalInvitation.termsVersion })).toBe(1);
    expect((await em.findOneOrFail(Invitation, { id: stored.id })).status).toBe(InvitationStatus.ACCEPTED);

    const confirmation = await app.mailbox.waitFor((m) => m.to.includes(email) && /account is ready/i.test(m.subject));
    expect(confirmation.text).toContain(`Your login name: ${email}`);
    expect(confirmation.text).toContain(`https://portal.atrium.test/p/${firm.slug}`);
    const notice = await app.mailbox.waitFor((m) => m.to.includes(admin.email));
    expect(notice.text).toContain('Rosa Park');
    expect(notice.text).toContain(matter.createMatter.matter.number);

    const signIn = await client.data<{ signInClient: { errors: unknown[] } }>(
      `mutation($input: SignInClientInput!) { signInClient(input: $input) { ${USER_ERRORS} } }`,
      { input: { firmSlug: firm.slug, email, password: 'a long and quiet harbour' } },
    );
    expect(signIn.signInClient.errors).toEqual([]);
    const portals = await client.data<{ myPortals: { name: string; matters: { name: string }[] }[] }>('{ myPortals { name matters { name } } }');
    expect(portals.myPortals).toEqual([{ name: 'Rosa Park', matters: [{ name: 'Park household tax return' }] }]);

    // The link is used up.
    const again = await client.data<{ portalInvitation: { state: string } }>(
      'query($slug: String!, $token: String!) { portalInvitation(firmSlug: $slug, token: $token) { state } }',
      { slug: firm.slug, token },
    );
    expect(again.portalInvitation.state).toBe('USED');
  });
});
