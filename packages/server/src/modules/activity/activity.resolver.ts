import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, checkPageSize, decodeCursor, toConnection } from '../../graphql/connection.js';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal } from '../portals/portal.entity.js';
import { ActivityAction, ActivityEntry } from './activity-entry.entity.js';

export const ActivityConnection = ConnectionType(ActivityEntry, 'Activity', 'activity entry');

@InputType({ description: 'Narrows the activity log.' })
class ActivityFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only events of this portal.' })
  portalId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only events of this contact's portal." })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events about this member.' })
  memberId?: string | null;

  @Field(() => [ActivityAction], { nullable: true, description: 'Only these kinds of event.' })
  actions?: ActivityAction[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events about this matter.' })
  matterId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only what clients did (uploads, done to-dos, messages, requests, detail changes…), not staff or the system.' })
  clientActionsOnly?: boolean | null;
}

@Resolver(() => ActivityEntry)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: "The firm's activity log, newest first." })
  async activity(
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
    @Arg('filter', () => ActivityFilterInput, { nullable: true, description: 'Narrows the log.' }) filter: ActivityFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const staff = requireStaff(ctx);
    checkPageSize(first);
    const none = '00000000-0000-0000-0000-000000000000';
    const where: Record<string, unknown>[] = [{ firm: staff.firm.id }];
    if (filter?.portalId) where.push({ portal: isUuid(filter.portalId) ? filter.portalId : none });
    if (filter?.contactId) where.push({ portal: { contact: isUuid(filter.contactId) ? filter.contactId : none } });
    if (filter?.memberId) where.push({ member: isUuid(filter.memberId) ? filter.memberId : none });
    if (filter?.actions?.length) where.push({ action: { $in: filter.actions } });
    if (filter?.matterId) where.push({ matter: isUuid(filter.matterId) ? filter.matterId : none });
    if (filter?.clientActionsOnly) where.push({ actorClient: { $ne: null } });
    const totalCount = await ctx.em.count(ActivityEntry, { $and: where });
    if (after) {
      const cursor = decodeCursor(after);
      const at = new Date(cursor.sortKey);
      where.push({ $or: [{ occurredAt: { $lt: at } }, { occurredAt: at, id: { $lt: cursor.id } }] });
    }
    // The matter and portal each entry shows come with the page, so its fields cost no more statements.
    const rows = await ctx.em.find(ActivityEntry, { $and: where }, { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['matter', 'portal', 'portal.contact'] });
    return toConnection(rows, first, Boolean(after), totalCount, (entry) => entry.occurredAt.toISOString());
  }

  @FieldResolver(() => Matter, { nullable: true, description: 'The matter the event concerns, if any.' })
  matter(@Root() entry: ActivityEntry): Promise<Matter | null> {
    // Already in memory when the list query brought it; read by its ID otherwise.
    return entry.matter ? entry.matter.load() : Promise.resolve(null);
  }

  @FieldResolver(() => Portal, { nullable: true, description: 'The client portal the event concerns, if any.' })
  portal(@Root() entry: ActivityEntry): Promise<Portal | null> {
    return entry.portal ? entry.portal.load() : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: "Name of the client whose portal the event concerns (the portal's contact), if any." })
  async portalName(@Root() entry: ActivityEntry): Promise<string | null> {
    const portal = entry.portal ? await entry.portal.load() : null;
    if (!portal) return null;
    const contact = await portal.contact.load();
    return contact?.displayName ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when a client did it (not staff or the system).' })
  byClient(@Root() entry: ActivityEntry): boolean {
    return entry.actorClient !== null;
  }
}
