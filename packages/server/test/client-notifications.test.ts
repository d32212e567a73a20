// S12: staff hear of what clients do. Client actions gather for the firm's delay, then the
// responsible staff member gets ONE email listing them, read here from the SMTP server; the
// actions are marked so no later run mails them again, and what staff do is never mailed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { recordActivity } from '../src/modules/activity/activity.service.js';
import { sendClientActivityDigests, type DigestDeps } from '../src/modules/activity/client-activity-digest.js';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { EmailKind } from '../src/modules/mail/outbox-email.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';
import {
  USER_ERRORS,
  addMatter,
  mutateOk,
  outboxOf,
  portalFirm,
  registeredMember,
  settleOutbox,
  startTestApp,
  type PortalFirm,
  type RegisteredMember,
  type TestApp,
  type UserErrorData,
} from './harness.js';

let app: TestApp;
let deps: DigestDeps;
beforeAll(async () => {
  app = await startTestApp();
  deps = { ...app.delivery, config: { publicUrl: new URL('https://portal.atrium.test') } };
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  app.clock.reset();
});

const MINUTE = 60_000;
const SETTINGS = `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { portalSettings { notificationDelayMinutes membersMayEditDetails } ${USER_ERRORS} } }`;
const UPDATE_DETAILS = `mutation($input: UpdateMyDetailsInput!) { updateMyDetails(input: $input) { changed ${USER_ERRORS} } }`;

/** A firm letting members edit their details, and a registered client whose matter the (non-admin) staff member is responsible for. */
async function setUp(): Promise<{ pf: PortalFirm; member: RegisteredMember; matter: { id: string; number: string } }> {
  const pf = await portalFirm(app);
  await mutateOk(pf.adminApi, SETTINGS, 'updatePortalSettings', { membersMayEditDetails: true });
  const member = await registeredMember(app, pf, { firstName: 'Cleo', lastName: 'Client' });
  const matter = await addMatter(pf.adminApi, { name: 'Cleo’s estate', responsibleStaffId: pf.staff.id, participants: [{ contactId: member.contactId, role: 'CLIENT' }] });
  await mutateOk(
    pf.adminApi,
    `mutation($input: ShareMatterWithPortalInput!) { shareMatterWithPortal(input: $input) { changed ${USER_ERRORS} } }`,
    'shareMatterWithPortal',
    { matterId: matter.id, portalId: member.portalId },
  );
  await settleOutbox(app, pf.firm.id);
  return { pf, member, matter };
}

async function changePhone(member: RegisteredMember, number: string): Promise<void> {
  await mutateOk(member.client, UPDATE_DETAILS, 'updateMyDetails', { portalId: member.portalId, emails: [{ address: member.email }], phones: [{ number }] });
}

/** A to-do marked done by the client, recorded as the to-do feature records it. */
async function clientCompletesTask(pf: PortalFirm, member: RegisteredMember, matterId: string): Promise<void> {
  const em = app.orm.em.fork();
  const client = await em.findOneOrFail(ClientUser, { firm: pf.firm.id, email: member.email });
  recordActivity(em, {
    firmId: pf.firm.id,
    action: ActivityAction.TASK_COMPLETED,
    actor: { kind: 'client', client },
    portalId: member.portalId,
    memberId: member.memberId,
    matterId,
    summary: `${client.name} marked the to-do “Sign the engagement letter” done.`,
    at: app.clock.now(),
  });
  await em.flush();
}

async function digestsOf(firmId: string) {
  return (await outboxOf(app, firmId)).filter((email) => email.kind === EmailKind.CLIENT_ACTIVITY_DIGEST);
}

async function pendingOf(firmId: string): Promise<ActivityEntry[]> {
  return app.orm.em.fork().find(ActivityEntry, { firm: firmId, actorClient: { $ne: null }, notifiedAt: null, action: { $in: [ActivityAction.DETAILS_CHANGED, ActivityAction.TASK_COMPLETED] } });
}

