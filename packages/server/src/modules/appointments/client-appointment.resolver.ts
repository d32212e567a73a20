import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { ClientPortal } from '../portals/client-portal.types.js';
import { requirePortalAccess } from '../portals/portal-access.js';
import { ClientItemMatter, clientItemMatter } from '../matters/matter-item.js';
import { accessOfPortal } from '../portals/portal-access.js';
import { Appointment, AppointmentStatus } from './appointment.entity.js';
import { cancelAppointmentRequest, portalAppointments, requestAppointment } from './appointment.service.js';

@ObjectType({ description: 'An appointment, or a request for one, as the client sees it.' })
export class PortalAppointment {
  @Field(() => ID, { description: 'The appointment.' })
  id!: string;

  @Field(() => String, { description: 'What it is about.' })
  title!: string;

  @Field(() => AppointmentStatus, { description: 'Scheduled; or, for the portal’s own requests, requested, declined or cancelled.' })
  status!: AppointmentStatus;

  @Field(() => Date, { nullable: true, description: 'When it starts; null for a request not yet accepted.' })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ends.' })
  endsAt!: Date | null;

  @Field(() => Boolean, { description: 'True for a scheduled appointment that has not ended yet.' })
  upcoming!: boolean;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'More about it, or what was written with the request.' })
  details!: string | null;

  @Field(() => Boolean, { description: 'True when it came from a request made in this portal.' })
  isRequest!: boolean;

  @Field(() => String, { nullable: true, description: 'When the client said they could come (requests).' })
  preferredTimes!: string | null;

  @Field(() => String, { nullable: true, description: 'Who in the portal asked for it.' })
  requestedByName!: string | null;

  @Field(() => Date, { description: 'When it was made or asked for.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'What the firm wrote when it answered the request.' })
  decisionNote!: string | null;

  @Field(() => ClientItemMatter, { nullable: true, description: 'The matter it concerns, if any.' })
  matter!: ClientItemMatter | null;
}

function toPortalAppointment(ctx: GraphQLContext, appointment: Appointment): PortalAppointment {
  const matter = appointment.matter?.getEntity() ?? null;
  const member = appointment.requestedByMember?.getEntity() ?? null;
  return {
    id: appointment.id,
    title: appointment.title,
    status: appointment.status,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    upcoming: appointment.status === AppointmentStatus.SCHEDULED && appointment.endsAt !== null && appointment.endsAt.getTime() >= ctx.clock.now().getTime(),
    location: appointment.location,
    details: appointment.details,
    isRequest: appointment.portal !== null,
    preferredTimes: appointment.preferredTimes,
    requestedByName: member?.name ?? null,
    createdAt: appointment.createdAt,
    decisionNote: appointment.decisionNote,
    matter: matter ? clientItemMatter(matter) : null,
  };
}

@InputType({ description: 'A request for an appointment, from a member who may make one.' })
class RequestAppointmentInput {
  @Field(() => ID, { description: 'The portal.' })
  portalId!: string;

  @Field(() => ID, { nullable: true, description: 'The matter it is about (one shared with the portal), if any.' })
  matterId?: string | null;

  @Field(() => String, { description: 'What it is about.' })
  title!: string;

  @Field(() => String, { description: 'When the client could come, in their own words.' })
  preferredTimes!: string;

  @Field(() => String, { nullable: true, description: 'Anything else the firm should know.' })
  details?: string | null;
}

@InputType({ description: 'Names one appointment request of a portal.' })
class CancelAppointmentRequestInput {
  @Field(() => ID, { description: 'The portal.' })
  portalId!: string;

  @Field(() => ID, { description: 'The request.' })
  appointmentId!: string;
}

@ObjectType({ description: 'Result of requesting an appointment or withdrawing a request.' })
class PortalAppointmentPayload extends Payload {
  @Field(() => PortalAppointment, { nullable: true, description: 'The request as it is now.' })
  appointment: PortalAppointment | null = null;
}

@Resolver(() => ClientPortal)
export class ClientPortalAppointmentsResolver {
  @FieldResolver(() => [PortalAppointment], {
    description: 'Appointments shared with this portal, and its own requests (for members who may request): open requests, then upcoming appointments, then past ones.',
  })
  async appointments(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<PortalAppointment[]> {
    const access = accessOfPortal(ctx, portal);
    if (!access) return [];
    const rows = await portalAppointments(ctx, access);
    return rows.map((row) => toPortalAppointment(ctx, row));
  }

  @Mutation(() => PortalAppointmentPayload, { description: 'Asks the firm for an appointment (S9). Needs the appointment-requests permission.' })
  requestAppointment(@Arg('input', () => RequestAppointmentInput) input: RequestAppointmentInput, @Ctx() ctx: GraphQLContext): Promise<PortalAppointmentPayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new PortalAppointmentPayload(), async (payload) => {
      const access = await requirePortalAccess(ctx, input.portalId);
      const appointment = await requestAppointment(ctx, access, input);
      await ctx.em.populate(appointment, ['matter', 'requestedByMember']);
      payload.appointment = toPortalAppointment(ctx, appointment);
    });
  }

  @Mutation(() => PortalAppointmentPayload, { description: 'Withdraws an open appointment request of the portal.' })
  cancelAppointmentRequest(@Arg('input', () => CancelAppointmentRequestInput) input: CancelAppointmentRequestInput, @Ctx() ctx: GraphQLContext): Promise<PortalAppointmentPayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new PortalAppointmentPayload(), async (payload) => {
      const access = await requirePortalAccess(ctx, input.portalId);
      payload.appointment = toPortalAppointment(ctx, await cancelAppointmentRequest(ctx, access, input.appointmentId));
    });
  }
}
