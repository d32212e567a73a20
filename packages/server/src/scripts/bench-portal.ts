// Benchmark, not a test: prints figures and never fails on them.
//
// The client's home for a member with 200 shared items (to-dos and documents), loaded through
// Atrium's GraphQL API under concurrent load (autocannon, 20 connections), beside a bare Node
// `http` server that answers the same request, for the same session cookie, with hand-written
// SQL through `pg` and returns the same JSON. Both run in this process, one after the other,
// against the same database. Target: Atrium at 40% or more of the bare server's requests per
// second.
//
// Uses the PostgreSQL at BENCH_DATABASE_URL (or DATABASE_URL, else the local server) and makes
// and drops a database of its own. BENCH_SECONDS sets each run's length (default 10).
import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { pino } from 'pino';
import { hashPassword } from '../modules/auth/password.js';
import { ClientUser } from '../modules/clients/client-user.entity.js';
import { Contact, ContactKind, ContactType } from '../modules/contacts/contact.entity.js';
import { Document, DocumentVersion } from '../modules/documents/document.entity.js';
import { Firm } from '../modules/firms/firm.entity.js';
import { Matter } from '../modules/matters/matter.entity.js';
import { PortalSettings } from '../modules/portal-settings/portal-settings.entity.js';
import { MemberPermissions } from '../modules/portals/member-permissions.js';
import { MemberStatus, Portal, PortalMatter, PortalMember } from '../modules/portals/portal.entity.js';
import { StaffRole, StaffUser } from '../modules/staff/staff-user.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { startAtrium } from '../runtime.js';
import { createBenchDatabase } from './bench-database.js';

const TASKS = 120;
const DOCUMENTS = 80;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const PASSWORD = 'bench password for the portal';

const HOME_QUERY = '{ myPortals { id name tasks { id title dueDate done overdue } documents { id name size version downloadUrl } } }';

// The same answer by hand: the session and its firm's address checked as Atrium checks them, then
// one statement for the portals with their to-dos and documents; both prepared once per connection,
// as Atrium prepares its frequent reads.
const SESSION_SQL = `
select s.client_user_id from auth_session s
  join firm f on f.id = s.firm_id
  join client_user c on c.id = s.client_user_id and c.disabled_at is null
  join portal_settings ps on ps.firm_id = f.id and ps.enabled
 where s.token_hash = $1 and s.audience = 'client' and s.expires_at > now() and f.slug = $2
   and exists (select 1 from portal_member m where m.client_user_id = c.id and m.status = 'ACTIVE')`;

const HOME_SQL = `
select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'tasks', p.tasks, 'documents', p.documents) order by p.sort_name), '[]') as portals
from (
  select po.id, ct.display_name as name, ct.sort_name,
    (select coalesce(json_agg(json_build_object(
        'id', t.id, 'title', t.title, 'dueDate', to_char(t.due_date, 'YYYY-MM-DD'), 'done', t.completed_at is not null,
        'overdue', t.completed_at is null and t.due_date is not null and t.due_date < (now() at time zone 'utc')::date)
        order by t.completed_at is not null, t.completed_at desc, t.due_date nulls last, t.created_at), '[]')
       from task t
      where t.firm_id = m.firm_id and t.shared_at is not null and t.deleted_at is null
        and (t.portal_id is null or t.portal_id = po.id)
        and t.matter_id in (select pm.matter_id from portal_matter pm join matter mt on mt.id = pm.matter_id where pm.portal_id = po.id and mt.archived_at is null)) as tasks,
    (select coalesce(json_agg(json_build_object(
        'id', d.id, 'name', d.name, 'size', v.size_bytes, 'version', v.number, 'downloadUrl', '/p/' || $2 || '/files/documents/' || d.id)
        order by d.name, d.id), '[]')
       from document d join document_version v on v.document_id = d.id and v.number = d.current_version
      where m.perm_my_documents and d.shared_at is not null and d.deleted_at is null
        and d.matter_id in (select pm.matter_id from portal_matter pm join matter mt on mt.id = pm.matter_id where pm.portal_id = po.id and mt.archived_at is null)
        and not exists (select 1 from member_denial x where x.member_id = m.id and (x.document_id = d.id or x.folder_id = d.folder_id))) as documents
  from portal_member m join portal po on po.id = m.portal_id join contact ct on ct.id = po.contact_id
  where m.client_user_id = $1 and m.status = 'ACTIVE'
) p`;

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

function startBareServer(pool: pg.Pool): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The request body is the same GraphQL request; the bare server answers only this one.
    req.resume();
    req.on('end', async () => {
      try {
        const token = cookieValue(req.headers.cookie, 'atrium_client');
        const slug = String(req.headers['x-atrium-firm'] ?? '');
        const session = token ? await pool.query<{ client_user_id: string }>({ name: 'bare_session', text: SESSION_SQL, values: [createHash('sha256').update(token).digest('hex'), slug] }) : null;
        const clientUserId = session?.rows[0]?.client_user_id;
        if (!clientUserId) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Sign in to do this."}]}');
          return;
        }
        const home = await pool.query<{ portals: unknown }>({ name: 'bare_home', text: HOME_SQL, values: [clientUserId, slug] });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { myPortals: home.rows[0]?.portals ?? [] } }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

interface Figures {
  requestsPerSecond: number;
  p99: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: HOME_QUERY }),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function post(url: string, body: object, headers: Record<string, string>): Promise<{ json: unknown; cookies: string[] }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { json: await response.json(), cookies: response.headers.getSetCookie() };
}

