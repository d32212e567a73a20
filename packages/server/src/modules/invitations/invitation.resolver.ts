import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { Payload, UserErrorCode, UserFacingError, toPayload } from '../../graphql/user-error.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { FirmBranding, brandingOf } from '../firms/firm.resolver.js';
import { EmailStatus, OutboxEmail } from '../mail/outbox-email.entity.js';
import { MemberPermissionsInput } from '../portals/member-permissions.js';
import { Portal, PortalMember } from '../portals/portal.entity.js';
import { PortalMemberIdInput } from '../portals/portal.resolver.js';
import { isUuid } from '../../graphql/ids.js';
import { BulkInvitationRun, startBulkInvitation } from './bulk-invitation.js';
import { Invitation } from './invitation.entity.js';
import {
  LinkState,
  acceptInvitation,
  changeMemberEmail,
  generateInviteLink,
  inviteToMyPortal,
  inviteToPortal,
  linkStateMessage,
  lookUpInvitation,
  resendInvitation,
} from './invitation.service.js';

registerEnumType(LinkState, {
  name: 'InvitationLinkState',
  description: 'Whether an invitation link can still be used.',
  valuesConfig: {
    VALID: { description: 'The link works: the person may register.' },
    USED: { description: 'Someone registered with it already.' },
    EXPIRED: { description: 'It was not used in time.' },
    REPLACED: { description: 'A newer link was sent.' },
    REVOKED: { description: 'Access was withdrawn.' },
    UNKNOWN: { description: 'No such link.' },
  },
});

@Resolver(() => Invitation)
export class InvitationFieldsResolver {
  @FieldResolver(() => EmailStatus, { nullable: true, description: 'Delivery state of the invitation email; null for a copied link.' })
  async emailStatus(@Root() invitation: Invitation, @Ctx() ctx: GraphQLContext): Promise<EmailStatus | null> {
    const email = await ctx.em.findOne(OutboxEmail, { invitation }, { orderBy: { createdAt: 'desc' } });
    return email?.status ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True while the link can still be used.' })
  usable(@Root() invitation: Invitation, @Ctx() ctx: GraphQLContext): boolean {
    return invitation.status === 'PENDING' && invitation.expiresAt > ctx.clock.now();
  }
}

@InputType({ description: 'An invitation to a contact’s portal (I1–I4).' })
class InviteToPortalInput {
  @Field(() => ID, { description: 'The client contact whose portal it is (created on the first invitation).' })
  contactId!: string;

  @Field(() => ID, { nullable: true, description: 'A linked contact being invited to that portal (spouse, partner, colleague), if any.' })
  inviteeContactId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the person invited; defaults to the contact’s name.' })
  name?: string | null;

  @Field(() => String, { description: 'Email address to invite; it becomes the login name.' })
  email!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Matters to share with the portal now.' })
  matterIds!: string[];

  @Field(() => MemberPermissionsInput, { nullable: true, description: 'Permissions; the firm’s defaults when omitted.' })
  permissions?: MemberPermissionsInput | null;

  @Field(() => String, { nullable: true, description: 'A personal message for the email.' })
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject to use instead of the firm’s template.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Body to use instead of the firm’s template; must keep {{link}}.' })
  body?: string | null;
}

@ObjectType({ description: 'Result of an invitation.' })
class InviteToPortalPayload extends Payload {
  @Field(() => Portal, { nullable: true, description: 'The portal (new on the first invitation).' })
  portal: Portal | null = null;

  @Field(() => PortalMember, { nullable: true, description: 'The member: pending, or active at once when the email already had a login.' })
  member: PortalMember | null = null;

  @Field(() => Invitation, { nullable: true, description: 'The invitation; null when the person was added with their existing login.' })
  invitation: Invitation | null = null;
}

@InputType({ description: 'Sends a member a new link (or, once registered, the login address).' })
class ResendInvitationInput {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => String, { nullable: true, description: 'A personal message for the email.' })
  message?: string | null;
}

@InputType({ description: 'Moves a pending invitation to another address.' })
class ChangeMemberEmailInput {
  @Field(() => ID, { description: 'The member, who has not registered yet.' })
  memberId!: string;

  @Field(() => String, { description: 'The new address.' })
  email!: string;
}

@ObjectType({ description: 'Result of resending or re-addressing an invitation.' })
class ResendInvitationPayload extends Payload {
  @Field(() => PortalMember, { nullable: true, description: 'The member.' })
  member: PortalMember | null = null;

  @Field(() => Invitation, { nullable: true, description: 'The new invitation; null when the login address was sent instead.' })
  invitation: Invitation | null = null;
}

