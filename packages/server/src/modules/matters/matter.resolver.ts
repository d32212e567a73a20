import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Contact } from '../contacts/contact.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { Matter, MatterParticipant, MatterStatus, ParticipantRole } from './matter.entity.js';
import {
  addParticipant,
  changeParticipantRole,
  createMatter,
  findMatter,
  listMatters,
  removeParticipant,
  setMatterArchived,
  updateMatter,
} from './matter.service.js';

export const MatterConnection = ConnectionType(Matter, 'Matter', 'matter');

@InputType({ description: 'A contact to add to a new matter, in a role.' })
class ParticipantInput {
  @Field(() => ID, { description: 'The contact.' })
  contactId!: string;

  @Field(() => ParticipantRole, { description: 'The role on the matter.' })
  role!: ParticipantRole;
}

@InputType({ description: 'A new matter.' })
class CreateMatterInput {
  @Field(() => String, { description: 'Short name of the matter.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The firm’s reference; when omitted the next YYYY-NNNN number is used.' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'What the matter is about.' })
  description?: string | null;

  @Field(() => ID, { description: 'The staff member responsible for the matter.' })
  responsibleStaffId!: string;

  @Field(() => [ParticipantInput], { defaultValue: [], description: 'Contacts taking part, each in a role.' })
  participants!: ParticipantInput[];
}

@InputType({ description: 'New values for a matter.' })
class UpdateMatterInput {
  @Field(() => ID, { description: 'The matter to change.' })
  id!: string;

  @Field(() => String, { description: 'Short name of the matter.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The firm’s reference; omitted keeps the current one.' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'What the matter is about.' })
  description?: string | null;

  @Field(() => ID, { description: 'The staff member responsible for the matter.' })
  responsibleStaffId!: string;

  @Field(() => MatterStatus, { description: 'Open or closed.' })
  status!: MatterStatus;
}

@InputType({ description: 'Names one matter.' })
class MatterIdInput {
  @Field(() => ID, { description: 'The matter.' })
  id!: string;
}

@InputType({ description: 'Adds a contact to a matter.' })
class AddMatterParticipantInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => ID, { description: 'The contact.' })
  contactId!: string;

  @Field(() => ParticipantRole, { description: 'The role on the matter.' })
  role!: ParticipantRole;
}

@InputType({ description: "Changes a participant's role." })
class UpdateMatterParticipantInput {
  @Field(() => ID, { description: 'The participant.' })
  participantId!: string;

  @Field(() => ParticipantRole, { description: 'The new role.' })
  role!: ParticipantRole;
}

@InputType({ description: 'Removes a contact from a matter.' })
class RemoveMatterParticipantInput {
  @Field(() => ID, { description: 'The participant.' })
  participantId!: string;
}

@InputType({ description: 'Narrows a matter list.' })
class MatterFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name or number.' })
  search?: string | null;

  @Field(() => MatterStatus, { nullable: true, description: 'Only open, or only closed, matters.' })
  status?: MatterStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only matters this staff member is responsible for.' })
  responsibleStaffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only matters this contact takes part in.' })
  contactId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include archived matters.' })
  includeArchived?: boolean | null;
}

@ObjectType({ description: 'Result of a change to a matter.' })
class MatterPayload extends Payload {
  @Field(() => Matter, { nullable: true, description: 'The matter as it is now.' })
  matter: Matter | null = null;
}

