// Boots the real server (HTTP, GraphQL, sessions) on the run's test database, and offers a
// cookie-keeping GraphQL client and helpers that make firms and people with unique names.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/orm.js';
import type { Clock } from '../src/graphql/context.js';
import { startAtrium } from '../src/runtime.js';
import { Mailbox } from './mailbox.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { Contact, ContactKind, ContactType } from '../src/modules/contacts/contact.entity.js';
import { Firm } from '../src/modules/firms/firm.entity.js';
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
  api(): ApiClient;
  /** A firm with one admin and one staff member without rights, all signing in with TEST_PASSWORD. */
  createFirm(): Promise<TestFirm>;
  createClientUser(firm: Firm, name?: string): Promise<ClientUser>;
  /** Turns the firm's client portal on (it starts off, P1). */
  enablePortal(firm: Firm): Promise<void>;
  signInStaff(user: { email: string }): Promise<ApiClient>;
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
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
    database: { kind: 'postgres' as const, url, poolSize: embedded ? 1 : 4 },
  };
  const orm = await openDatabase(config.database);
  const clock = new ManualClock();
  const atrium = await startAtrium({
    config,
    orm,
    clock,
    logger: pino({ level: 'silent' }),
    jobPollingSeconds: 0.5,
    // Each test file gets its own job queue, so no other file's worker takes its mail.
    jobSchema: `pgboss_${randomBytes(4).toString('hex')}`,
    shareOrmConnectionsForJobs: embedded,
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
    api,
    createFirm,
    createClientUser,
    enablePortal,
    signInStaff,
    close: async () => {
      await atrium.close();
      await orm.close(true);
      await mailbox.close();
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
