import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notAllowed, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import type { Matter } from '../matters/matter.entity.js';
import { type PortalAccess, refuseWhileViewing, requirePermission, sharedMatterIds } from '../portals/portal-access.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { applySharing, matterOfFirm, mayShareItems, requireShareRight } from '../matters/matter-item.js';
import { Appointment, AppointmentStatus } from './appointment.entity.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));

const title = z.string().trim().min(1, 'Enter what the appointment is about.').max(200, 'Use at most 200 characters.');

/** A time span whose end comes after its start. */
const timeSpan = z.object({ startsAt: z.date({ error: 'Enter when it starts.' }), endsAt: z.date({ error: 'Enter when it ends.' }) });
function endAfterStart(value: { startsAt: Date; endsAt: Date }, ctx: z.RefinementCtx): void {
  if (!(value.endsAt.getTime() > value.startsAt.getTime())) ctx.addIssue({ code: 'custom', message: 'The end must come after the start.', path: ['endsAt'] });
}

const appointmentFields = timeSpan.extend({ title, location: optionalText(500), details: optionalText(10_000) });
const createSchema = appointmentFields.extend({ matterId: z.string() }).superRefine(endAfterStart);
const updateSchema = appointmentFields.extend({ appointmentId: z.string() }).superRefine(endAfterStart);
const acceptSchema = timeSpan.extend({ appointmentId: z.string(), location: optionalText(500), note: optionalText(2_000) }).superRefine(endAfterStart);
const declineSchema = z.object({ appointmentId: z.string(), note: z.string().trim().min(1, 'Say why, or suggest another way; the client reads this.').max(2_000, 'Use at most 2000 characters.') });
const requestSchema = z.object({
  portalId: z.string(),
  matterId: z
    .string()
    .nullish()
    .transform((value) => (value ? value : null)),
  title,
  preferredTimes: z.string().trim().min(1, 'Say when you could come.').max(2_000, 'Use at most 2000 characters.'),
  details: optionalText(10_000),
});

export type CreateAppointmentFields = z.input<typeof createSchema>;
export type UpdateAppointmentFields = z.input<typeof updateSchema>;
export type AcceptRequestFields = z.input<typeof acceptSchema>;
export type DeclineRequestFields = z.input<typeof declineSchema>;
export type RequestAppointmentFields = z.input<typeof requestSchema>;

const STAFF_POPULATE = ['matter', 'portal', 'portal.contact', 'requestedByMember', 'decidedBy', 'sharedBy'] as const;

/** Open requests first (oldest first), then appointments by time, latest first. */
function sortForStaff(appointments: Appointment[]): Appointment[] {
  const time = (a: Appointment) => a.startsAt?.getTime() ?? a.createdAt.getTime();
  return [...appointments].sort((a, b) => {
    const aOpen = a.status === AppointmentStatus.REQUESTED;
    const bOpen = b.status === AppointmentStatus.REQUESTED;
    if (aOpen !== bOpen) return aOpen ? -1 : 1;
    if (aOpen) return a.createdAt.getTime() - b.createdAt.getTime();
    return time(b) - time(a);
  });
}

export async function matterAppointments(ctx: GraphQLContext, firmId: string, matter: Matter): Promise<Appointment[]> {
  if (matter.firm.id !== firmId) return [];
  return sortForStaff(await ctx.em.find(Appointment, { matter: matter.id, firm: firmId }, { populate: STAFF_POPULATE }));
}

/** The firm's requests in one status (open ones by default), on any matter or none. */
export async function firmAppointmentRequests(ctx: GraphQLContext, firmId: string, status: AppointmentStatus): Promise<Appointment[]> {
  // Only appointments that came from a portal are requests, whatever became of them.
  const rows = await ctx.em.find(Appointment, { firm: firmId, status, portal: { $ne: null } }, { populate: STAFF_POPULATE, orderBy: { createdAt: 'asc', id: 'asc' } });
  return status === AppointmentStatus.REQUESTED ? rows : rows.reverse();
}

