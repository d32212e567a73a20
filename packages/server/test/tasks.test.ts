// To-dos (S2, S5): staff add them to a matter, share them one by one, and see who did them;
// clients see shared ones of matters shared with their portal and mark them done or open.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction } from '../src/modules/activity/activity-entry.entity.js';
import { Firm } from '../src/modules/firms/firm.entity.js';
import { Matter } from '../src/modules/matters/matter.entity.js';
import { Portal, PortalMember } from '../src/modules/portals/portal.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';
import { seedMatterItems } from '../src/modules/tasks/demo-items.js';
import { Task } from '../src/modules/tasks/task.entity.js';
import { USER_ERRORS, addContact, mutateOk, portalFirm, registeredMember, settleOutbox, startTestApp, type ApiClient, type TestApp, type UserErrorData } from './harness.js';
import { activityOf, errorsOf, grantShareRight, itemWorld, statementsDuring, viewAs } from './matter-items.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  app.clock.reset();
});

const TASK_FIELDS = 'id title description dueDate done overdue shared sharedAt sharedByName completedAt completedByName completedByClient portalId portalName';
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { ${TASK_FIELDS} } ${USER_ERRORS} } }`;
const UPDATE = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { ${TASK_FIELDS} } ${USER_ERRORS} } }`;
const DELETE = `mutation($input: TaskIdInput!) { deleteTask(input: $input) { deletedId ${USER_ERRORS} } }`;
const SET_SHARED = `mutation($input: SetTaskSharedInput!) { setTaskShared(input: $input) { task { ${TASK_FIELDS} } ${USER_ERRORS} } }`;
const SET_DONE = `mutation($input: SetTaskDoneInput!) { setTaskDone(input: $input) { task { ${TASK_FIELDS} } ${USER_ERRORS} } }`;
const MATTER_TASKS = `query($id: ID!) { matter(id: $id) { id tasks { ${TASK_FIELDS} } } }`;
const TODO_FIELDS = 'id title description dueDate overdue done completedAt completedByName matter { id name number }';
const MY_TODOS = `{ myPortals { id tasks { ${TODO_FIELDS} } } }`;
const COMPLETE = `mutation($input: PortalTaskInput!) { completeTask(input: $input) { todo { ${TODO_FIELDS} } ${USER_ERRORS} } }`;
const REOPEN = `mutation($input: PortalTaskInput!) { reopenTask(input: $input) { todo { ${TODO_FIELDS} } ${USER_ERRORS} } }`;

interface TaskData {
  id: string;
  title: string;
  dueDate: string | null;
  done: boolean;
  overdue: boolean;
  shared: boolean;
  sharedByName: string | null;
  completedAt: string | null;
  completedByName: string | null;
  completedByClient: boolean;
  portalId: string | null;
  portalName: string | null;
}

interface TodoData {
  id: string;
  title: string;
  dueDate: string | null;
  overdue: boolean;
  done: boolean;
  completedAt: string | null;
  completedByName: string | null;
  matter: { id: string; name: string; number: string };
}

async function createTask(api: ApiClient, input: Record<string, unknown>): Promise<TaskData> {
  return (await mutateOk<{ task: TaskData; errors: UserErrorData[] }>(api, CREATE, 'createTask', input)).task;
}

async function todos(client: ApiClient, portalId?: string): Promise<TodoData[]> {
  const portals = (await client.data<{ myPortals: { id: string; tasks: TodoData[] }[] }>(MY_TODOS)).myPortals;
  return portals.filter((p) => !portalId || p.id === portalId).flatMap((p) => p.tasks);
}

async function staffTasks(api: ApiClient, matterId: string): Promise<TaskData[]> {
  return (await api.data<{ matter: { tasks: TaskData[] } | null }>(MATTER_TASKS, { id: matterId })).matter?.tasks ?? [];
}

