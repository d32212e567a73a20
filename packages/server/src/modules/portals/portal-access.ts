import { queryPrepared } from '../../db/prepared.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notAllowed, notFound } from '../../graphql/user-error.js';
import type { ClientUser } from '../clients/client-user.entity.js';
import type { MemberPermissions } from './member-permissions.js';
import type { ClientPortal } from './client-portal.types.js';
import { PortalMember } from './portal.entity.js';

/**
 * What the signed-in client may reach in one portal: their membership there and its
 * permissions. A staff member's read-only view reaches exactly the viewed member's portal.
 */
export interface PortalAccess {
  client: ClientUser;
  member: PortalMember;
  portalId: string;
  firmId: string;
  permissions: MemberPermissions;
  /** True while a staff member views the portal as this member: nothing may change. */
  readOnly: boolean;
}

/** The permissions a client section needs (S11); sections not listed need none beyond membership. */
export type PermissionName = keyof MemberPermissions;

/**
 * The signed-in client's access to a portal, or null when the portal does not exist, belongs to
 * another firm, or the client is not an active member of it: the three look the same.
 */
export async function findPortalAccess(ctx: GraphQLContext, portalId: string): Promise<PortalAccess | null> {
  const client = ctx.client;
  if (!client) throw unauthenticated();
  if (!isUuid(portalId)) return null;
  const found = clientMemberships(ctx).find(({ membership }) => membership.portal.id === portalId);
  if (!found) return null;
  const member = found.membership;
  return {
    client,
    member,
    portalId: member.portal.id,
    firmId: member.firm.id,
    permissions: member.permissions,
    readOnly: ctx.viewingAs !== null,
  };
}

const TIMESTAMP_COLUMNS = ['created_at', 'updated_at', 'activated_at', 'disabled_at'] as const;
const mappedMemberships = new WeakMap<GraphQLContext, { membership: PortalMember; name: string }[]>();

/**
 * The signed-in client's memberships, by portal name, as entities: the session's own statement
 * read them (see findClientBySession), so asking costs no further statement. While staff view
 * the portal, only the viewed member's.
 */
export function clientMemberships(ctx: GraphQLContext): { membership: PortalMember; name: string }[] {
  let mapped = mappedMemberships.get(ctx);
  if (!mapped) {
    mapped = ctx.clientMemberships.map(({ member, portal_name }) => {
      // JSON carries timestamps as text; the entity wants dates.
      const row = { ...member };
      for (const column of TIMESTAMP_COLUMNS) if (typeof row[column] === 'string') row[column] = new Date(row[column] as string);
      return { membership: ctx.em.map(PortalMember, row), name: portal_name };
    });
    mappedMemberships.set(ctx, mapped);
  }
  return mapped;
}

/**
 * The access a `ClientPortal` field stands for: `myPortals` checked the membership already, so
 * nested fields reuse it instead of asking the database again.
 */
export function accessOfPortal(ctx: GraphQLContext, portal: ClientPortal): PortalAccess | null {
  const client = ctx.client;
  if (!client) return null;
  const member = portal.membership;
  return { client, member, portalId: member.portal.id, firmId: member.firm.id, permissions: member.permissions, readOnly: ctx.viewingAs !== null };
}

/** For mutations: the access, or a NOT_FOUND payload error on `portalId`. */
export async function requirePortalAccess(ctx: GraphQLContext, portalId: string): Promise<PortalAccess> {
  const access = await findPortalAccess(ctx, portalId);
  if (!access) throw notFound('portal', ['portalId']);
  return access;
}

/** Refuses a change while staff view the portal as a member (I13). */
export function refuseWhileViewing(access: PortalAccess): void {
  if (access.readOnly) throw UserFacingError.of(UserErrorCode.READ_ONLY, 'You are viewing the portal as this member; nothing can be changed.');
}

/** Refuses a mutation the member's permissions do not allow. */
export function requirePermission(access: PortalAccess, permission: PermissionName, refusal: string): void {
  if (!access.permissions[permission]) throw notAllowed(refusal);
}

/** IDs of the firm's matters shared with the portal and not archived: what its members may see items of. */
export async function sharedMatterIds(ctx: GraphQLContext, portalId: string): Promise<string[]> {
  // Plain rows: every client list asks this first.
  const rows = await queryPrepared<{ matter_id: string }>(
    ctx.em,
    'select pm.matter_id from portal_matter pm join matter m on m.id = pm.matter_id where pm.portal_id = ? and m.archived_at is null',
    [portalId],
  );
  return rows.map((row) => row.matter_id);
}
