// A bulk invitation's rows refer to the firm, the requester, contacts, portals, logins and to
// each other. Where the database role may, a chunk checks those references itself, a set at a
// time, instead of the database checking each row; otherwise the database does. Either way it
// writes only rows whose every reference exists, and a chunk whose contact is removed while it
// runs is rolled back whole.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { restoreRowTriggers, skipRowTriggers } from '../src/db/native-sql.js';
import { openDatabase, type Database, type Em } from '../src/db/orm.js';
import { BulkInvitationRun, BulkRunStatus, processBulkRun, type BulkDeps } from '../src/modules/invitations/bulk-invitation.js';
import { ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Invitation } from '../src/modules/invitations/invitation.entity.js';
import { EmailKind, OutboxEmail } from '../src/modules/mail/outbox-email.entity.js';
import { MemberStatus, Portal, PortalMember } from '../src/modules/portals/portal.entity.js';
import { addContact, eventually, portalFirm, registeredMember, settingOf, settingOnEveryConnection, startTestApp, type TestApp } from './harness.js';
import { bulkClient, recordBulkRun } from './bulk-runs.js';

const embedded = inject('embedded');
const databaseUrl = inject('databaseUrl');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const deps = (): BulkDeps => ({ config: app.config, jobs: app.jobs, secrets: app.secrets, clock: app.clock });

/**
 * Every foreign key of the tables a bulk invitation writes, checked against the whole database:
 * the names of those with a row that refers to nothing.
 */
async function danglingReferences(em: Em): Promise<string[]> {
  const keys = await em.execute<{ name: string; child: string; parent: string; columns: string[]; targets: string[] }[]>(
    `select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
            array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
            array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as targets
       from pg_constraint c
      where c.contype = 'f'
        and c.conrelid in ('portal'::regclass, 'portal_member'::regclass, 'invitation'::regclass, 'outbox_email'::regclass, 'outbox_body'::regclass, 'activity_entry'::regclass)`,
  );
  expect(keys.length).toBeGreaterThanOrEqual(20);
  const dangling: string[] = [];
  for (const key of keys) {
    const set = key.columns.map((column) => `x.${column} is not null`).join(' and ');
    const match = key.columns.map((column, i) => `y.${key.targets[i]} = x.${column}`).join(' and ');
    const [row] = await em.execute<{ count: string }[]>(`select count(*) as count from ${key.child} x where ${set} and not exists (select 1 from ${key.parent} y where ${match})`);
    if (Number(row!.count) > 0) dangling.push(key.name);
  }
  return dangling;
}

describe('references of a bulk invitation', () => {
  it('writes only rows whose every reference exists: new portals, existing portals and logins', async () => {
    const pf = await portalFirm(app);
    const fresh = await bulkClient(pf, 'fresh');
    const withPortal = await bulkClient(pf, 'portal');
    const em = app.orm.em.fork();
    // A portal that exists already, with nobody in it yet.
    const portal = em.create(Portal, { firm: pf.firm.id, contact: withPortal.id, createdBy: pf.admin.id });
    await em.flush();
    // A person with a login at the firm, on a second contact: access at once.
    const member = await registeredMember(app, pf, { firstName: 'Lena', lastName: 'Refs' });
    const sameEmail = await addContact(pf.adminApi, { type: 'ORGANIZATION', organizationName: `Lena Ltd ${pf.firm.slug}`, emails: [{ address: member.email }] });

    const run = await processBulkRun(app.orm.em.fork(), deps(), await recordBulkRun(app, pf, [fresh.id, withPortal.id, sameEmail]));
    expect(run).toMatchObject({ status: BulkRunStatus.DONE, invited: 3, skipped: [] });

    const check = app.orm.em.fork();
    const added = await check.find(PortalMember, { contact: { $in: [fresh.id, withPortal.id, sameEmail] } }, { populate: ['portal'] });
    expect(added).toHaveLength(3);
    expect(added.find((m) => m.contact?.id === withPortal.id)?.portal.id).toBe(portal.id);
    const login = await check.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email });
    const granted = added.find((m) => m.contact?.id === sameEmail);
    expect(granted?.status).toBe(MemberStatus.ACTIVE);
    expect(granted?.clientUser?.id).toBe(login.id);
    expect(await check.count(Invitation, { member: { $in: added.map((m) => m.id) } })).toBe(2);
    expect(await check.count(OutboxEmail, { kind: EmailKind.INVITATION, toAddress: { $in: [fresh.email, withPortal.email] } })).toBe(2);
    expect(await check.count(OutboxEmail, { kind: EmailKind.ACCESS_GRANTED, toAddress: member.email })).toBe(1);
    expect(await check.count(ActivityEntry, { member: { $in: added.map((m) => m.id) } })).toBe(3);
    expect(await danglingReferences(check)).toEqual([]);
  });

  it('turns the per-row checks off only inside its own transaction, where the role may', async () => {
    const modes = await app.orm.em.fork().transactional(async (tx) => {
      const skipped = await skipRowTriggers(tx);
      const during = await settingOf(tx, 'session_replication_role');
      await restoreRowTriggers(tx);
      return { skipped, during, after: await settingOf(tx, 'session_replication_role') };
    });
    // The tests' role is a superuser, so the chunks in these tests check their references themselves.
    expect(modes).toEqual({ skipped: true, during: 'replica', after: 'origin' });

    // A transaction that ends with them off hands its connection back with them on.
    await app.orm.em.fork().transactional((tx) => skipRowTriggers(tx));
    const pf = await portalFirm(app);
    const people = await Promise.all(['a', 'b', 'c'].map((who) => bulkClient(pf, who)));
    await processBulkRun(app.orm.em.fork(), { ...deps(), chunkSize: 1 }, await recordBulkRun(app, pf, people.map((p) => p.id)));
    const settings = await settingOnEveryConnection(app, 'session_replication_role');
    expect(settings.length).toBeGreaterThan(0);
    expect(settings.every((value) => value === 'origin')).toBe(true);
  });
});