function dayOffset(days: number): string {
  return new Date(app.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('sharing to-dos', () => {
  it('shares nothing by default, and a shared to-do only reaches portals the matter is shared with', async () => {
    const w = await itemWorld(app);
    const task = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Sign the engagement letter', dueDate: dayOffset(7) });
    expect(task).toMatchObject({ shared: false, done: false, overdue: false, dueDate: dayOffset(7) });
    expect(await todos(w.member.client)).toEqual([]);

    const shared = await mutateOk<{ task: TaskData; errors: UserErrorData[] }>(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: task.id, shared: true });
    expect(shared.task).toMatchObject({ shared: true, sharedByName: w.pf.admin.name });
    expect(await todos(w.member.client)).toEqual([
      expect.objectContaining({ id: task.id, title: 'Sign the engagement letter', done: false, matter: { id: w.matterId, name: 'Estate of Cora', number: w.matterNumber } }),
    ]);
    // Another client of the same firm sees nothing of it, and cannot touch it.
    expect(await todos(w.stranger.client)).toEqual([]);
    expect(await errorsOf(w.stranger.client, COMPLETE, { portalId: w.stranger.portalId, taskId: task.id })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['taskId'] })]);
    expect(await errorsOf(w.stranger.client, COMPLETE, { portalId: w.member.portalId, taskId: task.id })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['portalId'] })]);

    const log = await activityOf(app, w.pf.firm.id, [ActivityAction.ITEM_SHARED]);
    expect(log).toHaveLength(1);
    expect(log[0]!.matter?.id).toBe(w.matterId);

    await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: task.id, shared: false });
    expect(await todos(w.member.client)).toEqual([]);
    expect(await activityOf(app, w.pf.firm.id, [ActivityAction.ITEM_UNSHARED])).toHaveLength(1);
    const row = await app.orm.em.fork().findOneOrFail(Task, { id: task.id });
    expect(row.sharedAt).toBeNull();
    expect(row.sharedBy).toBeNull();
  });

  it("treats another firm's IDs as unknown", async () => {
    const w = await itemWorld(app);
    const task = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Send bank statements' });
    await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: task.id, shared: true });
    const other = await portalFirm(app);
    const notFound = [expect.objectContaining({ code: 'NOT_FOUND' })];
    expect(await errorsOf(other.adminApi, CREATE, { matterId: w.matterId, title: 'Sneaky' })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, UPDATE, { taskId: task.id, title: 'Changed' })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, SET_SHARED, { taskId: task.id, shared: false })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, SET_DONE, { taskId: task.id, done: true })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, DELETE, { taskId: task.id })).toEqual(notFound);
    expect((await other.adminApi.data<{ matter: null }>(MATTER_TASKS, { id: w.matterId })).matter).toBeNull();
    // A client of the other firm, at the other firm's address.
    const outsider = await registeredMember(app, other);
    expect(await errorsOf(outsider.client, COMPLETE, { portalId: w.member.portalId, taskId: task.id })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['portalId'] })]);
    expect(await errorsOf(outsider.client, COMPLETE, { portalId: outsider.portalId, taskId: task.id })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['taskId'] })]);

    const row = await app.orm.em.fork().findOneOrFail(Task, { id: task.id });
    expect(row).toMatchObject({ title: 'Send bank statements', completedAt: null, deletedAt: null });
    expect(row.sharedAt).not.toBeNull();
  });

  it('can ask one portal only, of those the matter is shared with', async () => {
    const w = await itemWorld(app);
    // The spouse's own portal sees the same matter.
    const spouseContact = await addContact(w.pf.adminApi, { firstName: 'Sid', lastName: `Spouse ${w.pf.firm.slug}` });
    await mutateOk(w.pf.adminApi, `mutation($input: AddMatterParticipantInput!) { addMatterParticipant(input: $input) { ${USER_ERRORS} } }`, 'addMatterParticipant', {
      matterId: w.matterId,
      contactId: spouseContact,
      role: 'CLIENT',
    });
    const spouse = await registeredMember(app, w.pf, { contactId: spouseContact, matterIds: [w.matterId] });

    const choices = (await w.pf.adminApi.data<{ matter: { taskPortals: { id: string }[] } }>('query($id: ID!) { matter(id: $id) { taskPortals { id name } } }', { id: w.matterId })).matter.taskPortals;
    expect(choices.map((c) => c.id).sort()).toEqual([w.member.portalId, spouse.portalId].sort());
    const forAll = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'For both' });
    const forOne = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'For Cora only', portalId: w.member.portalId });
    expect(forOne.portalId).toBe(w.member.portalId);
    expect(forOne.portalName).toContain('Cora');
    for (const task of [forAll, forOne]) await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: task.id, shared: true });

    expect((await todos(w.member.client)).map((t) => t.title).sort()).toEqual(['For Cora only', 'For both']);
    expect((await todos(spouse.client)).map((t) => t.title)).toEqual(['For both']);
    expect(await errorsOf(spouse.client, COMPLETE, { portalId: spouse.portalId, taskId: forOne.id })).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);

    // A portal the matter is not shared with cannot be asked.
    expect(await errorsOf(w.pf.adminApi, CREATE, { matterId: w.matterId, title: 'Nope', portalId: w.stranger.portalId })).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['portalId'] }),
    ]);
  });
});