async function main(): Promise<void> {
  const bench = await createBenchDatabase({ DATABASE_POOL_SIZE: '10' });
  const { config } = bench;
  const url = new URL(bench.url);

  const atrium = await startAtrium({ config, logger: pino({ level: 'silent' }) });
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  try {
    const em = atrium.orm.em.fork();
    const firm = em.create(Firm, { name: 'Bench & Partners', slug: `bench-${randomBytes(3).toString('hex')}` });
    const passwordHash = await hashPassword(PASSWORD);
    const staff = em.create(StaffUser, { firm, name: 'Bench Lawyer', email: `lawyer@${firm.slug}.test`, passwordHash, role: StaffRole.ADMIN, canInviteClients: true, canShareItems: true });
    em.create(PortalSettings, { firm, enabled: true });
    const contact = em.create(Contact, { firm, type: ContactType.PERSON, kind: ContactKind.CLIENT, lastName: 'Client', displayName: 'Bench Client', sortName: 'bench client' });
    const matter = em.create(Matter, { firm, number: 'B-1', name: 'Bench matter', sortName: 'bench matter', responsibleStaff: staff });
    const portal = em.create(Portal, { firm, contact, createdBy: staff });
    const email = `client@${firm.slug}.test`;
    const client = em.create(ClientUser, { firm, name: 'Bench Client', email, passwordHash });
    em.create(PortalMember, { firm, portal, contact, clientUser: client, name: 'Bench Client', email, status: MemberStatus.ACTIVE, permissions: new MemberPermissions(), activatedAt: new Date() });
    em.create(PortalMatter, { firm, portal, matter, sharedBy: staff });
    const now = Date.now();
    for (let i = 0; i < TASKS; i++) {
      const due = i % 3 === 0 ? null : new Date(now + (i - 40) * 86_400_000).toISOString().slice(0, 10);
      em.create(Task, { firm, matter, title: `To-do ${i}`, dueDate: due, sharedAt: new Date(), sharedBy: staff, createdBy: staff, createdAt: new Date(now + i) });
    }
    for (let i = 0; i < DOCUMENTS; i++) {
      const document = em.create(Document, { firm, matter, name: `Document ${String(i).padStart(3, '0')}.pdf`, sharedAt: new Date(), sharedBy: staff, uploadedByStaff: staff });
      em.create(DocumentVersion, { document, number: 1, storageKey: `bench/${i}`, fileName: document.name, contentType: 'application/pdf', sizeBytes: 1000 + i, sha256: '0'.repeat(64), uploadedByStaff: staff });
    }
    await em.flush();

    const base = atrium.app.url;
    const signIn = await post(base, { query: 'mutation($input: SignInClientInput!) { signInClient(input: $input) { errors { message } } }', variables: { input: { firmSlug: firm.slug, email, password: PASSWORD } } }, { 'x-atrium-firm': firm.slug });
    const cookie = signIn.cookies.map((c) => c.split(';')[0]).join('; ');
    const headers = { cookie, 'x-atrium-firm': firm.slug };
    const bare = await startBareServer(pool);

    // Both must give the same answer, or the comparison means nothing.
    const fromAtrium = (await post(base, { query: HOME_QUERY }, headers)).json as { data: { myPortals: { tasks: unknown[]; documents: unknown[] }[] } };
    const fromBare = (await post(bare.url, { query: HOME_QUERY }, headers)).json;
    const items = (fromAtrium.data?.myPortals[0]?.tasks.length ?? 0) + (fromAtrium.data?.myPortals[0]?.documents.length ?? 0);
    const same = isDeepStrictEqual(fromAtrium, fromBare);
    console.log(`client home: ${items} shared items (${TASKS} to-dos, ${DOCUMENTS} documents); the two answers are ${same ? 'identical' : 'DIFFERENT'}`);
    if (!same) console.log(JSON.stringify(fromAtrium).slice(0, 400), '\n', JSON.stringify(fromBare).slice(0, 400));

    // Warm both up, then measure each alone.
    await load(base, headers).catch(() => undefined);
    const atriumFigures = await load(base, headers);
    const bareFigures = await load(bare.url, headers);
    await bare.close();
    const share = (atriumFigures.requestsPerSecond / bareFigures.requestsPerSecond) * 100;
    console.log(`${CONNECTIONS} connections, ${SECONDS} s each`);
    console.log(`  bare http + pg:   ${bareFigures.requestsPerSecond.toFixed(0)} req/s, p99 ${bareFigures.p99} ms${bareFigures.errors ? `, ${bareFigures.errors} errors` : ''}`);
    console.log(`  Atrium (GraphQL): ${atriumFigures.requestsPerSecond.toFixed(0)} req/s, p99 ${atriumFigures.p99} ms${atriumFigures.errors ? `, ${atriumFigures.errors} errors` : ''}`);
    console.log(`  Atrium at ${share.toFixed(0)}% of the bare server's requests per second (target: at least 40%)`);
  } finally {
    await pool.end();
    await atrium.close();
    await atrium.orm.close(true);
    await bench.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
