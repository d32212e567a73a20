import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../../graphql/context.js';
import { containsPattern, isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notAllowed, notFound } from '../../graphql/user-error.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { Matter, ParticipantRole } from '../matters/matter.entity.js';
import { Portal, PortalMatter } from '../portals/portal.entity.js';
import { StaffRole, type StaffUser } from '../staff/staff-user.entity.js';

export interface MatterShareChange {
  matter: Matter;
  portal: Portal;
  /** False when the matter already was (or already was not) shared: nothing changed. */
  changed: boolean;
}

/** Sharing and unsharing need the share-items right or the admin role (P2). */
function requireShareRight(staff: StaffUser): void {
  if (!staff.canShareItems && staff.role !== StaffRole.ADMIN) throw notAllowed('You do not have the right to share matters with client portals.');
}

/** The matter and the portal, both of the staff member's firm; another firm's look unknown. */
async function matterAndPortal(ctx: GraphQLContext, firmId: string, matterId: string, portalId: string): Promise<{ matter: Matter; portal: Portal }> {
  const matter = isUuid(matterId) ? await ctx.em.findOne(Matter, { id: matterId, firm: firmId }) : null;
  if (!matter) throw notFound('matter', ['matterId']);
  const portal = isUuid(portalId) ? await ctx.em.findOne(Portal, { id: portalId, firm: firmId }, { populate: ['contact'] }) : null;
  if (!portal) throw notFound('portal', ['portalId']);
  return { matter, portal };
}

/**
 * S1: shares a matter with a portal, so its members see the matter and the items shared on it.
 * Sharing twice changes nothing; two requests at once make one share and one activity entry.
 */
export async function shareMatterWithPortal(ctx: GraphQLContext, staff: StaffUser, matterId: string, portalId: string): Promise<MatterShareChange> {
  requireShareRight(staff);
  const firmId = staff.firm.id;
  const { matter, portal } = await matterAndPortal(ctx, firmId, matterId, portalId);
  if (matter.archivedAt) {
    throw UserFacingError.of(UserErrorCode.CONFLICT, `Matter ${matter.number} is archived; restore it before sharing it.`, ['matterId']);
  }
  const now = ctx.clock.now();
  const changed = await ctx.em.transactional(async (em) => {
    // The unique (portal, matter) key settles a race: only the insert that lands records the share.
    const inserted = await em.execute<{ id: string }[]>(
      `insert into portal_matter (id, created_at, updated_at, firm_id, portal_id, matter_id, shared_by_id)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict (portal_id, matter_id) do nothing returning id`,
      [now, now, firmId, portal.id, matter.id, staff.id],
    );
    if (inserted.length === 0) return false;
    recordActivity(em, {
      firmId,
      action: ActivityAction.MATTER_SHARED,
      actor: { kind: 'staff', staff },
      portalId: portal.id,
      matterId: matter.id,
      contactId: portal.contact.id,
      summary: `${staff.name} shared matter ${matter.number} ${matter.name} with the portal of ${portal.contact.getEntity().displayName}.`,
      at: now,
      ip: ctx.ip,
    });
    await em.flush();
    return true;
  });
  return { matter, portal, changed };
}

/**
 * S1: stops sharing a matter with a portal. Every item of the matter disappears from the portal
 * at once, because the client's item queries only reach matters still shared.
 */
export async function unshareMatterFromPortal(ctx: GraphQLContext, staff: StaffUser, matterId: string, portalId: string): Promise<MatterShareChange> {
  requireShareRight(staff);
  const firmId = staff.firm.id;
  const { matter, portal } = await matterAndPortal(ctx, firmId, matterId, portalId);
  const now = ctx.clock.now();
  const changed = await ctx.em.transactional(async (em) => {
    const removed = await em.nativeDelete(PortalMatter, { portal: portal.id, matter: matter.id, firm: firmId });
    if (removed === 0) return false;
    recordActivity(em, {
      firmId,
      action: ActivityAction.MATTER_UNSHARED,
      actor: { kind: 'staff', staff },
      portalId: portal.id,
      matterId: matter.id,
      contactId: portal.contact.id,
      summary: `${staff.name} stopped sharing matter ${matter.number} ${matter.name} with the portal of ${portal.contact.getEntity().displayName}.`,
      at: now,
      ip: ctx.ip,
    });
    await em.flush();
    return true;
  });
  return { matter, portal, changed };
}

/**
 * Portals a matter could be shared with, for the share picker: those of the matter's Client
 * participants first, then the firm's others, by name. Three statements whatever the count.
 */
export async function portalsForSharing(ctx: GraphQLContext, firmId: string, matterId: string, search: string | null, limit: number): Promise<Portal[]> {
  const matter = isUuid(matterId) ? await ctx.em.findOne(Matter, { id: matterId, firm: firmId }, { populate: ['participants'] }) : null;
  if (!matter) return [];
  const clientContactIds = matter.participants.getItems().filter((p) => p.role === ParticipantRole.CLIENT).map((p) => p.contact.id);
  const term = search?.trim().toLowerCase();
  const where: FilterQuery<Portal>[] = [{ firm: firmId }];
  if (term) where.push({ contact: { sortName: { $like: containsPattern(term) } } });
  const ofClients = clientContactIds.length
    ? await ctx.em.find(Portal, { $and: [...where, { contact: { $in: clientContactIds } }] }, { populate: ['contact'], orderBy: { contact: { sortName: 'asc' }, id: 'asc' } })
    : [];
  if (clientContactIds.length) where.push({ contact: { $nin: clientContactIds } });
  const others = await ctx.em.find(Portal, { $and: where }, { populate: ['contact'], orderBy: { contact: { sortName: 'asc' }, id: 'asc' }, limit });
  return [...ofClients, ...others].slice(0, limit);
}