async function appointmentOfFirm(ctx: GraphQLContext, firmId: string, id: string): Promise<Appointment> {
  const appointment = isUuid(id) ? await ctx.em.findOne(Appointment, { id, firm: firmId }, { populate: ['matter'] }) : null;
  if (!appointment) throw notFound('appointment', ['appointmentId']);
  return appointment;
}

/** Who may answer a request: the matter's responsible staff member, staff who may share items, admins. */
export function mayDecide(staff: StaffUser, appointment: Appointment): boolean {
  return mayShareItems(staff) || (appointment.matter !== null && appointment.matter.getEntity().responsibleStaff.id === staff.id);
}

export async function createAppointment(ctx: GraphQLContext, staff: StaffUser, input: CreateAppointmentFields): Promise<Appointment> {
  const fields = parseInput(createSchema, input);
  const matter = await matterOfFirm(ctx.em, staff.firm.id, fields.matterId);
  const appointment = ctx.em.create(Appointment, {
    firm: staff.firm.id,
    matter,
    title: fields.title,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    location: fields.location,
    details: fields.details,
    status: AppointmentStatus.SCHEDULED,
    createdBy: staff.id,
  });
  await ctx.em.flush();
  return appointment;
}

function refuseUnlessScheduled(appointment: Appointment, doing: string): void {
  if (appointment.status === AppointmentStatus.REQUESTED) {
    throw UserFacingError.of(UserErrorCode.CONFLICT, `This is a client's request: accept or decline it before you ${doing} it.`, ['appointmentId']);
  }
  if (appointment.status !== AppointmentStatus.SCHEDULED) {
    throw UserFacingError.of(UserErrorCode.CONFLICT, `This request was ${appointment.status === AppointmentStatus.DECLINED ? 'declined' : 'withdrawn'}; there is nothing to ${doing}.`, ['appointmentId']);
  }
}

export async function updateAppointment(ctx: GraphQLContext, staff: StaffUser, input: UpdateAppointmentFields): Promise<Appointment> {
  const fields = parseInput(updateSchema, input);
  const appointment = await appointmentOfFirm(ctx, staff.firm.id, fields.appointmentId);
  refuseUnlessScheduled(appointment, 'change');
  if (appointment.sharedAt) requireShareRight(staff, 'This appointment is shared with the client; only staff who may share items can change it.');
  appointment.title = fields.title;
  appointment.startsAt = fields.startsAt;
  appointment.endsAt = fields.endsAt;
  appointment.location = fields.location;
  appointment.details = fields.details;
  await ctx.em.flush();
  return appointment;
}

export async function deleteAppointment(ctx: GraphQLContext, staff: StaffUser, appointmentId: string): Promise<string> {
  const appointment = await appointmentOfFirm(ctx, staff.firm.id, appointmentId);
  // A request is seen by its portal whether or not it is shared.
  const seenByClient = appointment.sharedAt !== null || appointment.portal !== null;
  if (seenByClient) requireShareRight(staff, 'The client sees this appointment; only staff who may share items can delete it.');
  const id = appointment.id;
  ctx.em.remove(appointment);
  await ctx.em.flush();
  return id;
}

export async function setAppointmentShared(ctx: GraphQLContext, staff: StaffUser, appointmentId: string, shared: boolean): Promise<Appointment> {
  requireShareRight(staff, 'You do not have the right to share items with clients.');
  const appointment = await appointmentOfFirm(ctx, staff.firm.id, appointmentId);
  refuseUnlessScheduled(appointment, shared ? 'share' : 'unshare');
  applySharing(ctx, staff, appointment, shared, {
    firmId: staff.firm.id,
    matterId: appointment.matter?.id ?? null,
    portalId: appointment.portal?.id ?? null,
    what: `the appointment “${appointment.title}”`,
  });
  await ctx.em.flush();
  return appointment;
}

