import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { ClientPortal } from '../portals/client-portal.types.js';
import { requirePortalAccess } from '../portals/portal-access.js';
import { ClientItemMatter, clientItemMatter, todayOf } from '../matters/matter-item.js';
import { accessOfPortal } from '../portals/portal-access.js';
import type { Task } from './task.entity.js';
import { completedBy, portalTodoRows, setTaskDoneByMember } from './task.service.js';

@ObjectType({ description: 'A to-do the firm asks of the client, as the client sees it.', simpleResolvers: true })
export class PortalTodo {
  @Field(() => ID, { description: 'The to-do.' })
  id!: string;

  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More about what is to be done.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is due by (YYYY-MM-DD), if any.' })
  dueDate!: string | null;

  @Field(() => Boolean, { description: 'True when it is open and its due date has passed.' })
  overdue!: boolean;

  @Field(() => Boolean, { description: 'True once it is marked done.' })
  done!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was marked done.' })
  completedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who marked it done (a member of the portal or someone at the firm).' })
  completedByName!: string | null;

  @Field(() => ClientItemMatter, { description: 'The matter it belongs to.' })
  matter!: ClientItemMatter;
}

async function toPortalTodo(ctx: GraphQLContext, task: Task): Promise<PortalTodo> {
  const today = todayOf(ctx.clock);
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    dueDate: task.dueDate,
    overdue: !task.completedAt && task.dueDate !== null && task.dueDate < today,
    done: task.completedAt !== null,
    completedAt: task.completedAt,
    completedByName: (await completedBy(task))?.name ?? null,
    matter: clientItemMatter(await task.matter.loadOrFail()),
  };
}

@InputType({ description: 'Names one to-do in one of the signed-in client’s portals.' })
class PortalTaskInput {
  @Field(() => ID, { description: 'The portal.' })
  portalId!: string;

  @Field(() => ID, { description: 'The to-do.' })
  taskId!: string;
}

@ObjectType({ description: 'Result of marking a to-do done or open.' })
class PortalTodoPayload extends Payload {
  @Field(() => PortalTodo, { nullable: true, description: 'The to-do as it is now.' })
  todo: PortalTodo | null = null;
}

@Resolver(() => ClientPortal)
export class ClientPortalTasksResolver {
  @FieldResolver(() => [PortalTodo], { description: 'To-dos the firm asks of this portal: open ones first (soonest due first), then done ones.' })
  async tasks(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<PortalTodo[]> {
    const access = accessOfPortal(ctx, portal);
    if (!access) return [];
    return portalTodoRows(ctx, access);
  }

  @Mutation(() => PortalTodoPayload, { description: 'Marks a to-do of the portal done (S5); staff see who did it and when.' })
  completeTask(@Arg('input', () => PortalTaskInput) input: PortalTaskInput, @Ctx() ctx: GraphQLContext): Promise<PortalTodoPayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new PortalTodoPayload(), async (payload) => {
      const access = await requirePortalAccess(ctx, input.portalId);
      payload.todo = await toPortalTodo(ctx, await setTaskDoneByMember(ctx, access, input.taskId, true));
    });
  }

  @Mutation(() => PortalTodoPayload, { description: 'Opens a to-do marked done again.' })
  reopenTask(@Arg('input', () => PortalTaskInput) input: PortalTaskInput, @Ctx() ctx: GraphQLContext): Promise<PortalTodoPayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new PortalTodoPayload(), async (payload) => {
      const access = await requirePortalAccess(ctx, input.portalId);
      payload.todo = await toPortalTodo(ctx, await setTaskDoneByMember(ctx, access, input.taskId, false));
    });
  }
}