@Resolver(() => Matter)
export class MatterResolver {
  @Query(() => MatterConnection, { description: 'The firm’s matters by name, a page at a time.' })
  matters(
    @Arg('first', () => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
    @Arg('filter', () => MatterFilterInput, { nullable: true, description: 'Narrows the list.' }) filter: MatterFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const staff = requireStaff(ctx);
    return listMatters(ctx, staff.firm.id, filter ?? {}, first, after);
  }

  @Query(() => Matter, { nullable: true, description: 'One matter of the firm; null when there is none with that ID.' })
  matter(@Arg('id', () => ID, { description: 'The matter.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Matter | null> {
    const staff = requireStaff(ctx);
    return findMatter(ctx, staff.firm.id, id);
  }

  @FieldResolver(() => StaffUser, { description: 'The staff member responsible for the matter.' })
  responsibleStaff(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<StaffUser> {
    return ctx.em.findOneOrFail(StaffUser, { id: matter.responsibleStaff.id });
  }

  @FieldResolver(() => [MatterParticipant], { description: 'Contacts taking part, clients first.' })
  async participants(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<MatterParticipant[]> {
    const participants = await ctx.em.find(MatterParticipant, { matter }, { populate: ['contact'], orderBy: { contact: { sortName: 'asc' } } });
    return participants.sort((a, b) => Number(b.role === ParticipantRole.CLIENT) - Number(a.role === ParticipantRole.CLIENT));
  }

  @Mutation(() => MatterPayload, { description: 'Opens a matter.' })
  createMatter(@Arg('input', () => CreateMatterInput) input: CreateMatterInput, @Ctx() ctx: GraphQLContext): Promise<MatterPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterPayload(), async (payload) => {
      payload.matter = await createMatter(ctx, staff.firm.id, input);
    });
  }

  @Mutation(() => MatterPayload, { description: 'Changes a matter: name, number, description, responsible staff member, status.' })
  updateMatter(@Arg('input', () => UpdateMatterInput) input: UpdateMatterInput, @Ctx() ctx: GraphQLContext): Promise<MatterPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterPayload(), async (payload) => {
      payload.matter = await updateMatter(ctx, staff.firm.id, input);
    });
  }

  @Mutation(() => MatterPayload, { description: 'Archives a matter: hidden from lists, kept with its history.' })
  archiveMatter(@Arg('input', () => MatterIdInput) input: MatterIdInput, @Ctx() ctx: GraphQLContext): Promise<MatterPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterPayload(), async (payload) => {
      payload.matter = await setMatterArchived(ctx, staff.firm.id, input.id, true);
    });
  }

  @Mutation(() => MatterPayload, { description: 'Brings an archived matter back into lists.' })
  restoreMatter(@Arg('input', () => MatterIdInput) input: MatterIdInput, @Ctx() ctx: GraphQLContext): Promise<MatterPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterPayload(), async (payload) => {
      payload.matter = await setMatterArchived(ctx, staff.firm.id, input.id, false);
    });
  }

  @Mutation(() => MatterPayload, { description: 'Adds a contact to a matter in a role.' })
  addMatterParticipant(@Arg('input', () => AddMatterParticipantInput) input: AddMatterParticipantInput, @Ctx() ctx: GraphQLContext): Promise<MatterPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterPayload(), async (payload) => {
      const participant = await addParticipant(ctx, staff.firm.id, input);
      payload.matter = await findMatter(ctx, staff.firm.id, participant.matter.id);
    });
  }

  @Mutation(() => MatterPayload, { description: "Changes a participant's role." })
  updateMatterParticipant(@Arg('input', () => UpdateMatterParticipantInput) input: UpdateMatterParticipantInput, @Ctx() ctx: GraphQLContext): Promise<MatterPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterPayload(), async (payload) => {
      const participant = await changeParticipantRole(ctx, staff.firm.id, input.participantId, input.role);
      payload.matter = await findMatter(ctx, staff.firm.id, participant.matter.id);
    });
  }

  @Mutation(() => MatterPayload, { description: 'Removes a contact from a matter.' })
  removeMatterParticipant(@Arg('input', () => RemoveMatterParticipantInput) input: RemoveMatterParticipantInput, @Ctx() ctx: GraphQLContext): Promise<MatterPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterPayload(), async (payload) => {
      payload.matter = await removeParticipant(ctx, staff.firm.id, input.participantId);
    });
  }
}

@Resolver(() => MatterParticipant)
export class MatterParticipantResolver {
  @FieldResolver(() => Contact, { description: 'The contact taking part.' })
  contact(@Root() participant: MatterParticipant, @Ctx() ctx: GraphQLContext): Promise<Contact> {
    return ctx.em.findOneOrFail(Contact, { id: participant.contact.id });
  }

  @FieldResolver(() => Matter, { description: 'The matter.' })
  matter(@Root() participant: MatterParticipant, @Ctx() ctx: GraphQLContext): Promise<Matter> {
    return ctx.em.findOneOrFail(Matter, { id: participant.matter.id });
  }
}
