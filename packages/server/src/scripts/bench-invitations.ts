// Benchmark, not a test: prints figures and never fails on them.
//
// 1. Bulk invitation of N clients (portals, members, invitations, queued emails with their jobs,
//    activity), beside one plain multi-row INSERT of N rows, on the same server, BENCH_RUNS times
//    (default 3) with new clients each time.
// 2. Accepting an invitation and signing in, through HTTP and GraphQL, beside one argon2id hash.
//
// Uses the PostgreSQL at BENCH_DATABASE_URL (or DATABASE_URL, else the local server) and makes
// and drops a database of its own. BENCH_CLIENTS sets N (default 5000).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { pino } from 'pino';
import { skipRowTriggers } from '../db/native-sql.js';
import { hashPassword } from '../modules/auth/password.js';
import { Contact, ContactEmail, ContactKind, ContactType } from '../modules/contacts/contact.entity.js';
import { Firm } from '../modules/firms/firm.entity.js';
import { BulkInvitationRun, processBulkRun } from '../modules/invitations/bulk-invitation.js';
import { PortalSettings } from '../modules/portal-settings/portal-settings.entity.js';
import { StaffRole, StaffUser } from '../modules/staff/staff-user.entity.js';
import { startAtrium } from '../runtime.js';
import { createBenchDatabase } from './bench-database.js';

