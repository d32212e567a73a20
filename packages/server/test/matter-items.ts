// A firm with one matter shared with one client's portal, another client of the same firm whose
// portal does not see that matter, and another firm: what the to-do, note and appointment tests
// start from.
import { ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import {
  USER_ERRORS,
  addContact,
  addMatter,
  mutateOk,
  portalFirm,
  registeredMember,
  type ApiClient,
  type PortalFirm,
  type RegisteredMember,
  type TestApp,
  type UserErrorData,
} from './harness.js';

export interface ItemWorld {
  pf: PortalFirm;
  matterId: string;
  matterNumber: string;
  /** A registered member of the portal the matter is shared with. */
  member: RegisteredMember;
  /** A registered member of another client's portal at the same firm (the matter is not shared there). */
  stranger: RegisteredMember;
  /** Staff without the share-items right, signed in. */
  staffApi: ApiClient;
}

export const ALL_PERMISSIONS = {
  appointmentRequests: true,
  secureMessaging: true,
  billingDocuments: true,
  payBalance: true,
  inviteOthers: true,
  myDetails: true,
  myDocuments: true,
};

export async function itemWorld(app: TestApp, options: { permissions?: Partial<typeof ALL_PERMISSIONS> } = {}): Promise<ItemWorld> {
  const pf = await portalFirm(app);
  const contactId = await addContact(pf.adminApi, { firstName: 'Cora', lastName: `Client ${pf.firm.slug}` });
  const matter = await addMatter(pf.adminApi, { name: 'Estate of Cora', responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
  const permissions = { ...ALL_PERMISSIONS, appointmentRequests: false, ...options.permissions };
  const member = await registeredMember(app, pf, { contactId, matterIds: [matter.id], extra: { permissions } });
  const stranger = await registeredMember(app, pf, { firstName: 'Sam', lastName: 'Stranger', extra: { permissions: ALL_PERMISSIONS } });
  return { pf, matterId: matter.id, matterNumber: matter.number, member, stranger, staffApi: await app.signInStaff(pf.staff) };
}

type Errors = { errors: UserErrorData[] };

/** Runs a mutation taking `input` and returns its payload's errors (failing on top-level errors). */
export async function errorsOf(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<UserErrorData[]> {
  const result = await api.data<Record<string, Errors>>(mutation, { input });
  return Object.values(result)[0]!.errors;
}

/** Grants the staff member the share-items right. */
export async function grantShareRight(pf: PortalFirm, staffId: string): Promise<void> {
  await mutateOk(pf.adminApi, `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { ${USER_ERRORS} } }`, 'updateStaffMember', {
    id: staffId,
    canShareItems: true,
  });
}

/** Sets a member's permissions. */
export async function setPermissions(pf: PortalFirm, memberId: string, permissions: typeof ALL_PERMISSIONS): Promise<void> {
  await mutateOk(pf.adminApi, `mutation($input: UpdateMemberPermissionsInput!) { updateMemberPermissions(input: $input) { ${USER_ERRORS} } }`, 'updateMemberPermissions', {
    memberId,
    permissions,
  });
}

/** Starts staff's read-only view of the portal as the member; returns that browser at the firm's address. */
export async function viewAs(app: TestApp, pf: PortalFirm, memberId: string): Promise<ApiClient> {
  const viewer = await app.signInStaff(pf.admin);
  await mutateOk(viewer, `mutation($input: PortalMemberIdInput!) { startPortalView(input: $input) { url ${USER_ERRORS} } }`, 'startPortalView', { memberId });
  return viewer.atPortal(pf.firm.slug);
}

/** The firm's activity rows of the given actions, oldest first. */
export async function activityOf(app: TestApp, firmId: string, actions: string[]): Promise<ActivityEntry[]> {
  const rows = await app.orm.em.fork().find(ActivityEntry, { firm: firmId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  return rows.filter((row) => actions.includes(row.action));
}

/**
 * The SQL statements the app runs while `work` runs (the app shares this process and its ORM
 * logger). Statements of the mail outbox are left out: its worker runs on its own schedule.
 */
export async function statementsDuring(app: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const logger = app.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (context) => {
    const query = context.query ?? '';
    if (!/outbox_email|pgboss/i.test(query)) seen.push(query);
    original(context);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}