async function openRequest(ctx: GraphQLContext, staff: StaffUser, appointmentId: string): Promise<Appointment> {
  const appointment = await appointmentOfFirm(ctx, staff.firm.id, appointmentId);
  if (!mayDecide(staff, appointment)) throw notAllowed('Only the staff member responsible for the matter, staff who may share items, or an admin can answer this request.');
  if (appointment.status !== AppointmentStatus.REQUESTED) {
    throw UserFacingError.of(UserErrorCode.CONFLICT, 'This request was answered or withdrawn already.', ['appointmentId']);
  }
  return appointment;
}

/** Accepts a client's request: it gets its time, is scheduled and shared with the portal at once. */
export async function acceptAppointmentRequest(ctx: GraphQLContext, staff: StaffUser, input: AcceptRequestFields): Promise<Appointment> {
  const fields = parseInput(acceptSchema, input);
  const appointment = await openRequest(ctx, staff, fields.appointmentId);
  const now = ctx.clock.now();
  const staffRef = ctx.em.getReference(StaffUser, staff.id, { wrapped: true });
  appointment.status = AppointmentStatus.SCHEDULED;
  appointment.startsAt = fields.startsAt;
  appointment.endsAt = fields.endsAt;
  if (fields.location) appointment.location = fields.location;
  appointment.decisionNote = fields.note;
  appointment.decidedAt = now;
  appointment.decidedBy = staffRef;
  appointment.sharedAt = now;
  appointment.sharedBy = staffRef;
  recordActivity(ctx.em, {
    firmId: staff.firm.id,
    action: ActivityAction.APPOINTMENT_ACCEPTED,
    actor: { kind: 'staff', staff },
    matterId: appointment.matter?.id ?? null,
    portalId: appointment.portal?.id ?? null,
    memberId: appointment.requestedByMember?.id ?? null,
    summary: `${staff.name} accepted the appointment request “${appointment.title}” for ${fields.startsAt.toISOString()}.`,
    at: now,
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return appointment;
}

export async function declineAppointmentRequest(ctx: GraphQLContext, staff: StaffUser, input: DeclineRequestFields): Promise<Appointment> {
  const fields = parseInput(declineSchema, input);
  const appointment = await openRequest(ctx, staff, fields.appointmentId);
  const now = ctx.clock.now();
  appointment.status = AppointmentStatus.DECLINED;
  appointment.decisionNote = fields.note;
  appointment.decidedAt = now;
  appointment.decidedBy = ctx.em.getReference(StaffUser, staff.id, { wrapped: true });
  recordActivity(ctx.em, {
    firmId: staff.firm.id,
    action: ActivityAction.APPOINTMENT_DECLINED,
    actor: { kind: 'staff', staff },
    matterId: appointment.matter?.id ?? null,
    portalId: appointment.portal?.id ?? null,
    memberId: appointment.requestedByMember?.id ?? null,
    summary: `${staff.name} declined the appointment request “${appointment.title}”.`,
    at: now,
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return appointment;
}

// ---- The client's side ---------------------------------------------------------------------

const REQUEST_STATUSES = [AppointmentStatus.REQUESTED, AppointmentStatus.DECLINED, AppointmentStatus.CANCELLED];

/**
 * What a portal's members see: shared, scheduled appointments of matters shared with the portal
 * (or made for this portal), and, for members who may request appointments, the portal's own
 * requests with their status. Two statements whatever the number.
 */
export async function portalAppointments(ctx: GraphQLContext, access: PortalAccess): Promise<Appointment[]> {
  const matterIds = await sharedMatterIds(ctx, access.portalId);
  const matterVisible: FilterQuery<Appointment> = { $or: [{ matter: null }, { matter: { $in: matterIds } }] };
  const visible: FilterQuery<Appointment>[] = [
    { status: AppointmentStatus.SCHEDULED, sharedAt: { $ne: null }, portal: null, matter: { $in: matterIds } },
    { status: AppointmentStatus.SCHEDULED, sharedAt: { $ne: null }, portal: access.portalId, ...matterVisible },
  ];
  if (access.permissions.appointmentRequests) visible.push({ status: { $in: REQUEST_STATUSES }, portal: access.portalId, ...matterVisible });
  const rows = await ctx.em.find(Appointment, { firm: access.firmId, $or: visible }, { populate: ['matter', 'requestedByMember'] });
  const now = ctx.clock.now().getTime();
  const upcoming = (a: Appointment) => a.status === AppointmentStatus.SCHEDULED && (a.endsAt?.getTime() ?? 0) >= now;
  // Open requests, then what is coming (soonest first), then the rest (latest first).
  const rank = (a: Appointment) => (a.status === AppointmentStatus.REQUESTED ? 0 : upcoming(a) ? 1 : 2);
  return rows.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const at = (x: Appointment) => x.startsAt?.getTime() ?? x.createdAt.getTime();
    return rank(a) === 1 ? at(a) - at(b) : at(b) - at(a);
  });
}

export async function requestAppointment(ctx: GraphQLContext, access: PortalAccess, input: RequestAppointmentFields): Promise<Appointment> {
  refuseWhileViewing(access);
  requirePermission(access, 'appointmentRequests', 'You may not request appointments in this portal.');
  const fields = parseInput(requestSchema, input);
  let matterId: string | null = null;
  if (fields.matterId) {
    const shared = await sharedMatterIds(ctx, access.portalId);
    if (!shared.includes(fields.matterId)) throw notFound('matter', ['matterId']);
    matterId = fields.matterId;
  }
  const now = ctx.clock.now();
  const appointment = ctx.em.create(Appointment, {
    firm: access.firmId,
    matter: matterId,
    portal: access.portalId,
    title: fields.title,
    details: fields.details,
    preferredTimes: fields.preferredTimes,
    status: AppointmentStatus.REQUESTED,
    requestedByMember: access.member.id,
  });
  recordActivity(ctx.em, {
    firmId: access.firmId,
    action: ActivityAction.APPOINTMENT_REQUESTED,
    actor: { kind: 'client', client: access.client },
    matterId,
    portalId: access.portalId,
    memberId: access.member.id,
    summary: `${access.member.name} asked for an appointment: “${fields.title}”.`,
    at: now,
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return appointment;
}

/** The member withdraws one of the portal's open requests. */
export async function cancelAppointmentRequest(ctx: GraphQLContext, access: PortalAccess, appointmentId: string): Promise<Appointment> {
  refuseWhileViewing(access);
  requirePermission(access, 'appointmentRequests', 'You may not request appointments in this portal.');
  const appointment = isUuid(appointmentId)
    ? await ctx.em.findOne(Appointment, { id: appointmentId, firm: access.firmId, portal: access.portalId, status: { $in: REQUEST_STATUSES } }, { populate: ['matter', 'requestedByMember'] })
    : null;
  if (!appointment) throw notFound('appointment request', ['appointmentId']);
  if (appointment.status !== AppointmentStatus.REQUESTED) {
    throw UserFacingError.of(UserErrorCode.CONFLICT, 'This request was answered or withdrawn already.', ['appointmentId']);
  }
  appointment.status = AppointmentStatus.CANCELLED;
  recordActivity(ctx.em, {
    firmId: access.firmId,
    action: ActivityAction.APPOINTMENT_REQUEST_WITHDRAWN,
    actor: { kind: 'client', client: access.client },
    matterId: appointment.matter?.id ?? null,
    portalId: access.portalId,
    memberId: access.member.id,
    summary: `${access.member.name} withdrew the request for an appointment: “${appointment.title}”.`,
    at: ctx.clock.now(),
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return appointment;
}
