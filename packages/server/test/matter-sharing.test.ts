// S1: sharing a matter with a client portal after the invitation, and stopping: who may, within
// one firm only, idempotent, recorded in the activity log, and seen by the client at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { PortalMatter } from '../src/modules/portals/portal.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';
import {
  USER_ERRORS,
  addMatter,
  portalFirm,
  registeredMember,
  startTestApp,
  type ApiClient,
  type PortalFirm,
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

const SHARE = `mutation($input: ShareMatterWithPortalInput!) {
  shareMatterWithPortal(input: $input) { changed matter { id sharedWithPortals { id } } portal { id sharedMatters { id } } ${USER_ERRORS} }
}`;
const UNSHARE = `mutation($input: UnshareMatterFromPortalInput!) {
  unshareMatterFromPortal(input: $input) { changed matter { id sharedWithPortals { id } } portal { id sharedMatters { id } } ${USER_ERRORS} }
}`;

interface SharePayload {
  changed: boolean;
  matter: { id: string; sharedWithPortals: { id: string }[] } | null;
  portal: { id: string; sharedMatters: { id: string }[] } | null;
  errors: UserErrorData[];
}

async function share(api: ApiClient, matterId: string, portalId: string): Promise<SharePayload> {
  return (await api.data<{ shareMatterWithPortal: SharePayload }>(SHARE, { input: { matterId, portalId } })).shareMatterWithPortal;
}

async function unshare(api: ApiClient, matterId: string, portalId: string): Promise<SharePayload> {
  return (await api.data<{ unshareMatterFromPortal: SharePayload }>(UNSHARE, { input: { matterId, portalId } })).unshareMatterFromPortal;
}

async function clientMatters(api: ApiClient): Promise<string[]> {
  const result = await api.data<{ myPortals: { matters: { id: string }[] }[] }>('{ myPortals { matters { id } } }');
  return result.myPortals.flatMap((p) => p.matters.map((m) => m.id));
}

async function sharesOf(matterId: string): Promise<string[]> {
  const rows = await app.orm.em.fork().find(PortalMatter, { matter: matterId });
  return rows.map((row) => row.portal.id);
}

async function sharingEntries(firmId: string, matterId: string): Promise<ActivityEntry[]> {
  return app.orm.em.fork().find(
    ActivityEntry,
    { firm: firmId, matter: matterId, action: { $in: [ActivityAction.MATTER_SHARED, ActivityAction.MATTER_UNSHARED] } },
    { orderBy: { occurredAt: 'asc', id: 'asc' } },
  );
}

/** A firm with a registered client (no matter shared at invitation) and a matter of that client. */
async function clientWithMatter(): Promise<{ pf: PortalFirm; member: Awaited<ReturnType<typeof registeredMember>>; matterId: string }> {
  const pf = await portalFirm(app);
  const member = await registeredMember(app, pf);
  const matter = await addMatter(pf.adminApi, { name: 'Later matter', responsibleStaffId: pf.staff.id, participants: [{ contactId: member.contactId, role: 'CLIENT' }] });
  return { pf, member, matterId: matter.id };
}

describe('S1 sharing a matter with a portal later', () => {
  it('shares once, shows the matter to the client, records who shared what with which portal; sharing again changes nothing', async () => {
    const { pf, member, matterId } = await clientWithMatter();
    expect(await clientMatters(member.client)).toEqual([]);

    const first = await share(pf.adminApi, matterId, member.portalId);
    expect(first.errors).toEqual([]);
    expect(first.changed).toBe(true);
    expect(first.portal?.sharedMatters.map((m) => m.id)).toEqual([matterId]);
    expect(first.matter?.sharedWithPortals.map((p) => p.id)).toEqual([member.portalId]);
    expect(await clientMatters(member.client)).toEqual([matterId]);

    const again = await share(pf.adminApi, matterId, member.portalId);
    expect(again.errors).toEqual([]);
    expect(again.changed).toBe(false);
    expect(await sharesOf(matterId)).toEqual([member.portalId]);

    const entries = await sharingEntries(pf.firm.id, matterId);
    expect(entries.map((e) => [e.action, e.portal?.id, e.actorStaff?.id])).toEqual([[ActivityAction.MATTER_SHARED, member.portalId, pf.admin.id]]);
  });

  it('two shares at once make one share and one activity entry', async () => {
    const { pf, member, matterId } = await clientWithMatter();
    const results = await Promise.all([share(pf.adminApi, matterId, member.portalId), share(pf.adminApi, matterId, member.portalId)]);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(await sharesOf(matterId)).toEqual([member.portalId]);
    expect(await sharingEntries(pf.firm.id, matterId)).toHaveLength(1);
  });

  it('stops sharing: the matter leaves the portal at once, recorded; stopping again changes nothing', async () => {
    const { pf, member, matterId } = await clientWithMatter();
    await share(pf.adminApi, matterId, member.portalId);
    // The log orders by time: the stop comes a moment after the share.
    app.clock.advance(1000);
    const stopped = await unshare(pf.adminApi, matterId, member.portalId);
    expect(stopped.errors).toEqual([]);
    expect(stopped.changed).toBe(true);
    expect(stopped.portal?.sharedMatters).toEqual([]);
    expect(stopped.matter?.sharedWithPortals).toEqual([]);
    expect(await clientMatters(member.client)).toEqual([]);

    const again = await unshare(pf.adminApi, matterId, member.portalId);
    expect(again.errors).toEqual([]);
    expect(again.changed).toBe(false);
    const entries = await sharingEntries(pf.firm.id, matterId);
    expect(entries.map((e) => [e.action, e.portal?.id])).toEqual([
      [ActivityAction.MATTER_SHARED, member.portalId],
      [ActivityAction.MATTER_UNSHARED, member.portalId],
    ]);
  });

  it('needs the share-items right or the admin role, and changes nothing without it', async () => {
    const { pf, member, matterId } = await clientWithMatter();
    const staffApi = await app.signInStaff(pf.staff);
    const refused = await share(staffApi, matterId, member.portalId);
    expect(refused.errors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    expect(refused.changed).toBe(false);
    expect(await sharesOf(matterId)).toEqual([]);

    await share(pf.adminApi, matterId, member.portalId);
    expect((await unshare(staffApi, matterId, member.portalId)).errors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    expect(await sharesOf(matterId)).toEqual([member.portalId]);

    const em = app.orm.em.fork();
    await em.nativeUpdate(StaffUser, { id: pf.staff.id }, { canShareItems: true });
    expect((await unshare(staffApi, matterId, member.portalId)).changed).toBe(true);
    expect((await share(staffApi, matterId, member.portalId)).changed).toBe(true);
    expect(await sharesOf(matterId)).toEqual([member.portalId]);
  });

  it("treats another firm's matter or portal, and IDs that are not IDs, as unknown", async () => {
    const mine = await clientWithMatter();
    const theirs = await clientWithMatter();
    const cases: [string, string, string][] = [
      [theirs.matterId, mine.member.portalId, 'matterId'],
      [mine.matterId, theirs.member.portalId, 'portalId'],
      ['not-an-id', mine.member.portalId, 'matterId'],
      [mine.matterId, 'not-an-id', 'portalId'],
    ];
    for (const [matterId, portalId, field] of cases) {
      for (const run of [share, unshare]) {
        const payload = await run(mine.pf.adminApi, matterId, portalId);
        expect(payload.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: [field] })]);
      }
    }
    expect(await sharesOf(mine.matterId)).toEqual([]);
    expect(await sharesOf(theirs.matterId)).toEqual([]);
    expect(await clientMatters(theirs.member.client)).toEqual([]);
  });

  it('refuses to share an archived matter', async () => {
    const { pf, member, matterId } = await clientWithMatter();
    await pf.adminApi.data(`mutation($input: MatterIdInput!) { archiveMatter(input: $input) { ${USER_ERRORS} } }`, { input: { id: matterId } });
    const refused = await share(pf.adminApi, matterId, member.portalId);
    expect(refused.errors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(await sharesOf(matterId)).toEqual([]);
  });

  it("offers the portals of the matter's clients first, then the firm's others, and none of another firm", async () => {
    const { pf, member, matterId } = await clientWithMatter();
    const other = await registeredMember(app, pf, { firstName: 'Aaron', lastName: 'Aardvark' });
    const stranger = await clientWithMatter();
    const result = await pf.adminApi.data<{ portalsForSharing: { id: string; contact: { displayName: string } }[] }>(
      'query($matterId: ID!) { portalsForSharing(matterId: $matterId) { id contact { displayName } } }',
      { matterId },
    );
    expect(result.portalsForSharing.map((p) => p.id)).toEqual([member.portalId, other.portalId]);
    const foreign = await pf.adminApi.data<{ portalsForSharing: unknown[] }>('query($matterId: ID!) { portalsForSharing(matterId: $matterId) { id } }', {
      matterId: stranger.matterId,
    });
    expect(foreign.portalsForSharing).toEqual([]);
  });

  it('shows the sharing in the activity log of the matter, with the matter and the client named', async () => {
    const { pf, member, matterId } = await clientWithMatter();
    await share(pf.adminApi, matterId, member.portalId);
    const contactName = (await pf.adminApi.data<{ contact: { displayName: string } }>('query($id: ID!) { contact(id: $id) { displayName } }', { id: member.contactId })).contact.displayName;
    const log = await pf.adminApi.data<{ activity: { totalCount: number; edges: { node: { action: string; byClient: boolean; portalName: string | null; matter: { id: string; number: string; name: string } | null } }[] } }>(
      'query($filter: ActivityFilterInput) { activity(first: 10, filter: $filter) { totalCount edges { node { action byClient portalName matter { id number name } } } } }',
      { filter: { matterId } },
    );
    expect(log.activity.totalCount).toBe(1);
    expect(log.activity.edges[0]?.node).toEqual({ action: 'MATTER_SHARED', byClient: false, portalName: contactName, matter: expect.objectContaining({ id: matterId, name: 'Later matter' }) });
  });
});