describe.skipIf(embedded)('a contact removed while its chunk runs (PostgreSQL)', () => {
  // A role with the tables' rights but not the right to turn the per-row checks off.
  const role = `atrium_plain_${randomBytes(4).toString('hex')}`;
  let admin: pg.Client;
  let plain: Database;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const password = randomBytes(12).toString('hex');
    await admin.query(`create role ${role} login password '${password}'`);
    await admin.query(`grant usage on schema public, ${app.jobSchema} to ${role}`);
    await admin.query(`grant all on all tables in schema public, ${app.jobSchema} to ${role}`);
    await admin.query(`grant all on all sequences in schema public, ${app.jobSchema} to ${role}`);
    await admin.query(`grant execute on all functions in schema public, ${app.jobSchema} to ${role}`);
    const url = new URL(databaseUrl);
    url.username = role;
    url.password = password;
    plain = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  });
  afterAll(async () => {
    await plain?.close(true);
    await admin.query(`drop owned by ${role}`);
    await admin.query(`drop role ${role}`);
    await admin.end();
  });

  /** Removes a contact in a transaction left open until the bulk run waits for it, then commits. */
  async function removeWhileRunning(orm: Database, runId: string, contactId: string): Promise<unknown> {
    const remover = new pg.Client({ connectionString: databaseUrl });
    await remover.connect();
    try {
      const pid = (await remover.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      await remover.query('begin');
      await remover.query('delete from contact where id = $1', [contactId]);
      const running = processBulkRun(orm.em.fork(), deps(), runId).then(
        () => null,
        (error: unknown) => error,
      );
      // The chunk read the contact (the removal is not committed) and now waits on its row.
      await eventually(async () => {
        const { rows } = await admin.query<{ waiting: number }>(
          `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and $1::int = any(pg_blocking_pids(pid))`,
          [pid],
        );
        expect(rows[0]!.waiting).toBeGreaterThan(0);
      }, 10_000);
      await remover.query('commit');
      return await running;
    } finally {
      await remover.end();
    }
  }

  it('lets a role granted SET on the setting check references itself too (PostgreSQL 15 and later)', async () => {
    const { rows } = await admin.query<{ version: number }>(`select current_setting('server_version_num')::int as version`);
    if (rows[0]!.version < 150_000) return;
    const mayNow = () => plain.em.fork().transactional((tx) => skipRowTriggers(tx));
    expect(await mayNow()).toBe(false);
    await admin.query(`grant set on parameter session_replication_role to ${role}`);
    try {
      expect(await mayNow()).toBe(true);
    } finally {
      await admin.query(`revoke set on parameter session_replication_role from ${role}`);
    }
    expect(await mayNow()).toBe(false);
  });

  for (const way of ['checked by the chunk, a set at a time', 'checked by the database, row by row'] as const) {
    it(`rolls the chunk back, and the retry skips the contact: ${way}`, async () => {
      const orm = way.startsWith('checked by the chunk') ? app.orm : plain;
      expect(await orm.em.fork().transactional((tx) => skipRowTriggers(tx))).toBe(orm === app.orm);
      const pf = await portalFirm(app);
      const stays = await bulkClient(pf, 'stays');
      const goes = await bulkClient(pf, 'goes');
      const runId = await recordBulkRun(app, pf, [stays.id, goes.id]);

      const failure = await removeWhileRunning(orm, runId, goes.id);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toMatch(orm === app.orm ? /was removed meanwhile/ : /violates foreign key constraint/);
      const em = app.orm.em.fork();
      // Nothing of the chunk was written, not even for the contact that stays.
      expect(await em.count(PortalMember, { firm: pf.firm.id })).toBe(0);
      expect(await em.count(Portal, { firm: pf.firm.id })).toBe(0);
      expect(await em.count(Invitation, { firm: pf.firm.id })).toBe(0);
      expect(await em.count(OutboxEmail, { firm: pf.firm.id })).toBe(0);
      expect((await em.findOneOrFail(BulkInvitationRun, { id: runId })).doneChunks).toEqual([]);

      // The job's retry runs it again: the removed contact is skipped, the other invited.
      const done = await processBulkRun(orm.em.fork(), deps(), runId);
      expect(done).toMatchObject({ status: BulkRunStatus.DONE, invited: 1, skipped: [{ contactId: goes.id, name: '', reason: 'No such contact.' }] });
      expect((await app.orm.em.fork().find(PortalMember, { firm: pf.firm.id })).map((m) => m.email)).toEqual([stays.email]);
      expect(await danglingReferences(app.orm.em.fork())).toEqual([]);
    });
  }
});
