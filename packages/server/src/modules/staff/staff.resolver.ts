import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { adminForMutation, requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Firm } from '../firms/firm.entity.js';
import { StaffRole, StaffUser } from './staff-user.entity.js';
import { createStaffMember, listStaff, setStaffMemberActive, updateStaffMember } from './staff.service.js';

@InputType({ description: 'A new staff member.' })
class CreateStaffMemberInput {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Email address; it becomes the sign-in name and must not belong to another staff member.' })
  email!: string;

  @Field(() => String, { description: 'A first password (at least 12 characters) to hand to the staff member.' })
  password!: string;

  @Field(() => StaffRole, { description: 'Admin or staff.', defaultValue: StaffRole.STAFF })
  role!: StaffRole;

  @Field(() => Boolean, { description: 'May invite clients to portals.', defaultValue: false })
  canInviteClients!: boolean;

  @Field(() => Boolean, { description: 'May share matters and items with portals.', defaultValue: false })
  canShareItems!: boolean;
}

@InputType({ description: "Changes to a staff member's name, role and rights; omitted fields stay as they are." })
class UpdateStaffMemberInput {
  @Field(() => ID, { description: 'The staff member to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => StaffRole, { nullable: true, description: 'Admin or staff.' })
  role?: StaffRole | null;

  @Field(() => Boolean, { nullable: true, description: 'May invite clients to portals.' })
  canInviteClients?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'May share matters and items with portals.' })
  canShareItems?: boolean | null;
}

@InputType({ description: 'Names one staff member.' })
class StaffMemberIdInput {
  @Field(() => ID, { description: 'The staff member.' })
  id!: string;
}

@ObjectType({ description: 'Result of a change to a staff member.' })
class StaffMemberPayload extends Payload {
  @Field(() => StaffUser, { nullable: true, description: 'The staff member as they are now.' })
  staffMember: StaffUser | null = null;
}

@Resolver(() => StaffUser)
export class StaffResolver {
  @FieldResolver(() => Firm, { description: 'The firm this staff member works at.' })
  async firm(@Root() staff: StaffUser, @Ctx() ctx: GraphQLContext): Promise<Firm> {
    return ctx.em.findOneOrFail(Firm, { id: staff.firm.id });
  }

  @FieldResolver(() => Boolean, { description: 'True while the staff member may sign in.' })
  active(@Root() staff: StaffUser): boolean {
    return staff.deactivatedAt === null;
  }

  @Query(() => [StaffUser], { description: "The firm's staff, by name. Any staff member may list them (to pick a responsible person)." })
  staffMembers(
    @Arg('includeDeactivated', () => Boolean, { defaultValue: false, description: 'Include deactivated staff.' }) includeDeactivated: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffUser[]> {
    const staff = requireStaff(ctx);
    return listStaff(ctx, staff.firm.id, includeDeactivated);
  }

  @Mutation(() => StaffMemberPayload, { description: 'Adds a staff member to the firm. Admins only.' })
  createStaffMember(@Arg('input', () => CreateStaffMemberInput) input: CreateStaffMemberInput, @Ctx() ctx: GraphQLContext): Promise<StaffMemberPayload> {
    return toPayload(() => new StaffMemberPayload(), async (payload) => {
      payload.staffMember = await createStaffMember(ctx, adminForMutation(ctx, 'Only firm admins can manage staff.'), input);
    });
  }

  @Mutation(() => StaffMemberPayload, { description: "Changes a staff member's name, role or rights. Admins only." })
  updateStaffMember(@Arg('input', () => UpdateStaffMemberInput) input: UpdateStaffMemberInput, @Ctx() ctx: GraphQLContext): Promise<StaffMemberPayload> {
    return toPayload(() => new StaffMemberPayload(), async (payload) => {
      payload.staffMember = await updateStaffMember(ctx, adminForMutation(ctx, 'Only firm admins can manage staff.'), input);
    });
  }

  @Mutation(() => StaffMemberPayload, { description: 'Stops a staff member signing in and ends their sessions at once. Admins only.' })
  deactivateStaffMember(@Arg('input', () => StaffMemberIdInput) input: StaffMemberIdInput, @Ctx() ctx: GraphQLContext): Promise<StaffMemberPayload> {
    return toPayload(() => new StaffMemberPayload(), async (payload) => {
      payload.staffMember = await setStaffMemberActive(ctx, adminForMutation(ctx, 'Only firm admins can manage staff.'), input.id, false);
    });
  }

  @Mutation(() => StaffMemberPayload, { description: 'Lets a deactivated staff member sign in again. Admins only.' })
  reactivateStaffMember(@Arg('input', () => StaffMemberIdInput) input: StaffMemberIdInput, @Ctx() ctx: GraphQLContext): Promise<StaffMemberPayload> {
    return toPayload(() => new StaffMemberPayload(), async (payload) => {
      payload.staffMember = await setStaffMemberActive(ctx, adminForMutation(ctx, 'Only firm admins can manage staff.'), input.id, true);
    });
  }
}
