import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firm } from '../src/modules/firms/firm.entity.js';
import { StaffRole, StaffUser } from '../src/modules/staff/staff-user.entity.js';
import { TEST_PASSWORD, USER_ERRORS, mutateOk, startTestApp, type ApiClient, type TestApp, type UserErrorData } from './harness.js';

interface StaffData {
  id: string;
  name: string;
  email: string;
  role: string;
  canInviteClients: boolean;
  canShareItems: boolean;
  active: boolean;
  deactivatedAt: string | null;
  firm: { id: string };
}

interface StaffPayload {
  staffMember: StaffData | null;
  errors: UserErrorData[];
}

interface FirmPayload {
  firm: { id: string; name: string; accentColor: string; logoUrl: string | null } | null;
  errors: UserErrorData[];
}

const STAFF = 'id name email role canInviteClients canShareItems active deactivatedAt firm { id }';
const CREATE = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { staffMember { ${STAFF} } ${USER_ERRORS} } }`;
const UPDATE = `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { staffMember { ${STAFF} } ${USER_ERRORS} } }`;
const DEACTIVATE = `mutation($input: StaffMemberIdInput!) { deactivateStaffMember(input: $input) { staffMember { ${STAFF} } ${USER_ERRORS} } }`;
const REACTIVATE = `mutation($input: StaffMemberIdInput!) { reactivateStaffMember(input: $input) { staffMember { ${STAFF} } ${USER_ERRORS} } }`;
const LIST = `query($all: Boolean!) { staffMembers(includeDeactivated: $all) { ${STAFF} } }`;
const UPDATE_FIRM = `mutation($input: UpdateFirmInput!) { updateFirm(input: $input) { firm { id name accentColor logoUrl } ${USER_ERRORS} } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signInStaff(input: $input) { staff { id email role } ${USER_ERRORS} } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function staffMutation(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<StaffPayload> {
  const result = await api.data<Record<string, StaffPayload>>(mutation, { input });
  const payload = Object.values(result)[0];
  if (!payload) throw new Error('no payload');
  return payload;
}

async function updateFirm(api: ApiClient, input: Record<string, unknown>): Promise<FirmPayload> {
  return (await api.data<{ updateFirm: FirmPayload }>(UPDATE_FIRM, { input })).updateFirm;
}

function newMember(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'New Member', email: `member-${randomBytes(4).toString('hex')}@atrium.test`, password: 'a long enough password', ...overrides };
}

function error(code: string, field: string[] | null): UserErrorData {
  return { code, message: expect.any(String) as unknown as string, field };
}

/** The stored row, read afresh. */
function stored(id: string): Promise<StaffUser> {
  return app.orm.em.fork().findOneOrFail(StaffUser, { id });
}

describe('creating staff members', () => {
  it('lets an admin add a staff member who can then sign in with the given password', async () => {
    const { firm, admin } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const email = `New.Person-${randomBytes(3).toString('hex')}@Atrium.test`;
    const created = await staffMutation(adminApi, CREATE, {
      name: '  New Person ',
      email,
      password: 'twelve chars',
      role: 'STAFF',
      canInviteClients: true,
    });
    expect(created.errors).toEqual([]);
    expect(created.staffMember).toMatchObject({
      name: 'New Person',
      email: email.toLowerCase(),
      role: 'STAFF',
      canInviteClients: true,
      canShareItems: false,
      active: true,
      deactivatedAt: null,
      firm: { id: firm.id },
    });
    const row = await stored(created.staffMember?.id ?? '');
    expect(row.firm.id).toBe(firm.id);
    expect(row.email).toBe(email.toLowerCase());

    const api = app.api();
    const signedIn = await api.data<{ signInStaff: { staff: { id: string; role: string } | null; errors: UserErrorData[] } }>(SIGN_IN, {
      input: { email, password: 'twelve chars' },
    });
    expect(signedIn.signInStaff.errors).toEqual([]);
    expect(signedIn.signInStaff.staff).toEqual({ id: row.id, email: email.toLowerCase(), role: 'STAFF' });
    expect((await api.data<{ viewer: { id: string } | null }>('{ viewer { id } }')).viewer?.id).toBe(row.id);
  });

  it('creates another admin when asked', async () => {
    const { admin } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const created = await staffMutation(adminApi, CREATE, newMember({ role: 'ADMIN', canShareItems: true }));
    expect(created.errors).toEqual([]);
    const row = await stored(created.staffMember?.id ?? '');
    expect(row.role).toBe(StaffRole.ADMIN);
    expect(row.canShareItems).toBe(true);
    expect(row.canInviteClients).toBe(false);
  });

  it('refuses an email any staff member has, in any firm and any case', async () => {
    const { firm, admin, staff } = await app.createFirm();
    const other = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const count = () => app.orm.em.fork().count(StaffUser, { firm: firm.id });
    const before = await count();
    const sameFirm = await staffMutation(adminApi, CREATE, newMember({ email: staff.email.toUpperCase() }));
    expect(sameFirm).toEqual({ staffMember: null, errors: [error('ALREADY_EXISTS', ['email'])] });
    const otherFirm = await staffMutation(adminApi, CREATE, newMember({ email: ` ${other.admin.email} ` }));
    expect(otherFirm.errors).toEqual([error('ALREADY_EXISTS', ['email'])]);
    expect(await count()).toBe(before);
  });

  it('refuses a short password, a blank name and a malformed email', async () => {
    const { firm, admin } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const count = () => app.orm.em.fork().count(StaffUser, { firm: firm.id });
    const before = await count();
    expect((await staffMutation(adminApi, CREATE, newMember({ password: 'eleven char' }))).errors).toEqual([error('INVALID_INPUT', ['password'])]);
    expect((await staffMutation(adminApi, CREATE, newMember({ name: '   ' }))).errors).toEqual([error('INVALID_INPUT', ['name'])]);
    expect((await staffMutation(adminApi, CREATE, newMember({ email: 'nobody-at-example' }))).errors).toEqual([error('INVALID_INPUT', ['email'])]);
    expect(await count()).toBe(before);
    // Twelve characters are enough.
    expect((await staffMutation(adminApi, CREATE, newMember({ password: 'exactly 12ch' }))).errors).toEqual([]);
    expect(await count()).toBe(before + 1);
  });
});

describe('only admins manage staff', () => {
  it('answers NOT_ALLOWED to a staff member and changes nothing', async () => {
    const { firm, admin, staff } = await app.createFirm();
    const staffApi = await app.signInStaff(staff);
    const count = () => app.orm.em.fork().count(StaffUser, { firm: firm.id });
    const before = await count();
    const notAllowed = { staffMember: null, errors: [error('NOT_ALLOWED', null)] };

    expect(await staffMutation(staffApi, CREATE, newMember())).toEqual(notAllowed);
    expect(await count()).toBe(before);
    expect(await staffMutation(staffApi, UPDATE, { id: staff.id, role: 'ADMIN', canInviteClients: true })).toEqual(notAllowed);
    expect(await staffMutation(staffApi, UPDATE, { id: admin.id, name: 'Hijacked' })).toEqual(notAllowed);
    expect(await staffMutation(staffApi, DEACTIVATE, { id: admin.id })).toEqual(notAllowed);
    expect(await staffMutation(staffApi, REACTIVATE, { id: staff.id })).toEqual(notAllowed);

    const me = await stored(staff.id);
    expect([me.role, me.canInviteClients, me.deactivatedAt]).toEqual([StaffRole.STAFF, false, null]);
    const boss = await stored(admin.id);
    expect([boss.name, boss.deactivatedAt]).toEqual([admin.name, null]);
  });

  it('answers UNAUTHENTICATED to a signed-out caller', async () => {
    const { firm, admin, staff } = await app.createFirm();
    const api = app.api();
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE, newMember()],
      [UPDATE, { id: staff.id, role: 'ADMIN' }],
      [DEACTIVATE, { id: admin.id }],
      [REACTIVATE, { id: staff.id }],
      [UPDATE_FIRM, { name: 'Taken over' }],
    ];
    for (const [mutation, input] of attempts) {
      const result = await api.request(mutation, { input });
      expect(result.data).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    const staffList = await api.request(LIST, { all: true });
    expect(staffList.data).toBeNull();
    expect(staffList.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await stored(staff.id)).role).toBe(StaffRole.STAFF);
    expect((await stored(admin.id)).deactivatedAt).toBeNull();
    expect((await app.orm.em.fork().findOneOrFail(Firm, { id: firm.id })).name).toBe(firm.name);
  });
});

