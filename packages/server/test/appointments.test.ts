// Appointments (S2, S9, S11): staff schedule and share them; members who may request appointments
// ask for one, see their requests' status and may withdraw them; staff with the right accept
// (setting the time, which shares it) or decline (with a note).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction } from '../src/modules/activity/activity-entry.entity.js';
import { Appointment, AppointmentStatus } from '../src/modules/appointments/appointment.entity.js';
import { PortalMatter } from '../src/modules/portals/portal.entity.js';
import { USER_ERRORS, addMatter, mutateOk, portalFirm, settleOutbox, startTestApp, type ApiClient, type TestApp, type UserErrorData } from './harness.js';
import { ALL_PERMISSIONS, activityOf, errorsOf, grantShareRight, itemWorld, setPermissions, statementsDuring, viewAs, type ItemWorld } from './matter-items.js';

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

const STAFF_FIELDS = 'id title status startsAt endsAt location details preferredTimes decisionNote shared sharedByName isRequest portalName requestedByName decidedByName canDecide matter { id }';
const CREATE = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { ${STAFF_FIELDS} } ${USER_ERRORS} } }`;
const UPDATE = `mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { appointment { ${STAFF_FIELDS} } ${USER_ERRORS} } }`;
const DELETE = `mutation($input: AppointmentIdInput!) { deleteAppointment(input: $input) { deletedId ${USER_ERRORS} } }`;
const SET_SHARED = `mutation($input: SetAppointmentSharedInput!) { setAppointmentShared(input: $input) { appointment { ${STAFF_FIELDS} } ${USER_ERRORS} } }`;
const ACCEPT = `mutation($input: AcceptAppointmentRequestInput!) { acceptAppointmentRequest(input: $input) { appointment { ${STAFF_FIELDS} } ${USER_ERRORS} } }`;
const DECLINE = `mutation($input: DeclineAppointmentRequestInput!) { declineAppointmentRequest(input: $input) { appointment { ${STAFF_FIELDS} } ${USER_ERRORS} } }`;
const REQUESTS = `query($status: AppointmentStatus) { appointmentRequests(status: $status) { ${STAFF_FIELDS} } }`;
const MATTER_APPOINTMENTS = `query($id: ID!) { matter(id: $id) { appointments { ${STAFF_FIELDS} } } }`;
const CLIENT_FIELDS = 'id title status startsAt endsAt upcoming location details isRequest preferredTimes requestedByName decisionNote matter { id name number }';
const MINE = `{ myPortals { id appointments { ${CLIENT_FIELDS} } } }`;
const REQUEST = `mutation($input: RequestAppointmentInput!) { requestAppointment(input: $input) { appointment { ${CLIENT_FIELDS} } ${USER_ERRORS} } }`;
const CANCEL = `mutation($input: CancelAppointmentRequestInput!) { cancelAppointmentRequest(input: $input) { appointment { ${CLIENT_FIELDS} } ${USER_ERRORS} } }`;

interface StaffAppointment {
  id: string;
  title: string;
  status: string;
  startsAt: string | null;
  endsAt: string | null;
  shared: boolean;
  isRequest: boolean;
  canDecide: boolean;
  decisionNote: string | null;
  requestedByName: string | null;
  portalName: string | null;
  decidedByName: string | null;
  matter: { id: string } | null;
}

interface ClientAppointment {
  id: string;
  title: string;
  status: string;
  startsAt: string | null;
  endsAt: string | null;
  upcoming: boolean;
  isRequest: boolean;
  preferredTimes: string | null;
  requestedByName: string | null;
  decisionNote: string | null;
  matter: { id: string; name: string; number: string } | null;
}

const HOUR = 3_600_000;
const at = (hoursFromNow: number) => new Date(app.clock.now().getTime() + hoursFromNow * HOUR).toISOString();

async function mine(client: ApiClient): Promise<ClientAppointment[]> {
  return (await client.data<{ myPortals: { appointments: ClientAppointment[] }[] }>(MINE)).myPortals.flatMap((p) => p.appointments);
}

async function schedule(api: ApiClient, input: Record<string, unknown>): Promise<StaffAppointment> {
  return (await mutateOk<{ appointment: StaffAppointment; errors: UserErrorData[] }>(api, CREATE, 'createAppointment', input)).appointment;
}

async function ask(w: ItemWorld, input: Record<string, unknown> = {}): Promise<ClientAppointment> {
  return (
    await mutateOk<{ appointment: ClientAppointment; errors: UserErrorData[] }>(w.member.client, REQUEST, 'requestAppointment', {
      portalId: w.member.portalId,
      matterId: w.matterId,
      title: 'Talk about the will',
      preferredTimes: 'Tuesday mornings',
      details: 'About an hour.',
      ...input,
    })
  ).appointment;
}

describe('scheduled appointments', () => {
  it('are shared one by one, only with portals the matter is shared with, upcoming then past by the clock', async () => {
    const w = await itemWorld(app);
    const meeting = await schedule(w.pf.adminApi, { matterId: w.matterId, title: 'Signing', startsAt: at(48), endsAt: at(49), location: 'Main office' });
    expect(meeting).toMatchObject({ status: 'SCHEDULED', shared: false, isRequest: false });
    expect(await mine(w.member.client)).toEqual([]);

    await mutateOk(w.pf.adminApi, SET_SHARED, 'setAppointmentShared', { appointmentId: meeting.id, shared: true });
    expect(await mine(w.member.client)).toEqual([
      expect.objectContaining({ id: meeting.id, status: 'SCHEDULED', upcoming: true, matter: { id: w.matterId, name: 'Estate of Cora', number: w.matterNumber } }),
    ]);
    expect(await mine(w.stranger.client)).toEqual([]);
    const log = await activityOf(app, w.pf.firm.id, [ActivityAction.ITEM_SHARED]);
    expect(log).toHaveLength(1);
    expect(log[0]!.matter?.id).toBe(w.matterId);

    app.clock.advance(72 * HOUR);
    expect(await mine(w.member.client)).toEqual([expect.objectContaining({ id: meeting.id, upcoming: false })]);

    await mutateOk(w.pf.adminApi, SET_SHARED, 'setAppointmentShared', { appointmentId: meeting.id, shared: false });
    expect(await mine(w.member.client)).toEqual([]);
  });

  it('refuse an end before the start and an empty title, and change nothing', async () => {
    const w = await itemWorld(app);
    const em = app.orm.em.fork();
    expect(await errorsOf(w.pf.adminApi, CREATE, { matterId: w.matterId, title: 'Backwards', startsAt: at(5), endsAt: at(4) })).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['endsAt'] }),
    ]);
    expect(await errorsOf(w.pf.adminApi, CREATE, { matterId: w.matterId, title: ' ', startsAt: at(4), endsAt: at(5) })).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['title'] }),
    ]);
    expect(await em.count(Appointment, { firm: w.pf.firm.id })).toBe(0);

    const meeting = await schedule(w.pf.adminApi, { matterId: w.matterId, title: 'Keep', startsAt: at(4), endsAt: at(5) });
    expect(await errorsOf(w.pf.adminApi, UPDATE, { appointmentId: meeting.id, title: 'Keep', startsAt: at(4), endsAt: at(4) })).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['endsAt'] }),
    ]);
    const row = await app.orm.em.fork().findOneOrFail(Appointment, { id: meeting.id });
    expect(row.endsAt?.toISOString()).toBe(meeting.endsAt);
  });

  it('need the share-items right to share, and to change or delete shared ones', async () => {
    const w = await itemWorld(app);
    const meeting = await schedule(w.staffApi, { matterId: w.matterId, title: 'Call', startsAt: at(4), endsAt: at(5) });
    const notAllowed = [expect.objectContaining({ code: 'NOT_ALLOWED' })];
    expect(await errorsOf(w.staffApi, SET_SHARED, { appointmentId: meeting.id, shared: true })).toEqual(notAllowed);
    expect(await mine(w.member.client)).toEqual([]);
    await mutateOk(w.pf.adminApi, SET_SHARED, 'setAppointmentShared', { appointmentId: meeting.id, shared: true });
    expect(await errorsOf(w.staffApi, UPDATE, { appointmentId: meeting.id, title: 'Moved', startsAt: at(6), endsAt: at(7) })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, DELETE, { appointmentId: meeting.id })).toEqual(notAllowed);
    await grantShareRight(w.pf, w.pf.staff.id);
    await mutateOk(w.staffApi, UPDATE, 'updateAppointment', { appointmentId: meeting.id, title: 'Moved', startsAt: at(6), endsAt: at(7) });
    expect(await mine(w.member.client)).toEqual([expect.objectContaining({ title: 'Moved' })]);
    await mutateOk(w.staffApi, DELETE, 'deleteAppointment', { appointmentId: meeting.id });
    expect(await mine(w.member.client)).toEqual([]);
  });
});

describe('appointment requests', () => {
  it('need the appointment-requests permission: refused without it, nothing written', async () => {
    const w = await itemWorld(app);
    const input = { portalId: w.member.portalId, matterId: w.matterId, title: 'Please', preferredTimes: 'Any time' };
    expect(await errorsOf(w.member.client, REQUEST, input)).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect(await app.orm.em.fork().count(Appointment, { firm: w.pf.firm.id })).toBe(0);
    expect(await activityOf(app, w.pf.firm.id, [ActivityAction.APPOINTMENT_REQUESTED])).toEqual([]);

    await setPermissions(w.pf, w.member.memberId, ALL_PERMISSIONS);
    const request = await ask(w);
    expect(request).toMatchObject({ status: 'REQUESTED', isRequest: true, preferredTimes: 'Tuesday mornings', startsAt: null, matter: { id: w.matterId } });
    expect(await mine(w.member.client)).toEqual([expect.objectContaining({ id: request.id, status: 'REQUESTED', requestedByName: expect.stringContaining('Cora') })]);

    const log = await activityOf(app, w.pf.firm.id, [ActivityAction.APPOINTMENT_REQUESTED]);
    expect(log).toHaveLength(1);
    expect(log[0]!.matter?.id).toBe(w.matterId);
    expect(log[0]!.portal?.id).toBe(w.member.portalId);
    expect(log[0]!.member?.id).toBe(w.member.memberId);
    expect(log[0]!.actorClient).not.toBeNull();

    // Without the permission the member no longer sees the portal's requests.
    await setPermissions(w.pf, w.member.memberId, { ...ALL_PERMISSIONS, appointmentRequests: false });
    expect(await mine(w.member.client)).toEqual([]);
    expect(await errorsOf(w.member.client, CANCEL, { portalId: w.member.portalId, appointmentId: request.id })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
  });

  it('refuse bad input, matters not shared with the portal, and the read-only view', async () => {
    const w = await itemWorld(app, { permissions: { appointmentRequests: true } });
    const base = { portalId: w.member.portalId, title: 'Please', preferredTimes: 'Any time' };
    expect(await errorsOf(w.member.client, REQUEST, { ...base, title: '' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['title'] })]);
    expect(await errorsOf(w.member.client, REQUEST, { ...base, preferredTimes: ' ' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['preferredTimes'] })]);
    const elsewhere = await addMatter(w.pf.adminApi, { name: 'Not theirs', responsibleStaffId: w.pf.admin.id });
    expect(await errorsOf(w.member.client, REQUEST, { ...base, matterId: elsewhere.id })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['matterId'] })]);
    expect(await errorsOf(w.stranger.client, REQUEST, { ...base, portalId: w.stranger.portalId, matterId: w.matterId })).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['matterId'] }),
    ]);
    expect(await errorsOf(w.stranger.client, REQUEST, base)).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['portalId'] })]);
    const view = await viewAs(app, w.pf, w.member.memberId);
    expect(await errorsOf(view, REQUEST, base)).toEqual([expect.objectContaining({ code: 'READ_ONLY' })]);
    expect(await app.orm.em.fork().count(Appointment, { firm: w.pf.firm.id })).toBe(0);

    // A request about no matter in particular is fine.
    const general = await ask(w, { matterId: null });
    expect(general.matter).toBeNull();
    expect(await errorsOf(view, CANCEL, { portalId: w.member.portalId, appointmentId: general.id })).toEqual([expect.objectContaining({ code: 'READ_ONLY' })]);
    expect(await mine(view)).toEqual([expect.objectContaining({ id: general.id, status: 'REQUESTED' })]);
  });

  it('are accepted at a time staff choose (scheduled and shared) or declined with a note, by those allowed', async () => {
    const w = await itemWorld(app, { permissions: { appointmentRequests: true } });
    const first = await ask(w, { title: 'First' });
    const second = await ask(w, { title: 'Second' });
    const general = await ask(w, { title: 'No matter', matterId: null });

    const open = (await w.pf.adminApi.data<{ appointmentRequests: StaffAppointment[] }>(REQUESTS, {})).appointmentRequests;
    expect(open.map((a) => a.title)).toEqual(['First', 'Second', 'No matter']);
    expect(open[0]).toMatchObject({ status: 'REQUESTED', isRequest: true, canDecide: true, requestedByName: expect.stringContaining('Cora'), portalName: expect.stringContaining('Cora') });
    const onMatter = (await w.pf.adminApi.data<{ matter: { appointments: StaffAppointment[] } }>(MATTER_APPOINTMENTS, { id: w.matterId })).matter.appointments;
    expect(onMatter.map((a) => a.title)).toEqual(['First', 'Second']);

    // Staff without the right who are not responsible for the matter may not answer.
    const staffOpen = (await w.staffApi.data<{ appointmentRequests: StaffAppointment[] }>(REQUESTS, {})).appointmentRequests;
    expect(staffOpen.every((a) => !a.canDecide)).toBe(true);
    const notAllowed = [expect.objectContaining({ code: 'NOT_ALLOWED' })];
    expect(await errorsOf(w.staffApi, ACCEPT, { appointmentId: first.id, startsAt: at(24), endsAt: at(25) })).toEqual(notAllowed);
    expect(await errorsOf(w.staffApi, DECLINE, { appointmentId: first.id, note: 'No' })).toEqual(notAllowed);

    // Bad input changes nothing.
    expect(await errorsOf(w.pf.adminApi, ACCEPT, { appointmentId: first.id, startsAt: at(25), endsAt: at(24) })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['endsAt'] })]);
    expect(await errorsOf(w.pf.adminApi, DECLINE, { appointmentId: second.id, note: '  ' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['note'] })]);
    expect(await app.orm.em.fork().count(Appointment, { firm: w.pf.firm.id, status: AppointmentStatus.REQUESTED })).toBe(3);

    const accepted = await mutateOk<{ appointment: StaffAppointment; errors: UserErrorData[] }>(w.pf.adminApi, ACCEPT, 'acceptAppointmentRequest', {
      appointmentId: first.id,
      startsAt: at(24),
      endsAt: at(25),
      location: 'Main office',
    });
    expect(accepted.appointment).toMatchObject({ status: 'SCHEDULED', shared: true, startsAt: at(24), decidedByName: w.pf.admin.name, canDecide: false });
    expect(await errorsOf(w.pf.adminApi, ACCEPT, { appointmentId: first.id, startsAt: at(24), endsAt: at(25) })).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

    await mutateOk(w.pf.adminApi, DECLINE, 'declineAppointmentRequest', { appointmentId: second.id, note: 'We will call you instead.' });

    const seen = await mine(w.member.client);
    expect(seen.find((a) => a.id === first.id)).toMatchObject({ status: 'SCHEDULED', upcoming: true, startsAt: at(24), isRequest: true });
    expect(seen.find((a) => a.id === second.id)).toMatchObject({ status: 'DECLINED', decisionNote: 'We will call you instead.' });
    expect(seen.find((a) => a.id === general.id)).toMatchObject({ status: 'REQUESTED' });
    // Another portal sees none of it.
    expect(await mine(w.stranger.client)).toEqual([]);

    const acceptedLog = await activityOf(app, w.pf.firm.id, [ActivityAction.APPOINTMENT_ACCEPTED]);
    expect(acceptedLog).toHaveLength(1);
    expect(acceptedLog[0]!.matter?.id).toBe(w.matterId);
    expect(acceptedLog[0]!.member?.id).toBe(w.member.memberId);
    const declinedLog = await activityOf(app, w.pf.firm.id, [ActivityAction.APPOINTMENT_DECLINED]);
    expect(declinedLog).toHaveLength(1);
    expect(declinedLog[0]!.portal?.id).toBe(w.member.portalId);

    const declinedList = (await w.pf.adminApi.data<{ appointmentRequests: StaffAppointment[] }>(REQUESTS, { status: 'DECLINED' })).appointmentRequests;
    expect(declinedList.map((a) => a.id)).toEqual([second.id]);

    // A staff member with the share-items right may answer the request about no matter.
    await grantShareRight(w.pf, w.pf.staff.id);
    await mutateOk(w.staffApi, DECLINE, 'declineAppointmentRequest', { appointmentId: general.id, note: 'Please pick a matter.' });
  });

  it("may be answered by the matter's responsible staff member without other rights", async () => {
    const w = await itemWorld(app, { permissions: { appointmentRequests: true } });
    const theirs = await addMatter(w.pf.adminApi, { name: 'Staff-run matter', responsibleStaffId: w.pf.staff.id });
    const em = app.orm.em.fork();
    em.create(PortalMatter, { firm: w.pf.firm.id, portal: w.member.portalId, matter: theirs.id });
    await em.flush();
    const mineRequest = await ask(w, { matterId: theirs.id, title: 'On the staff-run matter' });
    const other = await ask(w, { title: 'On the admin matter' });
    const list = (await w.staffApi.data<{ appointmentRequests: StaffAppointment[] }>(REQUESTS, {})).appointmentRequests;
    expect(list.map((a) => [a.title, a.canDecide])).toEqual([
      ['On the staff-run matter', true],
      ['On the admin matter', false],
    ]);
    await mutateOk(w.staffApi, ACCEPT, 'acceptAppointmentRequest', { appointmentId: mineRequest.id, startsAt: at(30), endsAt: at(31) });
    expect(await errorsOf(w.staffApi, ACCEPT, { appointmentId: other.id, startsAt: at(30), endsAt: at(31) })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
  });

  it('may be withdrawn by the portal while open; others cannot touch them', async () => {
    const w = await itemWorld(app, { permissions: { appointmentRequests: true } });
    const request = await ask(w);
    expect(await errorsOf(w.stranger.client, CANCEL, { portalId: w.stranger.portalId, appointmentId: request.id })).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['appointmentId'] })]);
    const cancelled = await mutateOk<{ appointment: ClientAppointment; errors: UserErrorData[] }>(w.member.client, CANCEL, 'cancelAppointmentRequest', {
      portalId: w.member.portalId,
      appointmentId: request.id,
    });
    expect(cancelled.appointment.status).toBe('CANCELLED');
    const withdrawn = await activityOf(app, w.pf.firm.id, [ActivityAction.APPOINTMENT_REQUEST_WITHDRAWN]);
    expect(withdrawn.map((entry) => [entry.summary, entry.actorClient?.id, entry.portal?.id])).toEqual([
      [expect.stringMatching(/ withdrew the request for an appointment: “.+”\.$/), expect.any(String), w.member.portalId],
    ]);
    expect(await errorsOf(w.member.client, CANCEL, { portalId: w.member.portalId, appointmentId: request.id })).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect(await errorsOf(w.pf.adminApi, ACCEPT, { appointmentId: request.id, startsAt: at(2), endsAt: at(3) })).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect((await w.pf.adminApi.data<{ appointmentRequests: StaffAppointment[] }>(REQUESTS, {})).appointmentRequests).toEqual([]);
  });

  it("treat another firm's IDs as unknown", async () => {
    const w = await itemWorld(app, { permissions: { appointmentRequests: true } });
    const request = await ask(w);
    const meeting = await schedule(w.pf.adminApi, { matterId: w.matterId, title: 'Ours', startsAt: at(3), endsAt: at(4) });
    const other = await portalFirm(app);
    const notFound = [expect.objectContaining({ code: 'NOT_FOUND' })];
    expect(await errorsOf(other.adminApi, ACCEPT, { appointmentId: request.id, startsAt: at(2), endsAt: at(3) })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, DECLINE, { appointmentId: request.id, note: 'No' })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, UPDATE, { appointmentId: meeting.id, title: 'x', startsAt: at(2), endsAt: at(3) })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, SET_SHARED, { appointmentId: meeting.id, shared: true })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, DELETE, { appointmentId: meeting.id })).toEqual(notFound);
    expect(await errorsOf(other.adminApi, CREATE, { matterId: w.matterId, title: 'x', startsAt: at(2), endsAt: at(3) })).toEqual(notFound);
    expect((await other.adminApi.data<{ appointmentRequests: StaffAppointment[] }>(REQUESTS, {})).appointmentRequests).toEqual([]);
    const rows = await app.orm.em.fork().find(Appointment, { firm: w.pf.firm.id });
    expect(rows.map((r) => [r.title, r.status, r.sharedAt]).sort()).toEqual([
      ['Ours', 'SCHEDULED', null],
      ['Talk about the will', 'REQUESTED', null],
    ]);
  });
});

describe('appointment lists', () => {
  it('load in the same number of statements whatever their length', async () => {
    const w = await itemWorld(app, { permissions: { appointmentRequests: true } });
    await ask(w, { title: 'Only one' });
    await settleOutbox(app, w.pf.firm.id);
    const count = async () => ({
      client: (await statementsDuring(app, () => mine(w.member.client))).length,
      requests: (await statementsDuring(app, () => w.pf.adminApi.data(REQUESTS, {}))).length,
      matter: (await statementsDuring(app, () => w.pf.adminApi.data(MATTER_APPOINTMENTS, { id: w.matterId }))).length,
    });
    const before = await count();
    await ask(w, { title: 'Two' });
    await ask(w, { title: 'Three', matterId: null });
    const meeting = await schedule(w.pf.adminApi, { matterId: w.matterId, title: 'Four', startsAt: at(2), endsAt: at(3) });
    await mutateOk(w.pf.adminApi, SET_SHARED, 'setAppointmentShared', { appointmentId: meeting.id, shared: true });
    await settleOutbox(app, w.pf.firm.id);
    expect((await mine(w.member.client)).length).toBe(4);
    expect(await count()).toEqual(before);
  });
});
