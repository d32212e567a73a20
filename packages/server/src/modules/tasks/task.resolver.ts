import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Matter } from '../matters/matter.entity.js';
import { PortalMatter } from '../portals/portal.entity.js';
import { DeleteMatterItemPayload, todayOf } from '../matters/matter-item.js';
import { Task } from './task.entity.js';
import { completedBy, createTask, deleteTask, matterTasks, setTaskDoneByStaff, setTaskShared, updateTask } from './task.service.js';

@InputType({ description: 'A new to-do on a matter. It is not shared with the client until it is shared on its own.' })
class CreateTaskInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => String, { description: 'What is to be done, in a few words.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More about what is to be done.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is due by (YYYY-MM-DD); omitted for none.' })
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The one portal (of those the matter is shared with) whose members are asked; omitted asks every portal the matter is shared with.' })
  portalId?: string | null;
}

@InputType({ description: 'New values for a to-do. Changing a shared to-do needs the share-items right.' })
class UpdateTaskInput {
  @Field(() => ID, { description: 'The to-do.' })
  taskId!: string;

  @Field(() => String, { description: 'What is to be done, in a few words.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More about what is to be done.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is due by (YYYY-MM-DD); null for none.' })
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The one portal whose members are asked; null asks every portal the matter is shared with.' })
  portalId?: string | null;
}

@InputType({ description: 'Names one to-do.' })
class TaskIdInput {
  @Field(() => ID, { description: 'The to-do.' })
  taskId!: string;
}

@InputType({ description: 'Shares a to-do with the client, or stops sharing it.' })
class SetTaskSharedInput {
  @Field(() => ID, { description: 'The to-do.' })
  taskId!: string;

  @Field(() => Boolean, { description: 'True to share it, false to stop sharing it.' })
  shared!: boolean;
}

@InputType({ description: 'Marks a to-do done or open again.' })
class SetTaskDoneInput {
  @Field(() => ID, { description: 'The to-do.' })
  taskId!: string;

  @Field(() => Boolean, { description: 'True for done, false to open it again.' })
  done!: boolean;
}

@ObjectType({ description: 'Result of a change to a to-do.' })
class TaskPayload extends Payload {
  @Field(() => Task, { nullable: true, description: 'The to-do as it is now.' })
  task: Task | null = null;
}

@ObjectType({ description: 'A portal a matter is shared with, as a choice of whom a to-do asks.' })
class TaskPortalChoice {
  @Field(() => ID, { description: 'The portal.' })
  id!: string;

  @Field(() => String, { description: 'Whose portal it is.' })
  name!: string;
}

@Resolver(() => Matter)
export class MatterTasksResolver {
  @FieldResolver(() => [TaskPortalChoice], { description: 'The portals this matter is shared with: a to-do may ask one of them only.' })
  async taskPortals(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<TaskPortalChoice[]> {
    const staff = requireStaff(ctx);
    const links = await ctx.em.find(PortalMatter, { matter: matter.id, firm: staff.firm.id }, { populate: ['portal', 'portal.contact'], orderBy: { portal: { contact: { sortName: 'asc' } } } });
    return links.map((link) => ({ id: link.portal.id, name: link.portal.getEntity().contact.getEntity().displayName }));
  }

  @FieldResolver(() => [Task], { description: "The matter's to-dos: open ones first (soonest due first), then done ones." })
  tasks(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<Task[]> {
    const staff = requireStaff(ctx);
    return matterTasks(ctx, staff.firm.id, matter);
  }
}

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => Boolean, { description: 'True once it is marked done.' })
  done(@Root() task: Task): boolean {
    return task.completedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'True when it is open and its due date has passed.' })
  overdue(@Root() task: Task, @Ctx() ctx: GraphQLContext): boolean {
    return !task.completedAt && task.dueDate !== null && task.dueDate < todayOf(ctx.clock);
  }

  @FieldResolver(() => Boolean, { description: 'True while it is shared with the client.' })
  shared(@Root() task: Task): boolean {
    return task.sharedAt !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who shared it, while it is shared.' })
  async sharedByName(@Root() task: Task): Promise<string | null> {
    return task.sharedAt && task.sharedBy ? ((await task.sharedBy.load())?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who marked it done (a client member or a staff member); null while open.' })
  async completedByName(@Root() task: Task): Promise<string | null> {
    return (await completedBy(task))?.name ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when a member of the client portal marked it done.' })
  async completedByClient(@Root() task: Task): Promise<boolean> {
    return (await completedBy(task))?.byClient ?? false;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who created it.' })
  async createdByName(@Root() task: Task): Promise<string | null> {
    return task.createdBy ? ((await task.createdBy.load())?.name ?? null) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The one portal whose members are asked; null when every portal the matter is shared with is.' })
  portalId(@Root() task: Task): string | null {
    return task.portal?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the one portal whose members are asked, if any.' })
  async portalName(@Root() task: Task): Promise<string | null> {
    if (!task.portal) return null;
    const portal = await task.portal.load({ populate: ['contact'] });
    return portal?.contact.getEntity().displayName ?? null;
  }

  @Mutation(() => TaskPayload, { description: 'Adds a to-do to a matter (not shared yet).' })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: GraphQLContext): Promise<TaskPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new TaskPayload(), async (payload) => {
      payload.task = await createTask(ctx, staff, input);
    });
  }

  @Mutation(() => TaskPayload, { description: 'Changes a to-do. A shared one needs the share-items right.' })
  updateTask(@Arg('input', () => UpdateTaskInput) input: UpdateTaskInput, @Ctx() ctx: GraphQLContext): Promise<TaskPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new TaskPayload(), async (payload) => {
      payload.task = await updateTask(ctx, staff, input);
    });
  }

  @Mutation(() => DeleteMatterItemPayload, { description: 'Deletes a to-do; clients no longer see it. A shared one needs the share-items right.' })
  deleteTask(@Arg('input', () => TaskIdInput) input: TaskIdInput, @Ctx() ctx: GraphQLContext): Promise<DeleteMatterItemPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DeleteMatterItemPayload(), async (payload) => {
      payload.deletedId = await deleteTask(ctx, staff, input.taskId);
    });
  }

  @Mutation(() => TaskPayload, { description: 'Shares a to-do with the client or stops sharing it (S2). Needs the share-items right or the admin role.' })
  setTaskShared(@Arg('input', () => SetTaskSharedInput) input: SetTaskSharedInput, @Ctx() ctx: GraphQLContext): Promise<TaskPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new TaskPayload(), async (payload) => {
      payload.task = await setTaskShared(ctx, staff, input.taskId, input.shared);
    });
  }

  @Mutation(() => TaskPayload, { description: 'Marks a to-do done on the client’s behalf, or opens it again.' })
  setTaskDone(@Arg('input', () => SetTaskDoneInput) input: SetTaskDoneInput, @Ctx() ctx: GraphQLContext): Promise<TaskPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new TaskPayload(), async (payload) => {
      payload.task = await setTaskDoneByStaff(ctx, staff, input.taskId, input.done);
    });
  }
}