@ObjectType({ description: 'Result of generateInviteLink.' })
class GenerateInviteLinkPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'The link, shown once; copy it now. Earlier links no longer work.' })
  link: string | null = null;

  @Field(() => Invitation, { nullable: true, description: 'The invitation behind the link.' })
  invitation: Invitation | null = null;
}

@ObjectType({ description: 'What the registration page shows for an invitation link.' })
class PortalInvitation {
  @Field(() => LinkState, { description: 'Whether the link can be used.' })
  state!: LinkState;

  @Field(() => String, { nullable: true, description: 'When the link cannot be used: why, and how to get a new one.' })
  problem!: string | null;

  @Field(() => FirmBranding, { nullable: true, description: 'The inviting firm.' })
  firm!: FirmBranding | null;

  @Field(() => String, { nullable: true, description: 'The invited email address (the future login name); only for a usable link.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The invited person’s name; only for a usable link.' })
  name!: string | null;

  @Field(() => Boolean, { description: 'True when this email already has an account at the firm: registering then just adds the portal.' })
  hasAccount!: boolean;

  @Field(() => String, { nullable: true, description: 'Terms of Service to accept; only for a usable link.' })
  termsOfService!: string | null;

  @Field(() => Int, { nullable: true, description: 'Version of those terms, to send back with acceptInvitation.' })
  termsVersion!: number | null;

  @Field(() => Date, { nullable: true, description: 'When the link expires; only for a usable link.' })
  expiresAt!: Date | null;
}

@InputType({ description: 'Registers with an invitation link.' })
class AcceptInvitationInput {
  @Field(() => String, { description: "The firm's slug from its address." })
  firmSlug!: string;

  @Field(() => String, { description: 'The token from the link (the part after #).' })
  token!: string;

  @Field(() => String, { description: 'The password to sign in with (at least 12 characters).' })
  password!: string;

  @Field(() => Boolean, { description: 'True when the person agrees to the Terms of Service shown.' })
  acceptTerms!: boolean;

  @Field(() => Int, { description: 'The version of the terms shown (from portalInvitation).' })
  termsVersion!: number;
}

@ObjectType({ description: 'Result of acceptInvitation.' })
class AcceptInvitationPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'The login name (the invited email).' })
  loginEmail: string | null = null;

  @Field(() => Boolean, { description: 'True when the email already had an account: the portal was added to it and its password is unchanged.' })
  existingAccount = false;
}

@InputType({ description: 'A member invites someone to their own portal (I14).' })
class InviteToMyPortalInput {
  @Field(() => ID, { description: 'The portal.' })
  portalId!: string;

  @Field(() => String, { description: 'Name of the person.' })
  name!: string;

  @Field(() => String, { description: 'Their email address.' })
  email!: string;
}

@ObjectType({ description: 'Result of inviteToMyPortal.' })
class InviteToMyPortalPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'The address invited.' })
  invitedEmail: string | null = null;
}

@InputType({ description: 'Invites many clients at once (I5).' })
class BulkInviteToPortalInput {
  @Field(() => [ID], { description: 'The selected client contacts.' })
  contactIds!: string[];

  @Field(() => String, { description: 'A key unique to this request (e.g. a random UUID made when the dialog opened); repeating a request with the same key starts nothing new.' })
  requestKey!: string;
}

@ObjectType({ description: 'Result of bulkInviteToPortal.' })
class BulkInviteToPortalPayload extends Payload {
  @Field(() => BulkInvitationRun, { nullable: true, description: 'The run; poll bulkInvitationRun for progress.' })
  run: BulkInvitationRun | null = null;
}