describe('doing to-dos', () => {
  it('lets a member mark a to-do done and undo it; staff see who and when; both are logged', async () => {
    const w = await itemWorld(app);
    const task = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Upload your ID', dueDate: dayOffset(3) });
    const later = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Later one', dueDate: dayOffset(9) });
    for (const t of [task, later]) await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: t.id, shared: true });

    const done = await mutateOk<{ todo: TodoData; errors: UserErrorData[] }>(w.member.client, COMPLETE, 'completeTask', { portalId: w.member.portalId, taskId: task.id });
    expect(done.todo).toMatchObject({ done: true, completedByName: expect.stringContaining('Cora') });
    expect(done.todo.completedAt).not.toBeNull();
    // Open ones first, then done ones.
    expect((await todos(w.member.client)).map((t) => [t.title, t.done])).toEqual([
      ['Later one', false],
      ['Upload your ID', true],
    ]);

    const seen = (await staffTasks(w.pf.adminApi, w.matterId)).find((t) => t.id === task.id)!;
    expect(seen).toMatchObject({ done: true, completedByClient: true, completedByName: done.todo.completedByName, completedAt: done.todo.completedAt });

    const completed = await activityOf(app, w.pf.firm.id, [ActivityAction.TASK_COMPLETED]);
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ actorName: expect.stringContaining('Cora') });
    expect(completed[0]!.matter?.id).toBe(w.matterId);
    expect(completed[0]!.portal?.id).toBe(w.member.portalId);
    expect(completed[0]!.member?.id).toBe(w.member.memberId);
    expect(completed[0]!.actorClient).not.toBeNull();

    const reopened = await mutateOk<{ todo: TodoData; errors: UserErrorData[] }>(w.member.client, REOPEN, 'reopenTask', { portalId: w.member.portalId, taskId: task.id });
    expect(reopened.todo).toMatchObject({ done: false, completedAt: null, completedByName: null });
    const reopenLog = await activityOf(app, w.pf.firm.id, [ActivityAction.TASK_REOPENED]);
    expect(reopenLog).toHaveLength(1);
    expect(reopenLog[0]!.member?.id).toBe(w.member.memberId);

    // Staff may mark it done on the client's behalf; the client sees who.
    const byStaff = await mutateOk<{ task: TaskData; errors: UserErrorData[] }>(w.staffApi, SET_DONE, 'setTaskDone', { taskId: task.id, done: true });
    expect(byStaff.task).toMatchObject({ done: true, completedByClient: false, completedByName: w.pf.staff.name });
    expect((await todos(w.member.client)).find((t) => t.id === task.id)).toMatchObject({ done: true, completedByName: w.pf.staff.name });
  });

  it('refuses changes in the read-only view, and changes nothing', async () => {
    const w = await itemWorld(app);
    const task = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Read-only' });
    await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: task.id, shared: true });
    const view = await viewAs(app, w.pf, w.member.memberId);
    expect((await todos(view)).map((t) => t.id)).toEqual([task.id]);
    expect(await errorsOf(view, COMPLETE, { portalId: w.member.portalId, taskId: task.id })).toEqual([expect.objectContaining({ code: 'READ_ONLY' })]);
    const row = await app.orm.em.fork().findOneOrFail(Task, { id: task.id });
    expect(row.completedAt).toBeNull();
    expect(await activityOf(app, w.pf.firm.id, [ActivityAction.TASK_COMPLETED])).toEqual([]);
  });

  it('marks open to-dos past their due date overdue, by the application clock', async () => {
    const w = await itemWorld(app);
    const task = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Due tomorrow', dueDate: dayOffset(1) });
    const undated = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Whenever' });
    for (const t of [task, undated]) await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: t.id, shared: true });
    expect((await todos(w.member.client)).map((t) => [t.title, t.overdue])).toEqual([
      ['Due tomorrow', false],
      ['Whenever', false],
    ]);

    app.clock.advance(3 * 86_400_000);
    expect((await todos(w.member.client)).map((t) => [t.title, t.overdue])).toEqual([
      ['Due tomorrow', true],
      ['Whenever', false],
    ]);
    expect((await staffTasks(w.pf.adminApi, w.matterId)).find((t) => t.id === task.id)?.overdue).toBe(true);

    await mutateOk(w.member.client, COMPLETE, 'completeTask', { portalId: w.member.portalId, taskId: task.id });
    expect((await todos(w.member.client)).find((t) => t.id === task.id)?.overdue).toBe(false);
  });
});