const N = Number(process.env.BENCH_CLIENTS ?? 5000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/**
 * CPU milliseconds the database's server processes for this database have used so far, read from
 * /proc: a figure that load from other work on the machine hardly moves. Null when the server is
 * not on this machine.
 */
async function databaseCpuMs(admin: pg.Client, dbName: string): Promise<number | null> {
  const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [dbName]);
  let ticks = 0;
  try {
    for (const { pid } of rows) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  // Linux counts in clock ticks of 10 ms.
  return ticks * 10;
}

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

async function main(): Promise<void> {
  const bench = await createBenchDatabase();
  const { admin, config, name: dbName } = bench;
  const url = new URL(bench.url);

  // Mail is kept (no SMTP server), so delivery costs nothing extra here.
  const atrium = await startAtrium({ config, logger: pino({ level: 'silent' }) });
  try {
    const em = atrium.orm.em.fork();
    const firm = em.create(Firm, { name: 'Bench & Partners', slug: `bench-${randomBytes(3).toString('hex')}` });
    const staff = em.create(StaffUser, {
      firm,
      name: 'Bench Admin',
      email: `admin@${firm.slug}.test`,
      passwordHash: await hashPassword('bench password here'),
      role: StaffRole.ADMIN,
      canInviteClients: true,
      canShareItems: true,
    });
    em.create(PortalSettings, { firm, enabled: true });
    await em.flush();
    // Let the worker deliver the queued emails first, so it does not compete with what is measured next.
    const drained = async () => {
      for (;;) {
        const [row] = await atrium.orm.em.fork().execute<{ queued: string }[]>(`select count(*) as queued from outbox_email where status = 'QUEUED'`);
        if (Number(row?.queued ?? 0) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    // Each run: N new clients; one multi-row INSERT of N rows as wide as a member row (its own
    // table, its own transaction); then the bulk invitation of the N clients. The ratio is the
    // median run's, since one run alone moves with whatever else the machine does.
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    console.log(`bulk invitation of ${N} clients, ${RUNS} runs`);
    const ratios: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const contactIds: string[] = [];
      const setup = atrium.orm.em.fork();
      for (let i = 0; i < N; i++) {
        const name = `Client ${r} ${String(i).padStart(5, '0')}`;
        const contact = setup.create(Contact, { firm: firm.id, type: ContactType.PERSON, kind: ContactKind.CLIENT, lastName: name, displayName: name, sortName: name.toLowerCase() });
        setup.create(ContactEmail, { contact, address: `client${r}.${i}@bench.example`, isPrimary: true });
        contactIds.push(contact.id);
      }
      const run = setup.create(BulkInvitationRun, { firm: firm.id, requestedBy: staff.id, requestKey: `bench-${r}-${Date.now()}`, contactIds, total: N });
      await setup.flush();

      await client.query(`create table bench_plain_${r} (id uuid primary key, firm_id uuid not null, name varchar(200) not null, email varchar(320) not null, created_at timestamptz not null)`);
      const values: unknown[] = [];
      const rows: string[] = [];
      for (let i = 0; i < N; i++) {
        const base = i * 5;
        rows.push(`($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5})`);
        values.push(crypto.randomUUID(), firm.id, `Client ${i}`, `client${i}@bench.example`, new Date());
      }
      await drained();
      const plainCpuBefore = await databaseCpuMs(admin, dbName);
      const [plainMs] = await timed(() => client.query(`insert into bench_plain_${r} (id, firm_id, name, email, created_at) values ${rows.join(', ')}`, values));
      const plainCpuAfter = await databaseCpuMs(admin, dbName);

      const bulkCpuBefore = await databaseCpuMs(admin, dbName);
      const nodeCpuBefore = process.cpuUsage();
      const [bulkMs, done] = await timed(() => processBulkRun(atrium.orm.em.fork(), { config, jobs: atrium.jobs, secrets: atrium.secrets, clock: { now: () => new Date() } }, run.id));
      const bulkCpuAfter = await databaseCpuMs(admin, dbName);
      const nodeCpu = process.cpuUsage(nodeCpuBefore);
      ratios.push(bulkMs / plainMs);
      const cpu =
        plainCpuBefore !== null && plainCpuAfter !== null && bulkCpuBefore !== null && bulkCpuAfter !== null
          ? `; database CPU ${plainCpuAfter - plainCpuBefore} and ${bulkCpuAfter - bulkCpuBefore} ms`
          : '';
      console.log(
        `  run ${r + 1}: plain INSERT ${plainMs.toFixed(0)} ms, bulk invitation ${bulkMs.toFixed(0)} ms (${done.invited} invited, ${done.skipped.length} skipped): ` +
          `${(bulkMs / plainMs).toFixed(2)}x${cpu}; this process's CPU ${((nodeCpu.user + nodeCpu.system) / 1000).toFixed(0)} ms`,
      );
    }
    await client.end();
    const counts = await atrium.orm.em.fork().execute<{ members: string; invitations: string; emails: string; activity: string }[]>(
      `select (select count(*) from portal_member where firm_id = ?) as members, (select count(*) from invitation where firm_id = ?) as invitations,
              (select count(*) from outbox_email where firm_id = ?) as emails, (select count(*) from activity_entry where firm_id = ?) as activity`,
      [firm.id, firm.id, firm.id, firm.id],
    );
    console.log(`  rows written in all: ${JSON.stringify(counts[0])}`);
    console.log(`  ratio, median run: ${median(ratios).toFixed(2)}x the plain insert (target: at most 5x)`);
    console.log('  (database CPU: of its server processes for this database, the job worker\'s included; this process\'s CPU includes the job worker too)');
    const ownChecks = await atrium.orm.em.fork().transactional((tx) => skipRowTriggers(tx));
    console.log(
      ownChecks
        ? '  (each chunk checked its rows\' references a set at a time: this database role may turn the per-row checks off)'
        : '  (the database checked each row\'s references: this database role may not turn the per-row checks off; see the README)',
    );

    const [drainMs] = await timed(drained);
    console.log(`  (the worker then delivered the last run's queued emails in ${(drainMs / 1000).toFixed(1)} s)`);

    // Accepting and signing in, beside one argon2id hash. Hashes back to back run faster than one
    // after a pause (the CPU's caches are warm), so the hash is also timed within each sample, after
    // the same short pause as the accept and the sign-in, and the ratios use that one.
    const backToBack: number[] = [];
    for (let i = 0; i < SAMPLES; i++) backToBack.push((await timed(() => hashPassword(`sample password ${i}`)))[0]);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
    const hashes: number[] = [];
    const accepts: number[] = [];
    const signIns: number[] = [];
    const idle: number[] = [];
    const base = atrium.app.url;
    // The server's own share of each request: from its arrival to the last byte of the answer
    // handed to the socket. The rest of the end-to-end figure is this process's HTTP client.
    let lastServerMs = 0;
    atrium.app.server.prependListener('request', (_req, res) => {
      const arrived = performance.now();
      res.on('finish', () => {
        lastServerMs = performance.now() - arrived;
      });
    });
    const inServer = { accept: [] as number[], signIn: [] as number[], idle: [] as number[] };
    const staffCookie = await signInStaffCookie(base, staff.email);
    for (let i = 0; i < SAMPLES; i++) {
      // A fresh link to a known token: generate one through the API as staff would.
      const member = await atrium.orm.em.fork().execute<{ id: string; email: string }[]>(
        `select id, email from portal_member where firm_id = ? and status = 'PENDING' order by email limit 1 offset ?`,
        [firm.id, i],
      );
      const generated = (await post(base, 'mutation($input: PortalMemberIdInput!) { generateInviteLink(input: $input) { link } }', { input: { memberId: member[0]!.id } }, { cookie: staffCookie })) as {
        data: { generateInviteLink: { link: string } };
      };
      const token = generated.data.generateInviteLink.link.split('#')[1]!;
      const password = `a bench passphrase number ${i}`;
      await pause();
      hashes.push((await timed(() => hashPassword(`paired sample password ${i}`)))[0]);
      await pause();
      const [acceptMs] = await timed(() =>
        post(base, 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { loginEmail errors { code } } }', {
          input: { firmSlug: firm.slug, token, password, acceptTerms: true, termsVersion: 1 },
        }),
      );
      inServer.accept.push(lastServerMs);
      // The acceptance's emails (confirmation, staff notice) go out before the next measurement.
      await drained();
      await pause();
      const [signInMs] = await timed(() =>
        post(base, 'mutation($input: SignInClientInput!) { signInClient(input: $input) { errors { code } } }', { input: { firmSlug: firm.slug, email: member[0]!.email, password } }),
      );
      inServer.signIn.push(lastServerMs);
      idle.push((await timed(() => post(base, '{ __typename }', {})))[0]);
      inServer.idle.push(lastServerMs);
      accepts.push(acceptMs);
      signIns.push(signInMs);
    }
    const hash = median(hashes);
    console.log(`accept and sign in (median of ${SAMPLES}, through HTTP and GraphQL)`);
    console.log(`  one argon2id hash:     ${hash.toFixed(1)} ms  (${median(backToBack).toFixed(1)} ms back to back)`);
    const server = (values: number[]) => `; ${median(values).toFixed(1)} ms of it in the server (${(median(values) / hash).toFixed(2)}x)`;
    console.log(`  accept an invitation:  ${median(accepts).toFixed(1)} ms  (${(median(accepts) / hash).toFixed(2)}x the hash; target at most 1.5x${server(inServer.accept)})`);
    console.log(`  sign in:               ${median(signIns).toFixed(1)} ms  (${(median(signIns) / hash).toFixed(2)}x the hash; target at most 1.5x${server(inServer.signIn)})`);
    console.log(`  a request doing nothing: ${median(idle).toFixed(1)} ms  (HTTP and GraphQL alone, for comparison; ${median(inServer.idle).toFixed(1)} ms of it in the server)`);
  } finally {
    await atrium.close();
    await bench.drop();
  }
}

async function signInStaffCookie(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signInStaff(input: $input) { errors { code } } }', variables: { input: { email, password: 'bench password here' } } }),
  });
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

await main();
