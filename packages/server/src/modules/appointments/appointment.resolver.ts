import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Matter } from '../matters/matter.entity.js';
import { DeleteMatterItemPayload } from '../matters/matter-item.js';
import { Appointment, AppointmentStatus } from './appointment.entity.js';
import {
  acceptAppointmentRequest,
  createAppointment,
  declineAppointmentRequest,
  deleteAppointment,
  firmAppointmentRequests,
  matterAppointments,
  mayDecide,
  setAppointmentShared,
  updateAppointment,
} from './appointment.service.js';

@InputType({ description: 'A new appointment on a matter. It is not shared with the client until it is shared on its own.' })
class CreateAppointmentInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => String, { description: 'What the appointment is about.' })
  title!: string;

  @Field(() => Date, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends; after the start.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'More about the appointment.' })
  details?: string | null;
}

@InputType({ description: 'New values for a scheduled appointment. Changing a shared one needs the share-items right.' })
class UpdateAppointmentInput {
  @Field(() => ID, { description: 'The appointment.' })
  appointmentId!: string;

  @Field(() => String, { description: 'What the appointment is about.' })
  title!: string;

  @Field(() => Date, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends; after the start.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'More about the appointment.' })
  details?: string | null;
}

@InputType({ description: 'Names one appointment.' })
class AppointmentIdInput {
  @Field(() => ID, { description: 'The appointment.' })
  appointmentId!: string;
}

@InputType({ description: 'Shares a scheduled appointment with the client, or stops sharing it.' })
class SetAppointmentSharedInput {
  @Field(() => ID, { description: 'The appointment.' })
  appointmentId!: string;

  @Field(() => Boolean, { description: 'True to share it, false to stop sharing it.' })
  shared!: boolean;
}

@InputType({ description: 'Accepts a client’s appointment request at a time staff choose.' })
class AcceptAppointmentRequestInput {
  @Field(() => ID, { description: 'The request.' })
  appointmentId!: string;

