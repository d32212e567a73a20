// S10 My Details: a member sees their own contact details with the myDetails permission, and
// changes their addresses and numbers only when the firm allows it; every refusal changes nothing,
// input is checked as a staff edit is, and the firm's activity log says what changed, old → new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { Contact } from '../src/modules/contacts/contact.entity.js';
import { PortalMember } from '../src/modules/portals/portal.entity.js';
import {
  CLIENT_PASSWORD,
  TEST_PASSWORD,
  USER_ERRORS,
  mutateOk,
  portalFirm,
  registeredMember,
  signInClient,
  startTestApp,
  type ApiClient,
  type PortalFirm,
  type RegisteredMember,
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

const MY_DETAILS = `query { myPortals { id myDetails { id name loginEmail hasContact editable emails { address label isPrimary isLoginEmail } phones { number label isPrimary } } } }`;
const UPDATE = `mutation($input: UpdateMyDetailsInput!) {
  updateMyDetails(input: $input) { changed myDetails { editable emails { address label isPrimary } phones { number label isPrimary } } ${USER_ERRORS} }
}`;
const SETTINGS = `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { portalSettings { membersMayEditDetails } ${USER_ERRORS} } }`;

interface Details {
  id: string;
  name: string;
  loginEmail: string;
  hasContact: boolean;
  editable: boolean;
  emails: { address: string; label: string | null; isPrimary: boolean; isLoginEmail: boolean }[];
  phones: { number: string; label: string | null; isPrimary: boolean }[];
}

interface UpdatePayload {
  changed: boolean;
  myDetails: { editable: boolean; emails: { address: string }[]; phones: { number: string }[] } | null;
  errors: UserErrorData[];
}

async function detailsOf(api: ApiClient, portalId: string): Promise<Details | null> {
  const result = await api.data<{ myPortals: { id: string; myDetails: Details | null }[] }>(MY_DETAILS);
  const portal = result.myPortals.find((p) => p.id === portalId);
  if (!portal) throw new Error('portal not listed');
  return portal.myDetails;
}

async function update(api: ApiClient, input: Record<string, unknown>): Promise<UpdatePayload> {
  return (await api.data<{ updateMyDetails: UpdatePayload }>(UPDATE, { input })).updateMyDetails;
}

async function allowEditing(pf: PortalFirm, allowed = true): Promise<void> {
  await mutateOk(pf.adminApi, SETTINGS, 'updatePortalSettings', { membersMayEditDetails: allowed });
}

/** The contact's stored addresses and numbers, for "nothing changed". */
async function stored(contactId: string): Promise<{ emails: string[]; phones: string[] }> {
  const contact = await app.orm.em.fork().findOneOrFail(Contact, { id: contactId }, { populate: ['emails', 'phones'] });
  return {
    emails: contact.emails.getItems().map((e) => `${e.address}|${e.label ?? ''}|${e.isPrimary}`).sort(),
    phones: contact.phones.getItems().map((p) => `${p.number}|${p.label ?? ''}|${p.isPrimary}`).sort(),
  };
}

async function detailEntries(firmId: string): Promise<ActivityEntry[]> {
  return app.orm.em.fork().find(ActivityEntry, { firm: firmId, action: ActivityAction.DETAILS_CHANGED }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
}

async function member(pf: PortalFirm): Promise<RegisteredMember> {
  return registeredMember(app, pf, { firstName: 'Dana', lastName: 'Details' });
}

describe('S10 My Details', () => {
  it('shows the member their own details, read-only while the firm does not allow changes, and refuses a change', async () => {
    const pf = await portalFirm(app);
    const m = await member(pf);
    expect(await detailsOf(m.client, m.portalId)).toEqual({
      id: m.memberId,
      name: 'Dana Details',
      loginEmail: m.email,
      hasContact: true,
      editable: false,
      emails: [{ address: m.email, label: null, isPrimary: true, isLoginEmail: true }],
      phones: [],
    });
    const before = await stored(m.contactId);
    const refused = await update(m.client, { portalId: m.portalId, emails: [{ address: m.email }], phones: [{ number: '+44 20 7946 0000' }] });
    expect(refused.errors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    expect(refused.myDetails).toBeNull();
    expect(await stored(m.contactId)).toEqual(before);
    expect(await detailEntries(pf.firm.id)).toEqual([]);
  });

  it('lets the member change addresses and numbers when allowed, and records what changed, old → new', async () => {
    const pf = await portalFirm(app);
    const m = await member(pf);
    await allowEditing(pf);
    expect((await detailsOf(m.client, m.portalId))?.editable).toBe(true);

    const done = await update(m.client, {
      portalId: m.portalId,
      emails: [{ address: m.email }, { address: ' Dana.Home@Example.com ', label: 'home' }],
      phones: [{ number: '+44 20 7946 0000', label: 'mobile' }],
    });
    expect(done.errors).toEqual([]);
    expect(done.changed).toBe(true);
    expect(done.myDetails?.emails.map((e) => e.address)).toEqual([m.email, 'dana.home@example.com']);

    // Staff see the contact as the member left it.
    const contact = await pf.adminApi.data<{ contact: { emails: { address: string; label: string | null; isPrimary: boolean }[]; phones: { number: string; label: string | null }[] } }>(
      'query($id: ID!) { contact(id: $id) { emails { address label isPrimary } phones { number label } } }',
      { id: m.contactId },
    );
    expect(contact.contact.emails).toEqual([
      { address: m.email, label: null, isPrimary: true },
      { address: 'dana.home@example.com', label: 'home', isPrimary: false },
    ]);
    expect(contact.contact.phones).toEqual([{ number: '+44 20 7946 0000', label: 'mobile' }]);

    const [entry, ...rest] = await detailEntries(pf.firm.id);
    expect(rest).toEqual([]);
    expect(entry?.portal?.id).toBe(m.portalId);
    expect(entry?.member?.id).toBe(m.memberId);
    expect(entry?.contact?.id).toBe(m.contactId);
    expect(entry?.actorClient).not.toBeNull();
    expect(entry?.summary).toContain(`email addresses ${m.email} → ${m.email} (primary), dana.home@example.com (home)`);
    expect(entry?.summary).toContain('phone numbers none → +44 20 7946 0000 (mobile)');

    // The same lists again: nothing to record.
    const same = await update(m.client, {
      portalId: m.portalId,
      emails: [{ address: m.email, isPrimary: true }, { address: 'dana.home@example.com', label: 'home' }],
      phones: [{ number: '+44 20 7946 0000', label: 'mobile' }],
    });
    expect(same.errors).toEqual([]);
    expect(same.changed).toBe(false);
    expect(await detailEntries(pf.firm.id)).toHaveLength(1);
  });

  it('checks input as a staff edit does, keeps the sign-in address, and changes nothing on bad input', async () => {
    const pf = await portalFirm(app);
    const m = await member(pf);
    await allowEditing(pf);
    const before = await stored(m.contactId);
    const bad = await update(m.client, {
      portalId: m.portalId,
      emails: [{ address: m.email }, { address: 'not an email' }, { address: m.email }],
      phones: [{ number: 'call me maybe' }],
    });
    expect(bad.errors.every((e) => e.code === 'INVALID_INPUT')).toBe(true);
    expect(bad.errors.map((e) => e.field)).toEqual(expect.arrayContaining([['emails', '1', 'address'], ['emails', '2', 'address'], ['phones', '0', 'number']]));

    const twoPrimaries = await update(m.client, { portalId: m.portalId, emails: [{ address: m.email }], phones: [{ number: '12345', isPrimary: true }, { number: '67890', isPrimary: true }] });
    expect(twoPrimaries.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['phones'] })]);

    const dropsLogin = await update(m.client, { portalId: m.portalId, emails: [{ address: 'elsewhere@example.com' }], phones: [] });
    expect(dropsLogin.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['emails'] })]);
    expect(dropsLogin.errors[0]?.message).toContain(m.email);

    expect(await stored(m.contactId)).toEqual(before);
    expect(await detailEntries(pf.firm.id)).toEqual([]);
  });

  it('gives nothing, and refuses changes, without the myDetails permission', async () => {
    const pf = await portalFirm(app);
    const m = await member(pf);
    await allowEditing(pf);
    await app.orm.em.fork().nativeUpdate(PortalMember, { id: m.memberId }, { permissions: { myDetails: false } });
    expect(await detailsOf(m.client, m.portalId)).toBeNull();
    const before = await stored(m.contactId);
    const refused = await update(m.client, { portalId: m.portalId, emails: [{ address: m.email }], phones: [{ number: '555 0100' }] });
    expect(refused.errors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    expect(await stored(m.contactId)).toEqual(before);
    expect(await detailEntries(pf.firm.id)).toEqual([]);
  });

  it('is read-only while staff view the portal as the member', async () => {
    const pf = await portalFirm(app);
    const m = await member(pf);
    await allowEditing(pf);
    const viewer = await app.signInStaff(pf.admin);
    await mutateOk(viewer, `mutation($input: PortalMemberIdInput!) { startPortalView(input: $input) { url ${USER_ERRORS} } }`, 'startPortalView', { memberId: m.memberId });
    const view = viewer.atPortal(pf.firm.slug);
    const seen = await detailsOf(view, m.portalId);
    expect(seen?.loginEmail).toBe(m.email);
    expect(seen?.editable).toBe(false);
    const before = await stored(m.contactId);
    const refused = await update(view, { portalId: m.portalId, emails: [{ address: m.email }], phones: [{ number: '555 0100' }] });
    expect(refused.errors.map((e) => e.code)).toEqual(['READ_ONLY']);
    expect(await stored(m.contactId)).toEqual(before);
    expect(await detailEntries(pf.firm.id)).toEqual([]);
  });

  it("treats another firm's portal as unknown", async () => {
    const pf = await portalFirm(app);
    const m = await member(pf);
    const other = await portalFirm(app);
    const stranger = await member(other);
    await allowEditing(pf);
    await allowEditing(other);
    const before = await stored(stranger.contactId);
    const refused = await update(m.client, { portalId: stranger.portalId, emails: [{ address: stranger.email }], phones: [{ number: '555 0100' }] });
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['portalId'] })]);
    expect(await stored(stranger.contactId)).toEqual(before);
  });

  it('shows only the name and sign-in email, read-only, to a member the firm keeps no contact for', async () => {
    const pf = await portalFirm(app);
    await allowEditing(pf);
    const client = await app.createClientUser(pf.firm, 'Nora Nocontact');
    const em = app.orm.em.fork();
    const membership = await em.findOneOrFail(PortalMember, { clientUser: client.id });
    membership.contact = null;
    await em.flush();
    const api = await signInClient(app, pf.firm.slug, client.email, TEST_PASSWORD);
    expect(await detailsOf(api, membership.portal.id)).toEqual({
      id: membership.id,
      name: 'Nora Nocontact',
      loginEmail: client.email,
      hasContact: false,
      editable: false,
      emails: [{ address: client.email, label: null, isPrimary: true, isLoginEmail: true }],
      phones: [],
    });
    const refused = await update(api, { portalId: membership.portal.id, emails: [{ address: client.email }], phones: [] });
    expect(refused.errors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
  });
});

