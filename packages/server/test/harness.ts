// Boots the real server (HTTP, GraphQL, sessions) on the run's test database, and offers a
// cookie-keeping GraphQL client and helpers that make firms and people with unique names.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { loadConfig, type AppConfig } from '../src/config.js';
import { openDatabase, type Database, type Em } from '../src/db/orm.js';
import type { SecretBox } from '../src/crypto/secret-box.js';
import type { Clock } from '../src/graphql/context.js';
import type { JobQueue } from '../src/jobs/job-queue.js';
import { startAtrium } from '../src/runtime.js';
import type { FileStorage } from '../src/storage/file-storage.js';
import { LocalDiskStorage } from '../src/storage/local-disk-storage.js';
import { Mailbox, linkIn, type ReceivedMail } from './mailbox.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Contact, ContactKind, ContactType } from '../src/modules/contacts/contact.entity.js';
import { Firm } from '../src/modules/firms/firm.entity.js';
import { createMailTransport } from '../src/modules/mail/mail-transport.js';
import { EmailStatus, OutboxEmail } from '../src/modules/mail/outbox-email.entity.js';
import type { DeliveryDeps } from '../src/modules/mail/outbox.service.js';
import { PortalSettings } from '../src/modules/portal-settings/portal-settings.entity.js';
import { portalSettingsOf } from '../src/modules/portal-settings/portal-settings.service.js';
import { MemberStatus, Portal, PortalMember } from '../src/modules/portals/portal.entity.js';
import { StaffRole, StaffUser } from '../src/modules/staff/staff-user.entity.js';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  private current = new Date();

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  /**
   * Back to the real time. Test files share one database, and a pending invitation of another
   * file looks expired to an app whose clock runs days ahead; a test that moves far ahead puts
   * the clock back when it is done.
   */
  reset(): void {
    this.current = new Date();
  }
}

export interface GraphQLResponse<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  status: number;
  /** The response body exactly as sent, to check what it does not contain. */
  raw: string;
}

/** An expected failure as a mutation payload reports it. */
export interface UserErrorData {
  code: string;
  message: string;
  field: string[] | null;
}

/** Selection of a payload's `errors`, matching UserErrorData. */
export const USER_ERRORS = 'errors { code message field }';

/** One browser's worth of cookies talking to the API. */
export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** Speaks for a client app at one firm's address. */
  atPortal(slug: string): ApiClient {
    const client = new ApiClient(this.baseUrl, { ...this.headers, 'x-atrium-firm': slug });
    client.cookies = this.cookies;
    return client;
  }

  fromAddress(ip: string): ApiClient {
    const client = new ApiClient(this.baseUrl, { ...this.headers, 'x-forwarded-for': ip });
    client.cookies = this.cookies;
    return client;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request<T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (!name) continue;
      const expired = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0');
      if (expired || !value) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
    const raw = await response.text();
    const body = JSON.parse(raw) as Omit<GraphQLResponse<T>, 'status' | 'raw'>;
    return { ...body, status: response.status, raw };
  }

  /** Like request, but fails the test on any top-level error. */
  async data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}

export const TEST_PASSWORD = 'plum orchard lantern ninety';
let passwordHash: Promise<string> | null = null;