@Resolver()
export class InvitationResolver {
  @Mutation(() => BulkInviteToPortalPayload, {
    description: 'Invites the selected clients to their portals in the background. Those without an email, not clients, or already invited are skipped and listed. Needs the invite-clients right.',
  })
  bulkInviteToPortal(@Arg('input', () => BulkInviteToPortalInput) input: BulkInviteToPortalInput, @Ctx() ctx: GraphQLContext): Promise<BulkInviteToPortalPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new BulkInviteToPortalPayload(), async (payload) => {
      payload.run = await startBulkInvitation(ctx, staff, input);
    });
  }

  @Query(() => BulkInvitationRun, { nullable: true, description: 'A bulk invitation of the firm, for its progress.' })
  bulkInvitationRun(@Arg('id', () => ID, { description: 'The run.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<BulkInvitationRun | null> {
    const staff = requireStaff(ctx);
    return isUuid(id) ? ctx.em.findOne(BulkInvitationRun, { id, firm: staff.firm.id }) : Promise.resolve(null);
  }

  @Mutation(() => InviteToPortalPayload, { description: 'Invites a person to a contact’s portal and emails them a single-use link. Needs the invite-clients right and the portal turned on.' })
  inviteToPortal(@Arg('input', () => InviteToPortalInput) input: InviteToPortalInput, @Ctx() ctx: GraphQLContext): Promise<InviteToPortalPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new InviteToPortalPayload(), async (payload) => {
      const result = await inviteToPortal(ctx, staff, input);
      payload.portal = result.portal;
      payload.member = result.member;
      payload.invitation = result.invitation;
    });
  }

  @Mutation(() => ResendInvitationPayload, {
    description: 'Before registration: a new link and a new validity window (the old link stops working). After registration: the firm’s login address. For a disabled member: access again.',
  })
  resendInvitation(@Arg('input', () => ResendInvitationInput) input: ResendInvitationInput, @Ctx() ctx: GraphQLContext): Promise<ResendInvitationPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ResendInvitationPayload(), async (payload) => {
      const result = await resendInvitation(ctx, staff, input.memberId, input.message ?? null);
      payload.member = result.member;
      payload.invitation = result.invitation;
    });
  }

  @Mutation(() => ResendInvitationPayload, { description: 'Before registration: moves the invitation to a new address ("disable and resend").' })
  changeMemberEmail(@Arg('input', () => ChangeMemberEmailInput) input: ChangeMemberEmailInput, @Ctx() ctx: GraphQLContext): Promise<ResendInvitationPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ResendInvitationPayload(), async (payload) => {
      const result = await changeMemberEmail(ctx, staff, input.memberId, input.email);
      payload.member = result.member;
      payload.invitation = result.invitation;
    });
  }

  @Mutation(() => GenerateInviteLinkPayload, { description: 'Makes a new invitation link to copy, under the same rules, without sending an email.' })
  generateInviteLink(@Arg('input', () => PortalMemberIdInput) input: PortalMemberIdInput, @Ctx() ctx: GraphQLContext): Promise<GenerateInviteLinkPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new GenerateInviteLinkPayload(), async (payload) => {
      const result = await generateInviteLink(ctx, staff, input.memberId);
      payload.link = result.link;
      payload.invitation = result.invitation;
    });
  }

  @Query(() => PortalInvitation, { description: 'What an invitation link leads to. Public; opening it changes nothing but a first-opened note in the activity log.' })
  async portalInvitation(
    @Arg('firmSlug', () => String, { description: "The firm's slug from the address." }) firmSlug: string,
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PortalInvitation> {
    const { firm, invitation, state, settings } = await lookUpInvitation(ctx, firmSlug, token);
    const usable = state === LinkState.VALID && invitation !== null && settings !== null && settings.enabled;
    const hasAccount = usable && firm ? (await ctx.em.count(ClientUser, { firm, email: invitation.email })) > 0 : false;
    return {
      state: usable || state !== LinkState.VALID ? state : LinkState.REVOKED,
      problem: usable ? null : settings && !settings.enabled ? 'The client portal is turned off at the moment. Please contact the firm.' : linkStateMessage(state),
      firm: firm ? brandingOf(firm) : null,
      email: usable ? invitation.email : null,
      name: usable ? invitation.member.getEntity().name : null,
      hasAccount,
      termsOfService: usable ? settings.termsOfService : null,
      termsVersion: usable ? settings.termsVersion : null,
      expiresAt: usable ? invitation.expiresAt : null,
    };
  }

  @Mutation(() => AcceptInvitationPayload, { description: 'Registers with an invitation link: agrees to the terms and sets a password. The link is used up. Public.' })
  acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: GraphQLContext): Promise<AcceptInvitationPayload> {
    return toPayload(() => new AcceptInvitationPayload(), async (payload) => {
      const result = await acceptInvitation(ctx, input);
      payload.loginEmail = result.loginEmail;
      payload.existingAccount = result.existingAccount;
    });
  }

  @Mutation(() => InviteToMyPortalPayload, { description: 'A signed-in member invites someone to their portal, when the firm allows it and they have the permission.' })
  inviteToMyPortal(@Arg('input', () => InviteToMyPortalInput) input: InviteToMyPortalInput, @Ctx() ctx: GraphQLContext): Promise<InviteToMyPortalPayload> {
    const client = ctx.client;
    if (!client) throw unauthenticated();
    return toPayload(() => new InviteToMyPortalPayload(), async (payload) => {
      if (ctx.viewingAs) throw UserFacingError.of(UserErrorCode.READ_ONLY, 'You are viewing the portal as this member; nothing can be changed.');
      const result = await inviteToMyPortal(ctx, client, input);
      payload.invitedEmail = result.member.email;
    });
  }
}