describe('S12 emails to staff about client actions', () => {
  it('gathers client actions for the delay, then sends ONE email to the responsible staff member, marks them, and sends nothing more', async () => {
    const { pf, member, matter } = await setUp();
    await changePhone(member, '+1 555 0100');
    app.clock.advance(MINUTE);
    await clientCompletesTask(pf, member, matter.id);
    app.clock.advance(MINUTE);
    await changePhone(member, '+1 555 0199');

    // Two minutes after the first action, with the default five-minute delay: nothing yet.
    expect(await sendClientActivityDigests(deps, { firmId: pf.firm.id })).toBe(0);
    expect(await digestsOf(pf.firm.id)).toEqual([]);
    expect(await pendingOf(pf.firm.id)).toHaveLength(3);

    app.clock.advance(3 * MINUTE);
    expect(await sendClientActivityDigests(deps, { firmId: pf.firm.id })).toBe(1);
    const mail = await app.mailbox.waitFor((m) => m.to.includes(pf.staff.email) && m.subject.includes('client actions'));
    expect(mail.subject).toBe(`${pf.firm.name}: 3 client actions in the portal`);
    expect(mail.text).toContain(`Hello ${pf.staff.name}`);
    expect(mail.text).toContain('Changed their details');
    expect(mail.text).toContain('phone numbers none → +1 555 0100');
    expect(mail.text).toContain('phone numbers +1 555 0100 → +1 555 0199');
    expect(mail.text).toContain('Marked a to-do done');
    expect(mail.text).toContain(`https://portal.atrium.test/matters/${matter.id}`);
    expect(mail.text).toContain('Cleo Client');
    expect(mail.html).toContain(`href="https://portal.atrium.test/matters/${matter.id}"`);

    const digests = await digestsOf(pf.firm.id);
    expect(digests.map((d) => d.toAddress)).toEqual([pf.staff.email]);
    expect(await pendingOf(pf.firm.id)).toEqual([]);

    // A second run, even much later, sends nothing more.
    app.clock.advance(30 * MINUTE);
    expect(await sendClientActivityDigests(deps, { firmId: pf.firm.id })).toBe(0);
    expect(await digestsOf(pf.firm.id)).toHaveLength(1);
    await settleOutbox(app, pf.firm.id);
    expect(app.mailbox.to(pf.staff.email).filter((m) => m.subject.includes('in the portal'))).toHaveLength(1);
  });

  it('sends nothing for what staff do', async () => {
    const { pf, member, matter } = await setUp();
    const em = app.orm.em.fork();
    const staff = await em.findOneOrFail(StaffUser, { id: pf.staff.id });
    recordActivity(em, {
      firmId: pf.firm.id,
      action: ActivityAction.DOCUMENT_UPLOADED,
      actor: { kind: 'staff', staff },
      portalId: member.portalId,
      matterId: matter.id,
      summary: `${staff.name} uploaded “Will draft.pdf”.`,
      at: app.clock.now(),
    });
    await em.flush();
    app.clock.advance(10 * MINUTE);
    expect(await sendClientActivityDigests(deps, { firmId: pf.firm.id })).toBe(0);
    expect(await digestsOf(pf.firm.id)).toEqual([]);
  });

  it('mails an action once when two servers run the digest at the same moment', async () => {
    const { pf, member } = await setUp();
    await changePhone(member, '+1 555 0123');
    app.clock.advance(6 * MINUTE);
    const sent = await Promise.all([sendClientActivityDigests(deps, { firmId: pf.firm.id }), sendClientActivityDigests(deps, { firmId: pf.firm.id })]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await digestsOf(pf.firm.id)).toHaveLength(1);
  });

  it('tells whoever made the portal when no matter is shared with it, and follows the firm’s delay', async () => {
    const pf = await portalFirm(app);
    await mutateOk(pf.adminApi, SETTINGS, 'updatePortalSettings', { membersMayEditDetails: true, notificationDelayMinutes: 0 });
    const member = await registeredMember(app, pf, { firstName: 'Pia', lastName: 'Portal' });
    await changePhone(member, '+1 555 0142');
    expect(await sendClientActivityDigests(deps, { firmId: pf.firm.id })).toBe(1);
    const [digest] = await digestsOf(pf.firm.id);
    expect(digest?.toAddress).toBe(pf.admin.email);
    expect(digest?.subject).toBe(`${pf.firm.name}: a client acted in the portal`);
    expect(digest?.textBody).toContain(`https://portal.atrium.test/contacts/${member.contactId}`);
  });

  it('keeps the delay between 0 and 120 minutes', async () => {
    const pf = await portalFirm(app);
    for (const minutes of [-1, 121]) {
      const refused = await pf.adminApi.data<{ updatePortalSettings: { errors: UserErrorData[] } }>(SETTINGS, { input: { notificationDelayMinutes: minutes } });
      expect(refused.updatePortalSettings.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['notificationDelayMinutes'] })]);
    }
    const done = await mutateOk<{ portalSettings: { notificationDelayMinutes: number }; errors: UserErrorData[] }>(pf.adminApi, SETTINGS, 'updatePortalSettings', { notificationDelayMinutes: 120 });
    expect(done.portalSettings.notificationDelayMinutes).toBe(120);
  });

  it('lets staff follow client actions in the activity log, per matter and firm-wide', async () => {
    const { pf, member, matter } = await setUp();
    await changePhone(member, '+1 555 0177');
    await clientCompletesTask(pf, member, matter.id);
    const QUERY = 'query($filter: ActivityFilterInput) { activity(first: 20, filter: $filter) { totalCount edges { node { action byClient portalName matter { id } } } } }';
    type Log = { activity: { totalCount: number; edges: { node: { action: string; byClient: boolean; portalName: string | null; matter: { id: string } | null } }[] } };
    const clientOnly = await pf.adminApi.data<Log>(QUERY, { filter: { clientActionsOnly: true } });
    const actions = clientOnly.activity.edges.map((e) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['DETAILS_CHANGED', 'TASK_COMPLETED']));
    expect(actions).not.toContain('MATTER_SHARED');
    expect(clientOnly.activity.edges.every((e) => e.node.byClient)).toBe(true);
    const ofMatter = await pf.adminApi.data<Log>(QUERY, { filter: { matterId: matter.id, clientActionsOnly: true } });
    expect(ofMatter.activity.edges.map((e) => e.node)).toEqual([{ action: 'TASK_COMPLETED', byClient: true, portalName: 'Cleo Client', matter: { id: matter.id } }]);
  });

  it('reads a page of the log with matters and clients in the same number of statements, however long the page', async () => {
    const { pf, member, matter } = await setUp();
    for (let i = 0; i < 12; i += 1) await clientCompletesTask(pf, member, matter.id);
    await settleOutbox(app, pf.firm.id);
    const QUERY = `query($first: Int!) { activity(first: $first, filter: { clientActionsOnly: true }) {
      edges { node { id byClient portalName matter { id number name } portal { id contact { displayName } } } } } }`;
    const logger = app.orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    const statementsFor = async (first: number): Promise<number> => {
      let count = 0;
      logger.logQuery = (context) => {
        count += 1;
        original(context);
      };
      try {
        const page = await pf.adminApi.data<{ activity: { edges: { node: { portalName: string | null; matter: { id: string } | null } }[] } }>(QUERY, { first });
        expect(page.activity.edges).toHaveLength(first);
        expect(page.activity.edges.every((e) => e.node.portalName === 'Cleo Client')).toBe(true);
      } finally {
        logger.logQuery = original;
      }
      return count;
    };
    const few = await statementsFor(2);
    expect(few).toBeGreaterThan(0);
    expect(await statementsFor(12)).toBe(few);
  });
});
