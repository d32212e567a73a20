import { Arg, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { ConnectionType, checkPageSize, decodeCursor, toConnection } from '../../graphql/connection.js';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
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
}

@Resolver()
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
    const totalCount = await ctx.em.count(ActivityEntry, { $and: where });
    if (after) {
      const cursor = decodeCursor(after);
      const at = new Date(cursor.sortKey);
      where.push({ $or: [{ occurredAt: { $lt: at } }, { occurredAt: at, id: { $lt: cursor.id } }] });
    }
    const rows = await ctx.em.find(ActivityEntry, { $and: where }, { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: first + 1 });
    return toConnection(rows, first, Boolean(after), totalCount, (entry) => entry.occurredAt.toISOString());
  }
}