describe('changing staff members', () => {
  it('persists name, role and rights, leaving omitted fields alone', async () => {
    const { admin, staff } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const first = await staffMutation(adminApi, UPDATE, { id: staff.id, canInviteClients: true, canShareItems: true });
    expect(first.errors).toEqual([]);
    expect(first.staffMember).toMatchObject({ name: staff.name, role: 'STAFF', canInviteClients: true, canShareItems: true });
    let row = await stored(staff.id);
    expect([row.name, row.role, row.canInviteClients, row.canShareItems]).toEqual([staff.name, StaffRole.STAFF, true, true]);

    const second = await staffMutation(adminApi, UPDATE, { id: staff.id, name: 'Renamed', canShareItems: false });
    expect(second.errors).toEqual([]);
    row = await stored(staff.id);
    expect([row.name, row.role, row.canInviteClients, row.canShareItems]).toEqual(['Renamed', StaffRole.STAFF, true, false]);

    const promoted = await staffMutation(adminApi, UPDATE, { id: staff.id, role: 'ADMIN' });
    expect(promoted.staffMember?.role).toBe('ADMIN');
    expect((await stored(staff.id)).role).toBe(StaffRole.ADMIN);

    const blank = await staffMutation(adminApi, UPDATE, { id: staff.id, name: ' ' });
    expect(blank.errors).toEqual([error('INVALID_INPUT', ['name'])]);
    expect((await stored(staff.id)).name).toBe('Renamed');
  });

  it('keeps the last active admin: no demotion, no deactivation', async () => {
    const { admin, staff } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const conflict = { staffMember: null, errors: [error('CONFLICT', null)] };
    expect(await staffMutation(adminApi, UPDATE, { id: admin.id, role: 'STAFF' })).toEqual(conflict);
    expect(await staffMutation(adminApi, DEACTIVATE, { id: admin.id })).toEqual(conflict);
    let row = await stored(admin.id);
    expect([row.role, row.deactivatedAt]).toEqual([StaffRole.ADMIN, null]);

    // A deactivated admin does not count as another admin.
    await mutateOk(adminApi, UPDATE, 'updateStaffMember', { id: staff.id, role: 'ADMIN' });
    await mutateOk(adminApi, DEACTIVATE, 'deactivateStaffMember', { id: staff.id });
    expect(await staffMutation(adminApi, UPDATE, { id: admin.id, role: 'STAFF' })).toEqual(conflict);
    expect(await staffMutation(adminApi, DEACTIVATE, { id: admin.id })).toEqual(conflict);

    // With another active admin, the first may step down.
    await mutateOk(adminApi, REACTIVATE, 'reactivateStaffMember', { id: staff.id });
    const demoted = await staffMutation(adminApi, UPDATE, { id: admin.id, role: 'STAFF' });
    expect(demoted.errors).toEqual([]);
    row = await stored(admin.id);
    expect(row.role).toBe(StaffRole.STAFF);
    // ...and is then no longer an admin.
    expect(await staffMutation(adminApi, UPDATE, { id: staff.id, role: 'STAFF' })).toEqual({ staffMember: null, errors: [error('NOT_ALLOWED', null)] });
    expect((await stored(staff.id)).role).toBe(StaffRole.ADMIN);
  });

  it('deactivates and reactivates a staff member', async () => {
    const { admin, staff } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const deactivated = await staffMutation(adminApi, DEACTIVATE, { id: staff.id });
    expect(deactivated.errors).toEqual([]);
    expect(deactivated.staffMember).toMatchObject({ id: staff.id, active: false, deactivatedAt: expect.any(String) });
    expect((await stored(staff.id)).deactivatedAt).toBeInstanceOf(Date);
    const signIn = await app.api().fromAddress('192.0.2.41').data<{ signInStaff: { errors: UserErrorData[] } }>(SIGN_IN, {
      input: { email: staff.email, password: TEST_PASSWORD },
    });
    expect(signIn.signInStaff.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);

    const reactivated = await staffMutation(adminApi, REACTIVATE, { id: staff.id });
    expect(reactivated.errors).toEqual([]);
    expect(reactivated.staffMember).toMatchObject({ id: staff.id, active: true, deactivatedAt: null });
    expect((await stored(staff.id)).deactivatedAt).toBeNull();
    await app.signInStaff(staff);
  });

  it("lists the firm's staff only, active ones unless asked", async () => {
    const { firm, admin, staff } = await app.createFirm();
    const other = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const extra = await mutateOk<StaffPayload>(adminApi, CREATE, 'createStaffMember', newMember({ name: 'Aaron Early' }));
    await mutateOk(adminApi, DEACTIVATE, 'deactivateStaffMember', { id: staff.id });

    const staffApi = await app.signInStaff(other.staff);
    for (const [api, firmId, expected] of [
      [adminApi, firm.id, [extra.staffMember?.id, admin.id]],
      [staffApi, other.firm.id, [other.admin.id, other.staff.id]],
    ] as const) {
      const active = await api.data<{ staffMembers: StaffData[] }>(LIST, { all: false });
      expect(active.staffMembers.map((s) => s.id)).toEqual(expected);
      expect(active.staffMembers.every((s) => s.firm.id === firmId)).toBe(true);
    }
    const all = await adminApi.data<{ staffMembers: StaffData[] }>(LIST, { all: true });
    expect(all.staffMembers.map((s) => s.id)).toEqual([extra.staffMember?.id, admin.id, staff.id]);
    expect(all.staffMembers.map((s) => s.active)).toEqual([true, true, false]);
  });
});