  @Field(() => Date, { description: 'When the appointment starts.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends; after the start.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'A word for the client with the answer.' })
  note?: string | null;
}

@InputType({ description: 'Declines a client’s appointment request, saying why.' })
class DeclineAppointmentRequestInput {
  @Field(() => ID, { description: 'The request.' })
  appointmentId!: string;

  @Field(() => String, { description: 'Why, or what the client could do instead; the client reads it.' })
  note!: string;
}

@ObjectType({ description: 'Result of a change to an appointment.' })
class AppointmentPayload extends Payload {
  @Field(() => Appointment, { nullable: true, description: 'The appointment as it is now.' })
  appointment: Appointment | null = null;
}

@Resolver(() => Matter)
export class MatterAppointmentsResolver {
  @FieldResolver(() => [Appointment], { description: "The matter's appointments and the clients' requests about it: open requests first, then by time, latest first." })
  appointments(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<Appointment[]> {
    const staff = requireStaff(ctx);
    return matterAppointments(ctx, staff.firm.id, matter);
  }
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => [Appointment], { description: "Clients' appointment requests across the firm, on any matter or none; open ones by default, oldest first." })
  appointmentRequests(
    @Arg('status', () => AppointmentStatus, { defaultValue: AppointmentStatus.REQUESTED, description: 'Which requests: open (REQUESTED), DECLINED, CANCELLED or accepted (SCHEDULED).' }) status: AppointmentStatus,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Appointment[]> {
    const staff = requireStaff(ctx);
    return firmAppointmentRequests(ctx, staff.firm.id, status);
  }

  @FieldResolver(() => Matter, { nullable: true, description: 'The matter it concerns; null for a request about no particular matter.' })
  async matter(@Root() appointment: Appointment): Promise<Matter | null> {
    return appointment.matter ? appointment.matter.load() : null;
  }

  @FieldResolver(() => Boolean, { description: 'True while it is shared with the client.' })
  shared(@Root() appointment: Appointment): boolean {
    return appointment.sharedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'True when it came from a client’s request.' })
  isRequest(@Root() appointment: Appointment): boolean {
    return appointment.portal !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who shared it, while it is shared.' })
  async sharedByName(@Root() appointment: Appointment): Promise<string | null> {
    return appointment.sharedAt && appointment.sharedBy ? ((await appointment.sharedBy.load())?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The portal a request came from.' })
  async portalName(@Root() appointment: Appointment): Promise<string | null> {
    if (!appointment.portal) return null;
    const portal = await appointment.portal.load({ populate: ['contact'] });
    return portal?.contact.getEntity().displayName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The member who asked for it.' })
  async requestedByName(@Root() appointment: Appointment): Promise<string | null> {
    return appointment.requestedByMember ? ((await appointment.requestedByMember.load())?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The staff member who accepted or declined the request.' })
  async decidedByName(@Root() appointment: Appointment): Promise<string | null> {
    return appointment.decidedBy ? ((await appointment.decidedBy.load())?.name ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the signed-in staff member may accept or decline this request.' })
  async canDecide(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const staff = requireStaff(ctx);
    if (appointment.status !== AppointmentStatus.REQUESTED) return false;
    if (appointment.matter) await appointment.matter.load();
    return mayDecide(staff, appointment);
  }

  @Mutation(() => AppointmentPayload, { description: 'Adds an appointment to a matter (not shared yet).' })
  createAppointment(@Arg('input', () => CreateAppointmentInput) input: CreateAppointmentInput, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new AppointmentPayload(), async (payload) => {
      payload.appointment = await createAppointment(ctx, staff, input);
    });
  }

  @Mutation(() => AppointmentPayload, { description: 'Changes a scheduled appointment. A shared one needs the share-items right.' })
  updateAppointment(@Arg('input', () => UpdateAppointmentInput) input: UpdateAppointmentInput, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new AppointmentPayload(), async (payload) => {
      payload.appointment = await updateAppointment(ctx, staff, input);
    });
  }

  @Mutation(() => DeleteMatterItemPayload, { description: 'Deletes an appointment or request. One the client sees needs the share-items right.' })
  deleteAppointment(@Arg('input', () => AppointmentIdInput) input: AppointmentIdInput, @Ctx() ctx: GraphQLContext): Promise<DeleteMatterItemPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DeleteMatterItemPayload(), async (payload) => {
      payload.deletedId = await deleteAppointment(ctx, staff, input.appointmentId);
    });
  }

  @Mutation(() => AppointmentPayload, { description: 'Shares a scheduled appointment with the client or stops sharing it (S2). Needs the share-items right or the admin role.' })
  setAppointmentShared(@Arg('input', () => SetAppointmentSharedInput) input: SetAppointmentSharedInput, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new AppointmentPayload(), async (payload) => {
      payload.appointment = await setAppointmentShared(ctx, staff, input.appointmentId, input.shared);
    });
  }

  @Mutation(() => AppointmentPayload, {
    description: "Accepts a client's request at the time given: it becomes a scheduled appointment, shared with the portal. Needs to be the matter's responsible staff member, the share-items right, or the admin role.",
  })
  acceptAppointmentRequest(@Arg('input', () => AcceptAppointmentRequestInput) input: AcceptAppointmentRequestInput, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new AppointmentPayload(), async (payload) => {
      payload.appointment = await acceptAppointmentRequest(ctx, staff, input);
    });
  }

  @Mutation(() => AppointmentPayload, { description: "Declines a client's request with a note the client reads. Same rights as accepting." })
  declineAppointmentRequest(@Arg('input', () => DeclineAppointmentRequestInput) input: DeclineAppointmentRequestInput, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new AppointmentPayload(), async (payload) => {
      payload.appointment = await declineAppointmentRequest(ctx, staff, input);
    });
  }
}
