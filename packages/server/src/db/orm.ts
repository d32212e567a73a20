import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { MikroORM, type Options } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AbstractSqlDriver, EntityManager } from '@mikro-orm/sql';
import type { DatabaseConfig } from '../config.js';
import { AuthSession } from '../modules/auth/auth-session.entity.js';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.entity.js';
import { ClientUser } from '../modules/clients/client-user.entity.js';
import { ContactLink } from '../modules/contacts/contact-link.entity.js';
import { Contact, ContactEmail, ContactPhone } from '../modules/contacts/contact.entity.js';
import { Firm } from '../modules/firms/firm.entity.js';
import { Matter, MatterParticipant } from '../modules/matters/matter.entity.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import { ActivityEntry } from '../modules/activity/activity-entry.entity.js';
import { PasswordReset } from '../modules/auth/password-reset.entity.js';
import { BulkInvitationRun } from '../modules/invitations/bulk-invitation.js';
import { Invitation } from '../modules/invitations/invitation.entity.js';
import { OutboxBody, OutboxEmail } from '../modules/mail/outbox-email.entity.js';
import { PortalSettings } from '../modules/portal-settings/portal-settings.entity.js';
import { MemberPermissions } from '../modules/portals/member-permissions.js';
import { Portal, PortalMatter, PortalMember, TermsAcceptance } from '../modules/portals/portal.entity.js';
import { Document, DocumentVersion, Folder, MemberDenial } from '../modules/documents/document.entity.js';
import { Appointment } from '../modules/appointments/appointment.entity.js';
import { CustomField, Note } from '../modules/notes/note.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { Invoice, InvoiceLine, Payment } from '../modules/billing/invoice.entity.js';
import { Message, MessageAttachment, MessageThread, ThreadReadState } from '../modules/messages/message.entity.js';
import { migrations } from './migrations/index.js';
import { turnOffPreparedStatements } from './prepared.js';

export const entities = [
  Firm,
  StaffUser,
  ClientUser,
  AuthSession,
  SignInThrottle,
  Contact,
  ContactEmail,
  ContactPhone,
  ContactLink,
  Matter,
  MatterParticipant,
  PortalSettings,
  MemberPermissions,
  Portal,
  PortalMember,
  PortalMatter,
  TermsAcceptance,
  Invitation,
  OutboxBody,
  OutboxEmail,
  ActivityEntry,
  PasswordReset,
  BulkInvitationRun,
  Folder,
  Document,
  DocumentVersion,
  MemberDenial,
  Task,
  Note,
  CustomField,
  Appointment,
  Invoice,
  InvoiceLine,
  Payment,
  MessageThread,
  Message,
  MessageAttachment,
  ThreadReadState,
];

export type Database = MikroORM<AbstractSqlDriver, EntityManager<AbstractSqlDriver>>;
export type Em = EntityManager<AbstractSqlDriver>;

export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DatabaseUnavailableError';
  }
}

function baseOptions(): Partial<Options> {
  return {
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    forceUtcTimezone: true,
    // Entities are forked per request; the global manager must never hold state.
    allowGlobalContext: false,
    debug: false,
  };
}

export function ormOptions(database: DatabaseConfig): Partial<Options> {
  if (database.kind === 'postgres') {
    return {
      ...baseOptions(),
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      pool: { min: 0, max: database.poolSize },
    };
  }
  if (!database.dataDir.startsWith('memory:')) mkdirSync(database.dataDir, { recursive: true });
  return {
    ...baseOptions(),
    driver: PgliteDriver,
    dbName: database.dataDir,
  };
}

/** Connects, and fails with one clear sentence when the database cannot be reached. */
export async function openDatabase(database: DatabaseConfig): Promise<Database> {
  const orm = (await MikroORM.init(ormOptions(database))) as unknown as Database;
  await orm.connect().catch(() => undefined);
  const status = await orm.checkConnection();
  if (!status.ok) {
    await orm.close(true).catch(() => undefined);
    const where = database.kind === 'postgres' ? 'the PostgreSQL server at DATABASE_URL' : `the embedded database in ${database.dataDir}`;
    throw new DatabaseUnavailableError(`cannot reach ${where}: ${status.reason}`);
  }
  if (database.kind === 'postgres' && database.preparedStatements === false) await turnOffPreparedStatements(orm.em);
  return orm;
}

/** Applies every migration not yet applied, in one transaction. */
export async function migrate(orm: Database): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}
