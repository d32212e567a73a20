import type { Logger } from 'pino';
import type { MembershipRow } from '../modules/auth/session.service.js';
import type { AppConfig } from '../config.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { FileStorage } from '../storage/file-storage.js';
import type { Em } from '../db/orm.js';
import type { ClientUser } from '../modules/clients/client-user.entity.js';
import type { StaffUser } from '../modules/staff/staff-user.entity.js';
import { forbidden, unauthenticated } from './errors.js';
import { notAllowed } from './user-error.js';
import { StaffRole } from '../modules/staff/staff-user.entity.js';

/** Time as the application sees it; tests replace it to move through expiry windows. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What a resolver may do to the response's cookies. */
export interface CookieWriter {
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

export interface GraphQLContext {
  /** A fork of the entity manager for this request alone. */
  em: Em;
  clock: Clock;
  config: AppConfig;
  logger: Logger;
  jobs: JobQueue;
  secrets: SecretBox;
  /** Where uploaded files are kept. */
  storage: FileStorage;
  ip: string;
  userAgent: string | null;
  cookies: CookieWriter;
  /** The raw session tokens the request carried, by audience. */
  tokens: { staff: string | null; client: string | null };
  /** The firm slug a client-app request speaks for (header `x-atrium-firm`), if any. */
  portalSlug: string | null;
  staff: StaffUser | null;
  client: ClientUser | null;
  /** The client's memberships as the session read them (see `clientMemberships`); empty for anyone else. */
  clientMemberships: MembershipRow[];
  /** Set when a staff member views the portal as a member (read-only): that member's ID. */
  viewingAs: { memberId: string; staff: StaffUser } | null;
}

/** The signed-in, active staff member; anything else is refused before any data is read. */
export function requireStaff(ctx: GraphQLContext): StaffUser {
  if (!ctx.staff) throw unauthenticated();
  return ctx.staff;
}

export function requireAdmin(ctx: GraphQLContext): StaffUser {
  const staff = requireStaff(ctx);
  if (staff.role !== StaffRole.ADMIN) throw forbidden('Only firm admins can do this.');
  return staff;
}

/**
 * For mutations: signed-out callers get a top-level UNAUTHENTICATED error; signed-in
 * non-admins get NOT_ALLOWED in the payload (call it inside toPayload).
 */
export function adminForMutation(ctx: GraphQLContext, refusal: string): StaffUser {
  const staff = requireStaff(ctx);
  if (staff.role !== StaffRole.ADMIN) throw notAllowed(refusal);
  return staff;
}

export function firmIdOf(staff: StaffUser): string {
  return staff.firm.id;
}
