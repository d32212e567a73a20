import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Em } from '../../db/orm.js';
import type { Clock, GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { Payload, notAllowed, notFound } from '../../graphql/user-error.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { Matter } from './matter.entity.js';
import { StaffRole, StaffUser } from '../staff/staff-user.entity.js';

/*
 * What the kinds of item kept on a matter (documents, to-dos, notes, custom fields, appointments) share:
 * the right to share them, how sharing is recorded, and how a client sees their matter.
 */

/** True when the staff member may share items with clients and change what is shared. */
export function mayShareItems(staff: StaffUser): boolean {
  return staff.canShareItems || staff.role === StaffRole.ADMIN;
}

export function requireShareRight(staff: StaffUser, refusal: string): void {
  if (!mayShareItems(staff)) throw notAllowed(refusal);
}

/** The firm's matter, or NOT_FOUND on `field` (another firm's matter looks like no matter). */
export async function matterOfFirm(em: Em, firmId: string, id: string, field = 'matterId'): Promise<Matter> {
  const matter = isUuid(id) ? await em.findOne(Matter, { id, firm: firmId }) : null;
  if (!matter) throw notFound('matter', [field]);
  return matter;
}

/** The columns of every item shared one by one (null = not shared). */
export interface Shareable {
  sharedAt: Date | null;
  sharedBy: Ref<StaffUser> | null;
}

/**
 * Shares or unshares an item and logs it (ITEM_SHARED / ITEM_UNSHARED on its matter). Returns
 * false, and logs nothing, when the item already was in that state. Written with the next flush.
 */
export function applySharing(
  ctx: GraphQLContext,
  staff: StaffUser,
  item: Shareable,
  shared: boolean,
  about: { firmId: string; matterId: string | null; portalId?: string | null; what: string },
): boolean {
  if ((item.sharedAt !== null) === shared) return false;
  const now = ctx.clock.now();
  item.sharedAt = shared ? now : null;
  item.sharedBy = shared ? ctx.em.getReference(StaffUser, staff.id, { wrapped: true }) : null;
  recordActivity(ctx.em, {
    firmId: about.firmId,
    action: shared ? ActivityAction.ITEM_SHARED : ActivityAction.ITEM_UNSHARED,
    actor: { kind: 'staff', staff },
    matterId: about.matterId,
    portalId: about.portalId ?? null,
    summary: shared ? `${staff.name} shared ${about.what} with the client.` : `${staff.name} stopped sharing ${about.what} with the client.`,
    at: now,
    ip: ctx.ip,
  });
  return true;
}

/** Today's date (YYYY-MM-DD, UTC) by the application's clock: a to-do due before it is overdue. */
export function todayOf(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

@ObjectType({ description: 'The matter an item shared with a client belongs to, as the client sees it.', simpleResolvers: true })
export class ClientItemMatter {
  @Field(() => ID, { description: 'The matter.' })
  id!: string;

  @Field(() => String, { description: 'Name of the matter.' })
  name!: string;

  @Field(() => String, { description: "The firm's reference for the matter." })
  number!: string;
}

export function clientItemMatter(matter: Matter): ClientItemMatter {
  return { id: matter.id, name: matter.name, number: matter.number };
}

@ObjectType({ description: 'Result of deleting an item from a matter.' })
export class DeleteMatterItemPayload extends Payload {
  @Field(() => ID, { nullable: true, description: 'The item that was deleted; null when nothing was.' })
  deletedId: string | null = null;
}