describe('S13 the client settings page, against the server', () => {
  it('renames the client, changes the password (other sessions end) and signs out everywhere, with the operations the page sends', async () => {
    const pf = await portalFirm(app);
    const m = await member(pf);
    const elsewhere = await signInClient(app, pf.firm.slug, m.email);

    const renamed = await m.client.data<{ updateMyProfile: { client: { name: string } | null; errors: UserErrorData[] } }>(
      `mutation NameForm_Update($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { client { id name email } ${USER_ERRORS} } }`,
      { input: { name: 'Dana Renamed' } },
    );
    expect(renamed.updateMyProfile).toEqual({ client: { id: expect.any(String), name: 'Dana Renamed', email: m.email }, errors: [] });

    const NEW_PASSWORD = 'eleven amber kites over the harbour';
    const changed = await m.client.data<{ changeMyPassword: { ok: boolean; errors: UserErrorData[] } }>(
      `mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { ok ${USER_ERRORS} } }`,
      { input: { currentPassword: CLIENT_PASSWORD, newPassword: NEW_PASSWORD } },
    );
    expect(changed.changeMyPassword).toEqual({ ok: true, errors: [] });
    expect((await elsewhere.request('{ clientViewer { id } }')).data).toEqual({ clientViewer: null });
    expect((await m.client.data<{ clientViewer: { id: string } | null }>('{ clientViewer { id } }')).clientViewer).not.toBeNull();

    const second = await signInClient(app, pf.firm.slug, m.email, NEW_PASSWORD);
    const out = await m.client.data<{ signOutEverywhere: { ok: boolean; errors: UserErrorData[] } }>(`mutation SignOutEverywhere_SignOut { signOutEverywhere { ok ${USER_ERRORS} } }`);
    expect(out.signOutEverywhere).toEqual({ ok: true, errors: [] });
    for (const browser of [m.client, second]) {
      expect((await browser.request('{ clientViewer { id } }')).data).toEqual({ clientViewer: null });
    }
  });
});
