import { queryPrepared } from '../../db/prepared.js';
import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import type { Matter } from '../matters/matter.entity.js';
import { type PortalAccess, refuseWhileViewing, sharedMatterIds } from '../portals/portal-access.js';
import { Portal, PortalMatter, PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { applySharing, matterOfFirm, requireShareRight, todayOf } from '../matters/matter-item.js';
import { Task } from './task.entity.js';

/** What a list of to-dos loads with them, so that names need no query per row. */
const TASK_POPULATE = ['matter', 'sharedBy', 'completedByMember', 'completedByStaff', 'createdBy', 'portal', 'portal.contact'] as const;

/** True for a real calendar day written YYYY-MM-DD (not 2026-02-30). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const dueDateSchema = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isCalendarDay(value), { message: 'Enter a date as YYYY-MM-DD.' });

const taskFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Enter what is to be done.').max(200, 'Use at most 200 characters.'),
  description: z
    .string()
    .trim()
    .max(10_000, 'Use at most 10000 characters.')
    .nullish()
    .transform((value) => (value ? value : null)),
  dueDate: dueDateSchema,
  portalId: z
    .string()
    .nullish()
    .transform((value) => (value ? value : null)),
});

const createTaskSchema = taskFieldsSchema.extend({ matterId: z.string() });
const updateTaskSchema = taskFieldsSchema.extend({ taskId: z.string() });

export type CreateTaskFields = z.input<typeof createTaskSchema>;
export type UpdateTaskFields = z.input<typeof updateTaskSchema>;

/** Open to-dos first (soonest due first, undated last), then done ones, most recently done first. */
export function sortTasks(tasks: Task[]): Task[] {
  return [...tasks].sort((a, b) => {
    if (Boolean(a.completedAt) !== Boolean(b.completedAt)) return a.completedAt ? 1 : -1;
    if (a.completedAt && b.completedAt) return b.completedAt.getTime() - a.completedAt.getTime();
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return a.createdAt.getTime() - b.createdAt.getTime();
  });
}

/** The matter's to-dos, for staff. */
export async function matterTasks(ctx: GraphQLContext, firmId: string, matter: Matter): Promise<Task[]> {
  if (matter.firm.id !== firmId) return [];
  const tasks = await ctx.em.find(Task, { matter: matter.id, firm: firmId, deletedAt: null }, { populate: TASK_POPULATE });
  return sortTasks(tasks);
}

async function taskOfFirm(ctx: GraphQLContext, firmId: string, id: string): Promise<Task> {
  const task = isUuid(id) ? await ctx.em.findOne(Task, { id, firm: firmId, deletedAt: null }) : null;
  if (!task) throw notFound('to-do', ['taskId']);
  return task;
}

/** The portal a to-do is assigned to: one the matter is shared with, or none. */
async function assignablePortal(ctx: GraphQLContext, firmId: string, matterId: string, portalId: string | null): Promise<string | null> {
  if (portalId === null) return null;
  const link = isUuid(portalId) ? await ctx.em.findOne(PortalMatter, { portal: portalId, matter: matterId, firm: firmId }) : null;
  if (!link) throw UserFacingError.of(UserErrorCode.NOT_FOUND, 'The matter is not shared with a portal of that ID.', ['portalId']);
  return link.portal.id;
}

export async function createTask(ctx: GraphQLContext, staff: StaffUser, input: CreateTaskFields): Promise<Task> {
  const fields = parseInput(createTaskSchema, input);
  const firmId = staff.firm.id;
  const matter = await matterOfFirm(ctx.em, firmId, fields.matterId);
  const portal = await assignablePortal(ctx, firmId, matter.id, fields.portalId);
  const task = ctx.em.create(Task, {
    firm: firmId,
    matter,
    portal,
    title: fields.title,
    description: fields.description,
    dueDate: fields.dueDate,
    createdBy: staff.id,
  });
  await ctx.em.flush();
  return task;
}

export async function updateTask(ctx: GraphQLContext, staff: StaffUser, input: UpdateTaskFields): Promise<Task> {
  const fields = parseInput(updateTaskSchema, input);
  const firmId = staff.firm.id;
  const task = await taskOfFirm(ctx, firmId, fields.taskId);
  // What the client sees may only be changed by those who may share it.
  if (task.sharedAt) requireShareRight(staff, 'This to-do is shared with the client; only staff who may share items can change it.');
  const portalId = await assignablePortal(ctx, firmId, task.matter.id, fields.portalId);
  task.portal = portalId ? ctx.em.getReference(Portal, portalId, { wrapped: true }) : null;
  task.title = fields.title;
  task.description = fields.description;
  task.dueDate = fields.dueDate;
  await ctx.em.flush();
  return task;
}

export async function deleteTask(ctx: GraphQLContext, staff: StaffUser, taskId: string): Promise<string> {
  const task = await taskOfFirm(ctx, staff.firm.id, taskId);
  if (task.sharedAt) requireShareRight(staff, 'This to-do is shared with the client; only staff who may share items can delete it.');
  task.deletedAt = ctx.clock.now();
  await ctx.em.flush();
  return task.id;
}

export async function setTaskShared(ctx: GraphQLContext, staff: StaffUser, taskId: string, shared: boolean): Promise<Task> {
  requireShareRight(staff, 'You do not have the right to share items with clients.');
  const task = await taskOfFirm(ctx, staff.firm.id, taskId);
  applySharing(ctx, staff, task, shared, { firmId: staff.firm.id, matterId: task.matter.id, portalId: task.portal?.id ?? null, what: `the to-do “${task.title}”` });
  await ctx.em.flush();
  return task;
}

/** Staff mark a to-do done (for instance when the client did it by post) or open it again. */
export async function setTaskDoneByStaff(ctx: GraphQLContext, staff: StaffUser, taskId: string, done: boolean): Promise<Task> {
  const task = await taskOfFirm(ctx, staff.firm.id, taskId);
  if (Boolean(task.completedAt) === done) return task;
  const now = ctx.clock.now();
  task.completedAt = done ? now : null;
  task.completedByStaff = done ? ctx.em.getReference(StaffUser, staff.id, { wrapped: true }) : null;
  task.completedByMember = null;
  recordActivity(ctx.em, {
    firmId: staff.firm.id,
    action: done ? ActivityAction.TASK_COMPLETED : ActivityAction.TASK_REOPENED,
    actor: { kind: 'staff', staff },
    matterId: task.matter.id,
    portalId: task.portal?.id ?? null,
    summary: done ? `${staff.name} marked the to-do “${task.title}” done.` : `${staff.name} opened the to-do “${task.title}” again.`,
    at: now,
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return task;
}

/** Which to-dos a portal's members see: shared, of a matter shared with the portal, for this portal or for any. */
function visibleToPortal(access: PortalAccess, matterIds: string[]): FilterQuery<Task> {
  return {
    firm: access.firmId,
    matter: { $in: matterIds },
    sharedAt: { $ne: null },
    deletedAt: null,
    $or: [{ portal: null }, { portal: access.portalId }],
  };
}

/** A member marks a to-do of their portal done, or opens it again. */
export async function setTaskDoneByMember(ctx: GraphQLContext, access: PortalAccess, taskId: string, done: boolean): Promise<Task> {
  refuseWhileViewing(access);
  const matterIds = await sharedMatterIds(ctx, access.portalId);
  // Typed as a plain Task: the populated relations are changed below.
  const task: Task | null =
    isUuid(taskId) && matterIds.length > 0
      ? await ctx.em.findOne(Task, { $and: [{ id: taskId }, visibleToPortal(access, matterIds)] }, { populate: ['matter', 'completedByMember', 'completedByStaff'] })
      : null;
  if (!task) throw notFound('to-do', ['taskId']);
  if (Boolean(task.completedAt) === done) return task;
  const now = ctx.clock.now();
  task.completedAt = done ? now : null;
  task.completedByMember = done ? ctx.em.getReference(PortalMember, access.member.id, { wrapped: true }) : null;
  task.completedByStaff = null;
  recordActivity(ctx.em, {
    firmId: access.firmId,
    action: done ? ActivityAction.TASK_COMPLETED : ActivityAction.TASK_REOPENED,
    actor: { kind: 'client', client: access.client },
    matterId: task.matter.id,
    portalId: access.portalId,
    memberId: access.member.id,
    summary: done ? `${access.member.name} marked the to-do “${task.title}” done.` : `${access.member.name} opened the to-do “${task.title}” again.`,
    at: now,
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return task;
}

/** Who marked a to-do done, as a name, and whether it was the client; null while open. */
export async function completedBy(task: Task): Promise<{ name: string; byClient: boolean } | null> {
  if (!task.completedAt) return null;
  if (task.completedByMember) {
    const member = await task.completedByMember.load();
    if (member) return { name: member.name, byClient: true };
  }
  if (task.completedByStaff) {
    const staff = await task.completedByStaff.load();
    if (staff) return { name: staff.name, byClient: false };
  }
  // The person was removed since; the fact that it was done stays.
  return { name: 'Someone who no longer has access', byClient: false };
}

/** A portal to-do as the client list shows it, read without loading entities. */
export interface PortalTodoRow {
  id: string;
  title: string;
  description: string | null;
  dueDate: string | null;
  overdue: boolean;
  done: boolean;
  completedAt: Date | null;
  completedByName: string | null;
  matter: { id: string; name: string; number: string };
}

interface TodoSqlRow {
  id: string;
  title: string;
  description: string | null;
  due_date: string | null;
  completed_at: Date | string | null;
  member_name: string | null;
  staff_name: string | null;
  matter_id: string;
  matter_name: string;
  matter_number: string;
}

// The client's to-do list is the portal's hottest read: one statement, same rule as
// visibleToPortal (shared, not deleted, for this portal or any, of a matter shared with it and
// not archived) and the same order as sortTasks.
const PORTAL_TODOS_SQL = `
select t.id, t.title, t.description, to_char(t.due_date, 'YYYY-MM-DD') as due_date, t.completed_at,
       cm.name as member_name, cs.name as staff_name, m.id as matter_id, m.name as matter_name, m.number as matter_number
  from task t
  join portal_matter pm on pm.matter_id = t.matter_id and pm.portal_id = ?
  join matter m on m.id = t.matter_id and m.archived_at is null
  left join portal_member cm on cm.id = t.completed_by_member_id
  left join staff_user cs on cs.id = t.completed_by_staff_id
 where t.firm_id = ? and t.shared_at is not null and t.deleted_at is null and (t.portal_id is null or t.portal_id = ?)
 order by t.completed_at is not null, t.completed_at desc, t.due_date nulls last, t.created_at`;

/** The portal's to-dos for its members, open first, in one statement. */
export async function portalTodoRows(ctx: GraphQLContext, access: PortalAccess): Promise<PortalTodoRow[]> {
  const rows = await queryPrepared<TodoSqlRow>(ctx.em, PORTAL_TODOS_SQL, [access.portalId, access.firmId, access.portalId]);
  const today = todayOf(ctx.clock);
  return rows.map((row) => {
    const completedAt = row.completed_at === null ? null : new Date(row.completed_at);
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      dueDate: row.due_date,
      overdue: completedAt === null && row.due_date !== null && row.due_date < today,
      done: completedAt !== null,
      completedAt,
      // As completedBy: the person may have been removed since; that it was done stays.
      completedByName: completedAt === null ? null : (row.member_name ?? row.staff_name ?? 'Someone who no longer has access'),
      matter: { id: row.matter_id, name: row.matter_name, number: row.matter_number },
    };
  });
}