export function uniqueSlug(prefix = 'firm'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface TestFirm {
  firm: Firm;
  admin: StaffUser;
  staff: StaffUser;
}

export interface TestApp {
  url: string;
  orm: Database;
  clock: ManualClock;
  /** The SMTP server the app sends mail to. */
  mailbox: Mailbox;
  /** The app's job queue and sealing key, for tests that drive the outbox directly. */
  jobs: JobQueue;
  /** The database schema of this app's job queue. */
  jobSchema: string;
  config: AppConfig;
  secrets: SecretBox;
  /** Where the app keeps uploaded files (a fresh folder per test file). */
  storage: FileStorage;
  /** What the email worker delivers with (the same SMTP transport), to deliver a row by hand. */
  delivery: DeliveryDeps;
  api(): ApiClient;
  /** A firm with one admin and one staff member without rights, all signing in with TEST_PASSWORD. */
  createFirm(): Promise<TestFirm>;
  createClientUser(firm: Firm, name?: string): Promise<ClientUser>;
  /** Turns the firm's client portal on (it starts off, P1). */
  enablePortal(firm: Firm): Promise<void>;
  signInStaff(user: { email: string }): Promise<ApiClient>;
  close(): Promise<void>;
}

/** `storage`: where the app keeps uploaded files instead of a fresh folder on disk (e.g. an S3 bucket). */
export async function startTestApp(options: { storage?: FileStorage } = {}): Promise<TestApp> {
  const url = inject('databaseUrl');
  const embedded = inject('embedded');
  const mailbox = await Mailbox.start();
  const config = {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SERVE_APPS: 'false',
      SEED_DEMO: 'false',
      DATABASE_URL: url,
      SECRET_KEY: 'test-secret-key-test-secret-key-0123456789',
      TRUST_PROXY: 'true',
      SMTP_URL: mailbox.url,
      MAIL_FROM: 'Atrium Test <portal@atrium.test>',
      PUBLIC_URL: 'https://portal.atrium.test',
    }),
    // The embedded server hands its one session to each connection in turn, so a statement one
    // connection prepared is still there for the next: named statements are off there.
    database: { kind: 'postgres' as const, url, poolSize: embedded ? 1 : 4, preparedStatements: !embedded },
  };
  const orm = await openDatabase(config.database);
  const clock = new ManualClock();
  // TEST_LOG_LEVEL=warn shows the app's own warnings and errors (mail failures, failed jobs).
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const transport = createMailTransport(config);
  const filesDir = mkdtempSync(join(tmpdir(), 'atrium-files-'));
  const storage = options.storage ?? new LocalDiskStorage(filesDir);
  const jobSchema = `pgboss_${randomBytes(4).toString('hex')}`;
  const atrium = await startAtrium({
    config,
    orm,
    clock,
    logger,
    transport,
    storage,
    jobPollingSeconds: 0.5,
    // Each test file gets its own job queue, so no other file's worker takes its mail.
    jobSchema,
    shareOrmConnectionsForJobs: embedded,
    // Test files share one database and move their own clocks: a scheduled digest in one file
    // would mail another file's client actions. Tests send digests by hand, for their own firm.
    scheduleClientDigests: false,
  });
  const running = atrium.app;
  const api = () => new ApiClient(running.url);
  passwordHash ??= hashPassword(TEST_PASSWORD);

  const createFirm = async (): Promise<TestFirm> => {
    const em = orm.em.fork();
    const slug = uniqueSlug();
    const hash = await passwordHash!;
    const firm = em.create(Firm, { name: `Firm ${slug}`, slug });
    const admin = em.create(StaffUser, {
      firm,
      name: `Admin ${slug}`,
      email: `admin@${slug}.test`,
      passwordHash: hash,
      role: StaffRole.ADMIN,
      canInviteClients: true,
      canShareItems: true,
    });
    const staff = em.create(StaffUser, { firm, name: `Staff ${slug}`, email: `staff@${slug}.test`, passwordHash: hash });
    await em.flush();
    return { firm, admin, staff };
  };

  const enablePortal = async (firm: Firm): Promise<void> => {
    const em = orm.em.fork();
    const settings = await portalSettingsOf(em, firm.id);
    settings.enabled = true;
    await em.flush();
  };

  /** A registered client: the firm's portal turned on, a client contact with a portal, an active member. */
  const createClientUser = async (firm: Firm, name = 'Client Person'): Promise<ClientUser> => {
    const em = orm.em.fork();
    await enablePortal(firm);
    const email = `${randomBytes(4).toString('hex')}@client.test`;
    const client = em.create(ClientUser, { firm: firm.id, name, email, passwordHash: await passwordHash! });
    const contact = em.create(Contact, { firm: firm.id, type: ContactType.PERSON, kind: ContactKind.CLIENT, lastName: name, displayName: name, sortName: name.toLowerCase() });
    const portal = em.create(Portal, { firm: firm.id, contact });
    em.create(PortalMember, { firm: firm.id, portal, contact, clientUser: client, name, email, status: MemberStatus.ACTIVE, activatedAt: new Date() });
    await em.flush();
    return client;
  };

  const signInStaff = async (user: { email: string }): Promise<ApiClient> => {
    const client = api();
    const result = await client.data<{ signInStaff: { errors: { code: string }[] } }>(
      'mutation($input: SignInInput!) { signInStaff(input: $input) { errors { code } } }',
      { input: { email: user.email, password: TEST_PASSWORD } },
    );
    if (result.signInStaff.errors.length) throw new Error(`sign-in failed: ${JSON.stringify(result.signInStaff.errors)}`);
    return client;
  };

  return {
    url: running.url,
    orm,
    clock,
    mailbox,
    jobs: atrium.jobs,
    jobSchema,
    config,
    secrets: atrium.secrets,
    storage,
    delivery: { orm, jobs: atrium.jobs, secrets: atrium.secrets, transport, clock, logger },
    api,
    createFirm,
    createClientUser,
    enablePortal,
    signInStaff,
    close: async () => {
      await atrium.close();
      await orm.close(true);
      await mailbox.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a mutation that takes `input` and must succeed: fails the test on a top-level error or
 * on payload errors, and returns the payload of the named field.
 */
export async function mutateOk<P extends { errors: UserErrorData[] }>(
  api: ApiClient,
  mutation: string,
  field: string,
  input: Record<string, unknown>,
): Promise<P> {
  const result = await api.data<Record<string, P>>(mutation, { input });
  const payload = result[field];
  if (!payload) throw new Error(`no payload for ${field}`);
  if (payload.errors.length) throw new Error(`${field} failed: ${JSON.stringify(payload.errors)}`);
  return payload;
}

export interface NewContact {
  type?: 'PERSON' | 'ORGANIZATION';
  kind?: 'CLIENT' | 'PROSPECT' | 'SUPPLIER' | 'OTHER';
  firstName?: string | null;
  lastName?: string | null;
  organizationName?: string | null;
  notes?: string | null;
  emails?: { address: string; label?: string | null; isPrimary?: boolean }[];
  phones?: { number: string; label?: string | null; isPrimary?: boolean }[];
}

/** Adds a contact through the API (a client person unless told otherwise) and returns its ID. */
export async function addContact(api: ApiClient, contact: NewContact): Promise<string> {
  const payload = await mutateOk<{ contact: { id: string }; errors: UserErrorData[] }>(
    api,
    `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } ${USER_ERRORS} } }`,
    'createContact',
    { type: 'PERSON', kind: 'CLIENT', ...contact },
  );
  return payload.contact.id;
}

export interface NewMatter {
  name: string;
  responsibleStaffId: string;
  number?: string | null;
  description?: string | null;
  participants?: { contactId: string; role: string }[];
}

/** Opens a matter through the API and returns its ID and number. */
export async function addMatter(api: ApiClient, matter: NewMatter): Promise<{ id: string; number: string }> {
  const payload = await mutateOk<{ matter: { id: string; number: string }; errors: UserErrorData[] }>(
    api,
    `mutation($input: CreateMatterInput!) { createMatter(input: $input) { matter { id number } ${USER_ERRORS} } }`,
    'createMatter',
    { ...matter },
  );
  return payload.matter;
}

// ---------------------------------------------------------------------------------------------
// Portal invitations: a firm with its portal on, invitations, registration and client sessions,
// all through the API; plus read-backs of the outbox for "nothing was sent".

/** A password every registering client in the tests uses (long, not common). */
export const CLIENT_PASSWORD = 'seven quiet lanterns by the river';

export interface PortalFirm extends TestFirm {
  /** The admin (all rights), signed in. */
  adminApi: ApiClient;
}

/** A new firm with its portal turned on and its admin signed in. */
export async function portalFirm(app: TestApp): Promise<PortalFirm> {
  const firm = await app.createFirm();
  await app.enablePortal(firm.firm);
  return { ...firm, adminApi: await app.signInStaff(firm.admin) };
}

/** An address unique to the firm, so tests sharing a mailbox never read each other's mail. */
export function emailAt(firm: { slug: string }, who: string): string {
  return `${who}.${firm.slug}@example.com`;
}

export const INVITE = `mutation($input: InviteToPortalInput!) {
  inviteToPortal(input: $input) {
    portal { id }
    member { id name email status accessState permissions { appointmentRequests secureMessaging billingDocuments payBalance inviteOthers myDetails myDocuments } }
    invitation { id status expiresAt linkOnly }
    ${USER_ERRORS}
  }
}`;

export interface MemberPermissionsData {
  appointmentRequests: boolean;
  secureMessaging: boolean;
  billingDocuments: boolean;
  payBalance: boolean;
  inviteOthers: boolean;
  myDetails: boolean;
  myDocuments: boolean;
}

export interface InvitePayload {
  portal: { id: string } | null;
  member: { id: string; name: string; email: string; status: string; accessState: string; permissions: MemberPermissionsData } | null;
  invitation: { id: string; status: string; expiresAt: string; linkOnly: boolean } | null;
  errors: UserErrorData[];
}

/** Sends inviteToPortal and returns its payload, errors included. */
export async function invite(api: ApiClient, input: Record<string, unknown>): Promise<InvitePayload> {
  return (await api.data<{ inviteToPortal: InvitePayload }>(INVITE, { input })).inviteToPortal;
}

export interface InvitedClient {
  contactId: string;
  email: string;
  memberId: string;
  invitationId: string;
  portalId: string;
  mail: ReceivedMail;
  token: string;
}

/**
 * A client contact invited to its portal: the invitation email has arrived over SMTP and its
 * token is read from the link.
 */
export async function inviteClient(
  app: TestApp,
  pf: PortalFirm,
  options: { who?: string; firstName?: string; lastName?: string; matterIds?: string[]; contactId?: string; extra?: Record<string, unknown> } = {},
): Promise<InvitedClient> {
  const who = options.who ?? `client-${randomBytes(3).toString('hex')}`;
  const email = emailAt(pf.firm, who);
  const contactId =
    options.contactId ??
    (await addContact(pf.adminApi, { firstName: options.firstName ?? 'Client', lastName: options.lastName ?? who, emails: [{ address: email }] }));
  const payload = await invite(pf.adminApi, { contactId, email, matterIds: options.matterIds ?? [], ...options.extra });
  if (payload.errors.length || !payload.member || !payload.invitation || !payload.portal) throw new Error(`invitation failed: ${JSON.stringify(payload.errors)}`);
  const invitationId = payload.invitation.id;
  const mail = await app.mailbox.waitFor((m) => m.to.includes(email) && m.text.includes(`/p/${pf.firm.slug}/accept#`));
  return { contactId, email, memberId: payload.member.id, invitationId, portalId: payload.portal.id, mail, token: linkIn(mail, `p/${pf.firm.slug}/accept`).token };
}

export const PORTAL_INVITATION = `query($slug: String!, $token: String!) {
  portalInvitation(firmSlug: $slug, token: $token) { state problem email name hasAccount termsOfService termsVersion expiresAt firm { name slug accentColor } }
}`;

export interface PortalInvitationData {
  state: string;
  problem: string | null;
  email: string | null;
  name: string | null;
  hasAccount: boolean;
  termsOfService: string | null;
  termsVersion: number | null;
  expiresAt: string | null;
  firm: { name: string; slug: string; accentColor: string } | null;
}

/** What the registration page shows for a token (public, as a browser at the firm's address). */
export async function lookUpLink(app: TestApp, slug: string, token: string): Promise<PortalInvitationData> {
  return (await app.api().atPortal(slug).data<{ portalInvitation: PortalInvitationData }>(PORTAL_INVITATION, { slug, token })).portalInvitation;
}

export const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { loginEmail existingAccount ${USER_ERRORS} } }`;

export interface AcceptPayload {
  loginEmail: string | null;
  existingAccount: boolean;
  errors: UserErrorData[];
}

/** Registers with a token, accepting the current terms unless told otherwise. */
export async function accept(
  app: TestApp,
  slug: string,
  token: string,
  options: { password?: string; acceptTerms?: boolean; termsVersion?: number; api?: ApiClient } = {},
): Promise<AcceptPayload> {
  const api = options.api ?? app.api().atPortal(slug);
  let termsVersion = options.termsVersion;
  if (termsVersion === undefined) {
    const settings = await app.orm.em.fork().findOneOrFail(PortalSettings, { firm: { slug } });
    termsVersion = settings.termsVersion;
  }
  const result = await api.data<{ acceptInvitation: AcceptPayload }>(ACCEPT, {
    input: { firmSlug: slug, token, password: options.password ?? CLIENT_PASSWORD, acceptTerms: options.acceptTerms ?? true, termsVersion },
  });
  return result.acceptInvitation;
}

export const SIGN_IN_CLIENT = `mutation($input: SignInClientInput!) { signInClient(input: $input) { client { id email } ${USER_ERRORS} } }`;

export interface SignInClientPayload {
  client: { id: string; email: string } | null;
  errors: UserErrorData[];
}

/** Tries to sign a client in at the firm's address; returns the payload and the browser. */
export async function trySignInClient(app: TestApp, slug: string, email: string, password = CLIENT_PASSWORD): Promise<{ payload: SignInClientPayload; api: ApiClient }> {
  const api = app.api().atPortal(slug);
  const result = await api.data<{ signInClient: SignInClientPayload }>(SIGN_IN_CLIENT, { input: { firmSlug: slug, email, password } });
  return { payload: result.signInClient, api };
}

/** Signs a client in and returns their browser at the firm's address; fails the test otherwise. */
export async function signInClient(app: TestApp, slug: string, email: string, password = CLIENT_PASSWORD): Promise<ApiClient> {
  const { payload, api } = await trySignInClient(app, slug, email, password);
  if (payload.errors.length) throw new Error(`client sign-in failed: ${JSON.stringify(payload.errors)}`);
  return api;
}

/** The signed-in client at the browser's firm address, or null. */
export async function clientViewer(api: ApiClient): Promise<{ id: string; email: string } | null> {
  return (await api.data<{ clientViewer: { id: string; email: string } | null }>('{ clientViewer { id email } }')).clientViewer;
}

export interface RegisteredMember extends InvitedClient {
  /** The member's browser, signed in at the firm's address. */
  client: ApiClient;
}

/** A client invited, registered with the link and signed in. */
export async function registeredMember(app: TestApp, pf: PortalFirm, options: Parameters<typeof inviteClient>[2] = {}): Promise<RegisteredMember> {
  const invited = await inviteClient(app, pf, options);
  const accepted = await accept(app, pf.firm.slug, invited.token);
  if (accepted.errors.length) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
  return { ...invited, client: await signInClient(app, pf.firm.slug, invited.email) };
}

/** The firm's outbox rows, oldest first: what the app has queued or sent. */
export async function outboxOf(app: TestApp, firmId: string): Promise<OutboxEmail[]> {
  return app.orm.em.fork().find(OutboxEmail, { firm: firmId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** A setting's value on the entity manager's connection (its open transaction's, if any). */
export async function settingOf(em: Em, name: string): Promise<string> {
  return ((await em.execute(`show ${name}`)) as Record<string, string>[])[0]![name]!;
}

/**
 * A setting's value on every connection the app's pool holds (on the embedded database, its one
 * connection): to check that what a transaction changed for itself ended with it.
 */
export async function settingOnEveryConnection(app: TestApp, name: string): Promise<string[]> {
  const connection = app.orm.em.getConnection();
  if (!(connection instanceof PostgreSqlConnection)) return [await settingOf(app.orm.em.fork(), name)];
  const pool = (await connection.getNativeClient()) as pg.Pool;
  const held = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
  try {
    const values: string[] = [];
    for (const client of held) values.push((await client.query<Record<string, string>>(`show ${name}`)).rows[0]![name]!);
    return values;
  } finally {
    for (const client of held) client.release();
  }
}

/**
 * Waits until none of the firm's outbox rows is still queued, so that "no such email" can be
 * checked against both the rows and the mailbox. Fails after the timeout.
 */
export async function settleOutbox(app: TestApp, firmId: string, timeoutMs = 15_000): Promise<OutboxEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await outboxOf(app, firmId);
    if (rows.every((row) => row.status !== EmailStatus.QUEUED)) return rows;
    if (Date.now() > deadline) throw new Error(`outbox still has queued mail after ${timeoutMs} ms: ${rows.map((r) => `${r.kind}→${r.toAddress}: ${r.status}`).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Polls until the check passes (it throws while it does not); fails after the timeout. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