describe('rights and input', () => {
  it('lets any staff add and edit unshared to-dos, but sharing and changing shared ones needs the right', async () => {
    const w = await itemWorld(app);
    const task = await createTask(w.staffApi, { matterId: w.matterId, title: 'Drafted by staff' });
    await mutateOk(w.staffApi, UPDATE, 'updateTask', { taskId: task.id, title: 'Drafted by staff, edited' });

    const notAllowed = [expect.objectContaining({ code: 'NOT_ALLOWED' })];
    expect(await errorsOf(w.staffApi, SET_SHARED, { taskId: task.id, shared: true })).toEqual(notAllowed);
    expect((await app.orm.em.fork().findOneOrFail(Task, { id: task.id })).sharedAt).toBeNull();
    expect(await activityOf(app, w.pf.firm.id, [ActivityAction.ITEM_SHARED])).toEqual([]);

    await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: task.id, shared: true });
    expect(await errorsOf(w.staffApi, UPDATE, { taskId: task.id, title: 'Changed behind the sharer' })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, DELETE, { taskId: task.id })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, SET_SHARED, { taskId: task.id, shared: false })).toEqual(notAllowed);
    expect((await todos(w.member.client)).map((t) => t.title)).toEqual(['Drafted by staff, edited']);

    await grantShareRight(w.pf, w.pf.staff.id);
    await mutateOk(w.staffApi, UPDATE, 'updateTask', { taskId: task.id, title: 'Now allowed' });
    expect((await todos(w.member.client)).map((t) => t.title)).toEqual(['Now allowed']);
    await mutateOk(w.staffApi, DELETE, 'deleteTask', { taskId: task.id });
    expect(await todos(w.member.client)).toEqual([]);
    expect(await staffTasks(w.pf.adminApi, w.matterId)).toEqual([]);
  });

  it('refuses bad input and changes nothing', async () => {
    const w = await itemWorld(app);
    const em = app.orm.em.fork();
    const before = await em.count(Task, { firm: w.pf.firm.id });
    expect(await errorsOf(w.pf.adminApi, CREATE, { matterId: w.matterId, title: '   ' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['title'] })]);
    expect(await errorsOf(w.pf.adminApi, CREATE, { matterId: w.matterId, title: 'Bad date', dueDate: '2026-02-30' })).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['dueDate'] }),
    ]);
    expect(await errorsOf(w.pf.adminApi, CREATE, { matterId: 'not-an-id', title: 'No matter' })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['matterId'] })]);
    expect(await em.count(Task, { firm: w.pf.firm.id })).toBe(before);

    const task = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'Keep me', dueDate: '2030-01-31' });
    expect(await errorsOf(w.pf.adminApi, UPDATE, { taskId: task.id, title: '', dueDate: '2030-02-01' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['title'] })]);
    const row = await app.orm.em.fork().findOneOrFail(Task, { id: task.id });
    expect(row).toMatchObject({ title: 'Keep me', dueDate: '2030-01-31' });
  });
});

describe('lists', () => {
  it('load in the same number of statements whatever their length', async () => {
    const w = await itemWorld(app);
    const first = await createTask(w.pf.adminApi, { matterId: w.matterId, title: 'One' });
    await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: first.id, shared: true });
    await settleOutbox(app, w.pf.firm.id);
    const clientBefore = await statementsDuring(app, () => todos(w.member.client));
    const staffBefore = await statementsDuring(app, () => staffTasks(w.pf.adminApi, w.matterId));

    for (const [index, title] of ['Two', 'Three', 'Four', 'Five'].entries()) {
      const task = await createTask(index % 2 ? w.staffApi : w.pf.adminApi, { matterId: w.matterId, title, dueDate: dayOffset(index), portalId: index === 3 ? w.member.portalId : null });
      await mutateOk(w.pf.adminApi, SET_SHARED, 'setTaskShared', { taskId: task.id, shared: true });
      if (index === 0) await mutateOk(w.member.client, COMPLETE, 'completeTask', { portalId: w.member.portalId, taskId: task.id });
      if (index === 1) await mutateOk(w.staffApi, SET_DONE, 'setTaskDone', { taskId: task.id, done: true });
    }
    await settleOutbox(app, w.pf.firm.id);
    const clientAfter = await statementsDuring(app, async () => expect(await todos(w.member.client)).toHaveLength(5));
    const staffAfter = await statementsDuring(app, async () => expect(await staffTasks(w.pf.adminApi, w.matterId)).toHaveLength(5));
    // The count is real (a session check and the list at least), and does not grow with the list.
    expect(clientBefore.length).toBeGreaterThan(1);
    expect(clientAfter.length).toBe(clientBefore.length);
    expect(staffAfter.length).toBe(staffBefore.length);
  });
});

describe('demo content', () => {
  it('shows the client only what it shares', async () => {
    const w = await itemWorld(app);
    const em = app.orm.em.fork();
    seedMatterItems(em, {
      firm: await em.findOneOrFail(Firm, { id: w.pf.firm.id }),
      matter: await em.findOneOrFail(Matter, { id: w.matterId }),
      staff: await em.findOneOrFail(StaffUser, { id: w.pf.admin.id }),
      portal: await em.findOneOrFail(Portal, { id: w.member.portalId }),
      member: await em.findOneOrFail(PortalMember, { id: w.member.memberId }),
      now: app.clock.now(),
    });
    await em.flush();
    const seen = await todos(w.member.client);
    expect(seen.map((t) => [t.overdue, t.done])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(await staffTasks(w.pf.adminApi, w.matterId)).toHaveLength(4);
  });
});
