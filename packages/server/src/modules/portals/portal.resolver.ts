import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Invitation, InvitationStatus } from '../invitations/invitation.entity.js';
import { disableMember, updateMemberPermissions } from '../invitations/invitation.service.js';
import { Matter } from '../matters/matter.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { MemberPermissionsInput } from './member-permissions.js';
import { MemberStatus, Portal, PortalMatter, PortalMember } from './portal.entity.js';

export enum MemberAccessState {
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(MemberAccessState, {
  name: 'MemberAccessState',
  description: 'What staff see for a member at a glance.',
  valuesConfig: {
    PENDING: { description: 'Invited; the link still works.' },
    EXPIRED: { description: 'Invited, but the link expired unused; resend it.' },
    ACTIVE: { description: 'Registered.' },
    DISABLED: { description: 'Access turned off.' },
  },
});

@ObjectType({ description: 'Who invited a member: a staff member or another member of the portal.' })
class Inviter {
  @Field(() => String, { description: 'Their name.' })
  name!: string;

  @Field(() => Boolean, { description: 'True when a member of the portal (not staff) sent the invitation.' })
  isMember!: boolean;
}

@Resolver(() => Portal)
export class PortalResolver {
  @FieldResolver(() => Contact, { description: 'The client contact whose portal this is.' })
  contact(@Root() portal: Portal, @Ctx() ctx: GraphQLContext): Promise<Contact> {
    return ctx.em.findOneOrFail(Contact, { id: portal.contact.id });
  }

  @FieldResolver(() => [PortalMember], { description: 'People with access to the portal, pending ones included, by name.' })
  members(@Root() portal: Portal, @Ctx() ctx: GraphQLContext): Promise<PortalMember[]> {
    return ctx.em.find(PortalMember, { portal }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [Matter], { description: 'Matters shared with the portal.' })
  async sharedMatters(@Root() portal: Portal, @Ctx() ctx: GraphQLContext): Promise<Matter[]> {
    const rows = await ctx.em.find(PortalMatter, { portal }, { populate: ['matter'], orderBy: { matter: { sortName: 'asc' } } });
    return rows.map((row) => row.matter.getEntity());
  }
}

@Resolver(() => PortalMember)
export class PortalMemberResolver {
  @FieldResolver(() => Portal, { description: 'The portal.' })
  portal(@Root() member: PortalMember, @Ctx() ctx: GraphQLContext): Promise<Portal> {
    return ctx.em.findOneOrFail(Portal, { id: member.portal.id });
  }

  @FieldResolver(() => MemberAccessState, { description: 'Pending, expired, active or disabled.' })
  async accessState(@Root() member: PortalMember, @Ctx() ctx: GraphQLContext): Promise<MemberAccessState> {
    if (member.status === MemberStatus.ACTIVE) return MemberAccessState.ACTIVE;
    if (member.status === MemberStatus.DISABLED) return MemberAccessState.DISABLED;
    const live = await ctx.em.count(Invitation, { member, status: InvitationStatus.PENDING, expiresAt: { $gt: ctx.clock.now() } });
    return live ? MemberAccessState.PENDING : MemberAccessState.EXPIRED;
  }

  @FieldResolver(() => Invitation, { nullable: true, description: 'The most recent invitation sent to this member.' })
  latestInvitation(@Root() member: PortalMember, @Ctx() ctx: GraphQLContext): Promise<Invitation | null> {
    return ctx.em.findOne(Invitation, { member }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @FieldResolver(() => Inviter, { nullable: true, description: 'Who invited this member.' })
  async invitedBy(@Root() member: PortalMember, @Ctx() ctx: GraphQLContext): Promise<Inviter | null> {
    if (member.invitedByMember) {
      const inviter = await ctx.em.findOne(PortalMember, { id: member.invitedByMember.id });
      return inviter ? { name: inviter.name, isMember: true } : null;
    }
    if (member.invitedByStaff) {
      const staff = await ctx.em.findOne(StaffUser, { id: member.invitedByStaff.id });
      return staff ? { name: staff.name, isMember: false } : null;
    }
    return null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the person last signed in.' })
  async lastSignInAt(@Root() member: PortalMember, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    if (!member.clientUser) return null;
    const client = await ctx.em.findOne(ClientUser, { id: member.clientUser.id });
    return client?.lastSignInAt ?? null;
  }

  @FieldResolver(() => Contact, { nullable: true, description: "The person's own contact record, when they have one." })
  contact(@Root() member: PortalMember, @Ctx() ctx: GraphQLContext): Promise<Contact | null> {
    return member.contact ? ctx.em.findOne(Contact, { id: member.contact.id }) : Promise.resolve(null);
  }
}

@InputType({ description: 'Names one portal member.' })
export class PortalMemberIdInput {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;
}

@InputType({ description: "Sets a member's permissions." })
class UpdateMemberPermissionsInput {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => MemberPermissionsInput, { description: 'The full set of permissions.' })
  permissions!: MemberPermissionsInput;
}

@ObjectType({ description: 'Result of a change to a portal member.' })
export class PortalMemberPayload extends Payload {
  @Field(() => PortalMember, { nullable: true, description: 'The member as they are now.' })
  member: PortalMember | null = null;
}

@ObjectType({ description: 'Result of removePortalMember.' })
class RemovePortalMemberPayload extends Payload {
  @Field(() => Boolean, { description: 'True once the member is gone.' })
  removed = false;
}

@Resolver()
export class PortalMemberMutations {
  @Mutation(() => PortalMemberPayload, { description: "Sets a member's permissions (S11). Needs the invite-clients right." })
  updateMemberPermissions(@Arg('input', () => UpdateMemberPermissionsInput) input: UpdateMemberPermissionsInput, @Ctx() ctx: GraphQLContext): Promise<PortalMemberPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new PortalMemberPayload(), async (payload) => {
      payload.member = await updateMemberPermissions(ctx, staff, input.memberId, input.permissions);
    });
  }

  @Mutation(() => PortalMemberPayload, {
    description: 'Disables a member’s access at once: links stop working and, if they have no other active portal, their sessions end. A new invitation enables them again.',
  })
  disablePortalMember(@Arg('input', () => PortalMemberIdInput) input: PortalMemberIdInput, @Ctx() ctx: GraphQLContext): Promise<PortalMemberPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new PortalMemberPayload(), async (payload) => {
      payload.member = await disableMember(ctx, staff, input.memberId, false);
    });
  }

  @Mutation(() => RemovePortalMemberPayload, { description: 'Removes a member from the portal at once, like disabling, and takes them off the list.' })
  removePortalMember(@Arg('input', () => PortalMemberIdInput) input: PortalMemberIdInput, @Ctx() ctx: GraphQLContext): Promise<RemovePortalMemberPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new RemovePortalMemberPayload(), async (payload) => {
      await disableMember(ctx, staff, input.memberId, true);
      payload.removed = true;
    });
  }
}
