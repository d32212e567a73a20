import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthSession } from '../src/modules/auth/auth-session.entity.js';
import { TEST_PASSWORD, settingOnEveryConnection, startTestApp, type TestApp } from './harness.js';

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signInStaff(input: $input) { staff { id email role firm { slug } } errors { code message field } }
}`;
const VIEWER = '{ viewer { id email } }';
const SIGN_OUT = 'mutation { signOutStaff { signedOut errors { code } } }';

type SignInResult = { signInStaff: { staff: { id: string; email: string } | null; errors: { code: string; message: string }[] } };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('staff sign-in', () => {
  it('signs in with email and password, sets an httpOnly session cookie, and signs out', async () => {
    const { admin } = await app.createFirm();
    const api = app.api();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: admin.email.toUpperCase(), password: TEST_PASSWORD } } }),
    });
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/atrium_staff=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);

    const signedIn = await api.data<SignInResult>(SIGN_IN, { input: { email: admin.email, password: TEST_PASSWORD } });
    expect(signedIn.signInStaff.errors).toEqual([]);
    expect(signedIn.signInStaff.staff?.email).toBe(admin.email);
    expect((await api.data<{ viewer: { id: string } | null }>(VIEWER)).viewer?.id).toBe(admin.id);

    const token = api.cookie('atrium_staff');
    expect(token).toBeTruthy();
    const stored = await app.orm.em.fork().find(AuthSession, { staffUser: admin.id });
    expect(stored.some((session) => session.tokenHash === token)).toBe(false);

    await api.data(SIGN_OUT);
    expect((await api.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { admin } = await app.createFirm();
    const wrong = await app.api().data<SignInResult>(SIGN_IN, { input: { email: admin.email, password: 'not the password at all' } });
    const unknown = await app.api().data<SignInResult>(SIGN_IN, { input: { email: 'nobody@nowhere.test', password: TEST_PASSWORD } });
    expect(wrong.signInStaff.staff).toBeNull();
    expect(wrong.signInStaff.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    expect(unknown.signInStaff.errors).toEqual(wrong.signInStaff.errors);
  });

  it('locks an account after five failures, also for the right password, until the window passes', async () => {
    const { admin } = await app.createFirm();
    const api = app.api().fromAddress('203.0.113.10');
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await api.data<SignInResult>(SIGN_IN, { input: { email: admin.email, password: `wrong password ${attempt}` } });
      expect(failed.signInStaff.errors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await api.data<SignInResult>(SIGN_IN, { input: { email: admin.email, password: TEST_PASSWORD } });
    expect(locked.signInStaff.errors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.signInStaff.staff).toBeNull();
    expect(api.cookie('atrium_staff')).toBeUndefined();

    // Another account from another address is not affected.
    const { admin: other } = await app.createFirm();
    const fine = await app.api().fromAddress('203.0.113.11').data<SignInResult>(SIGN_IN, { input: { email: other.email, password: TEST_PASSWORD } });
    expect(fine.signInStaff.errors).toEqual([]);

    app.clock.advance(16 * 60 * 1000);
    const later = await api.data<SignInResult>(SIGN_IN, { input: { email: admin.email, password: TEST_PASSWORD } });
    expect(later.signInStaff.errors).toEqual([]);
  });

  it('locks an address that sprays many accounts', async () => {
    const api = app.api().fromAddress('198.51.100.77');
    for (let attempt = 0; attempt < 50; attempt++) {
      await api.data<SignInResult>(SIGN_IN, { input: { email: `spray${attempt}@nowhere.test`, password: 'wrong password here' } });
    }
    const { admin } = await app.createFirm();
    const locked = await api.data<SignInResult>(SIGN_IN, { input: { email: admin.email, password: TEST_PASSWORD } });
    expect(locked.signInStaff.errors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('refuses deactivated staff with the generic error and ends their sessions at once', async () => {
    const { admin, staff } = await app.createFirm();
    const staffApi = await app.signInStaff(staff);
    const adminApi = await app.signInStaff(admin);
    const result = await adminApi.data<{ deactivateStaffMember: { errors: unknown[] } }>(
      'mutation($input: StaffMemberIdInput!) { deactivateStaffMember(input: $input) { errors { code } } }',
      { input: { id: staff.id } },
    );
    expect(result.deactivateStaffMember.errors).toEqual([]);
    expect((await staffApi.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    const again = await app.api().data<SignInResult>(SIGN_IN, { input: { email: staff.email, password: TEST_PASSWORD } });
    expect(again.signInStaff.errors[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers UNAUTHENTICATED to signed-out callers without leaking data', async () => {
    const result = await app.api().request('{ contacts(first: 5) { totalCount } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('client sign-in', () => {
  const CLIENT_SIGN_IN = `mutation($input: SignInClientInput!) { signInClient(input: $input) { client { id email } errors { code } } }`;
  type ClientSignIn = { signInClient: { client: { id: string } | null; errors: { code: string }[] } };

  it("signs a client in at their firm's address only", async () => {
    const { firm } = await app.createFirm();
    const other = await app.createFirm();
    const client = await app.createClientUser(firm);

    const elsewhere = await app.api().data<ClientSignIn>(CLIENT_SIGN_IN, { input: { firmSlug: other.firm.slug, email: client.email, password: TEST_PASSWORD } });
    expect(elsewhere.signInClient.errors[0]?.code).toBe('INVALID_CREDENTIALS');

    const api = app.api();
    const home = await api.data<ClientSignIn>(CLIENT_SIGN_IN, { input: { firmSlug: firm.slug, email: client.email, password: TEST_PASSWORD } });
    expect(home.signInClient.client?.id).toBe(client.id);

    const atHome = await api.atPortal(firm.slug).data<{ clientViewer: { id: string } | null }>('{ clientViewer { id } }');
    expect(atHome.clientViewer?.id).toBe(client.id);
    // The same cookie presented at another firm's address opens nothing.
    const atOther = await api.atPortal(other.firm.slug).data<{ clientViewer: null }>('{ clientViewer { id } }');
    expect(atOther.clientViewer).toBeNull();
    // A client session is not a staff session.
    expect((await api.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });

  it("commits without waiting for the disk only within the sign-in's own transaction", async () => {
    const { firm } = await app.createFirm();
    const clients = await Promise.all([0, 1, 2, 3].map(() => app.createClientUser(firm)));
    const results = await Promise.all(
      clients.map((client) => app.api().data<ClientSignIn>(CLIENT_SIGN_IN, { input: { firmSlug: firm.slug, email: client.email, password: TEST_PASSWORD } })),
    );
    expect(results.map((r) => r.signInClient.client?.id)).toEqual(clients.map((c) => c.id));
    expect(await app.orm.em.fork().count(AuthSession, { clientUser: { $in: clients.map((c) => c.id) } })).toBe(4);
    // Every connection the sign-ins may have used is back to the server's default: durable commits.
    const settings = await settingOnEveryConnection(app, 'synchronous_commit');
    expect(settings.length).toBeGreaterThan(0);
    expect(settings.every((value) => value === 'on')).toBe(true);
  });

  it('tells an unknown firm address apart', async () => {
    const result = await app.api().data<ClientSignIn>(CLIENT_SIGN_IN, { input: { firmSlug: 'no-such-firm-here', email: 'a@b.test', password: TEST_PASSWORD } });
    expect(result.signInClient.errors[0]?.code).toBe('NOT_FOUND');
  });
});