describe('firm settings', () => {
  it('lets an admin change the name, colour and logo', async () => {
    const { firm, admin } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const result = await updateFirm(adminApi, { name: ' Renamed LLP ', accentColor: '#AABBCC', logoUrl: 'https://cdn.example.com/logo.png' });
    expect(result.errors).toEqual([]);
    expect(result.firm).toEqual({ id: firm.id, name: 'Renamed LLP', accentColor: '#aabbcc', logoUrl: 'https://cdn.example.com/logo.png' });
    let row = await app.orm.em.fork().findOneOrFail(Firm, { id: firm.id });
    expect([row.name, row.accentColor, row.logoUrl, row.slug]).toEqual(['Renamed LLP', '#aabbcc', 'https://cdn.example.com/logo.png', firm.slug]);

    // Omitted fields stay; an empty logo address removes the logo.
    const cleared = await updateFirm(adminApi, { logoUrl: '' });
    expect(cleared.firm).toEqual({ id: firm.id, name: 'Renamed LLP', accentColor: '#aabbcc', logoUrl: null });
    row = await app.orm.em.fork().findOneOrFail(Firm, { id: firm.id });
    expect(row.logoUrl).toBeNull();
    const branding = await app.api().data<{ firmBranding: { name: string; accentColor: string } | null }>(
      'query($slug: String!) { firmBranding(slug: $slug) { name accentColor } }',
      { slug: firm.slug },
    );
    expect(branding.firmBranding).toEqual({ name: 'Renamed LLP', accentColor: '#aabbcc' });
  });

  it('refuses a colour that is not #rrggbb and a logo address that is not https', async () => {
    const { firm, admin } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const cases: [Record<string, unknown>, string][] = [
      [{ accentColor: 'red' }, 'accentColor'],
      [{ accentColor: '#abc' }, 'accentColor'],
      [{ accentColor: '#12345g' }, 'accentColor'],
      [{ logoUrl: 'http://cdn.example.com/logo.png' }, 'logoUrl'],
      [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
      [{ logoUrl: 'https://' }, 'logoUrl'],
      [{ name: '   ' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const result = await updateFirm(adminApi, { name: 'Should not stick', ...input });
      expect(result, JSON.stringify(input)).toEqual({ firm: null, errors: [error('INVALID_INPUT', [field])] });
    }
    const row = await app.orm.em.fork().findOneOrFail(Firm, { id: firm.id });
    expect([row.name, row.accentColor, row.logoUrl]).toEqual([firm.name, '#1f5f8b', null]);
  });

  it('answers NOT_ALLOWED to a staff member who is not an admin', async () => {
    const { firm, staff } = await app.createFirm();
    const staffApi = await app.signInStaff(staff);
    const result = await updateFirm(staffApi, { name: 'Mine now', accentColor: '#000000' });
    expect(result).toEqual({ firm: null, errors: [error('NOT_ALLOWED', null)] });
    const row = await app.orm.em.fork().findOneOrFail(Firm, { id: firm.id });
    expect([row.name, row.accentColor]).toEqual([firm.name, '#1f5f8b']);
  });
});

describe('at the same moment', () => {
  it('two admins adding the same email: one succeeds, the other gets ALREADY_EXISTS', async () => {
    const { firm, admin } = await app.createFirm();
    const adminApi = await app.signInStaff(admin);
    const member = newMember();
    const results = await Promise.all([0, 1, 2].map(() => adminApi.request<{ createStaffMember: StaffPayload }>(CREATE, { input: member })));
    for (const result of results) expect(result.errors).toBeUndefined();
    const codes = results.map((result) => result.data?.createStaffMember.errors.map((e) => e.code).join(',')).sort();
    expect(codes).toEqual(['', 'ALREADY_EXISTS', 'ALREADY_EXISTS']);
    expect(await app.orm.em.fork().count(StaffUser, { firm: firm.id, email: member.email as string })).toBe(1);
  });

  it('two admins deactivating each other leave one active admin', async () => {
    const { firm, admin, staff } = await app.createFirm();
    const firstApi = await app.signInStaff(admin);
    await mutateOk(firstApi, UPDATE, 'updateStaffMember', { id: staff.id, role: 'ADMIN' });
    const secondApi = await app.signInStaff(staff);
    const results = await Promise.all([
      firstApi.request<{ deactivateStaffMember: StaffPayload }>(DEACTIVATE, { input: { id: staff.id } }),
      secondApi.request<{ deactivateStaffMember: StaffPayload }>(DEACTIVATE, { input: { id: admin.id } }),
    ]);
    for (const result of results) expect(result.errors).toBeUndefined();
    const codes = results.map((result) => result.data?.deactivateStaffMember.errors.map((e) => e.code).join(',')).sort();
    expect(codes).toEqual(['', 'CONFLICT']);
    expect(await app.orm.em.fork().count(StaffUser, { firm: firm.id, role: StaffRole.ADMIN, deactivatedAt: null })).toBe(1);
  });

  it('two admins demoting each other leave one admin', async () => {
    const { firm, admin, staff } = await app.createFirm();
    const firstApi = await app.signInStaff(admin);
    await mutateOk(firstApi, UPDATE, 'updateStaffMember', { id: staff.id, role: 'ADMIN' });
    const secondApi = await app.signInStaff(staff);
    const results = await Promise.all([
      firstApi.request<{ updateStaffMember: StaffPayload }>(UPDATE, { input: { id: staff.id, role: 'STAFF' } }),
      secondApi.request<{ updateStaffMember: StaffPayload }>(UPDATE, { input: { id: admin.id, role: 'STAFF' } }),
    ]);
    for (const result of results) expect(result.errors).toBeUndefined();
    const codes = results.map((result) => result.data?.updateStaffMember.errors.map((e) => e.code).join(',')).sort();
    expect(codes).toEqual(['', 'CONFLICT']);
    expect(await app.orm.em.fork().count(StaffUser, { firm: firm.id, role: StaffRole.ADMIN, deactivatedAt: null })).toBe(1);
  });
});
