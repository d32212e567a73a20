import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { Payload, UserErrorCode, UserFacingError, notAllowed, toPayload } from '../../graphql/user-error.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { SessionAudience } from '../auth/auth-session.entity.js';
import {
  changeClientPassword,
  renameClient,
  requestPasswordReset,
  resetPassword,
  sendPasswordResetToMember,
  signOutEverywhere,
} from '../auth/client-account.service.js';
import { SESSION_COOKIE, startSession } from '../auth/session.service.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { memberOfFirm } from '../invitations/invitation.service.js';
import { portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import { StaffRole } from '../staff/staff-user.entity.js';
import { MemberStatus, PortalMatter, PortalMember } from './portal.entity.js';
import { PortalMemberIdInput, PortalMemberPayload } from './portal.resolver.js';
import { ClientPortal, FellowMember, SharedMatter, type ClientPortalBatch } from './client-portal.types.js';
import { clientMemberships } from './portal-access.js';

@ObjectType({ description: 'Set while a staff member views the portal as a member: read-only.' })
class PortalViewing {
  @Field(() => String, { description: 'The staff member viewing.' })
  staffName!: string;

  @Field(() => String, { description: 'The member being viewed as.' })
  memberName!: string;
}

@InputType({ description: 'Asks for a password reset email.' })
class RequestPasswordResetInput {
  @Field(() => String, { description: "The firm's slug." })
  firmSlug!: string;

  @Field(() => String, { description: 'The login email.' })
  email!: string;
}

@InputType({ description: 'Sets a new password with a reset link.' })
class ResetPasswordInput {
  @Field(() => String, { description: "The firm's slug." })
  firmSlug!: string;

  @Field(() => String, { description: 'The token from the link (after #).' })
  token!: string;

  @Field(() => String, { description: 'The new password (at least 12 characters).' })
  password!: string;
}

@InputType({ description: "Changes the signed-in client's password." })
class ChangeMyPasswordInput {
  @Field(() => String, { description: 'The current password.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password (at least 12 characters).' })
  newPassword!: string;
}

@InputType({ description: "Changes the signed-in client's name." })
class UpdateMyProfileInput {
  @Field(() => String, { description: 'Full name.' })
  name!: string;
}

@ObjectType({ description: 'Result of an account action that returns nothing else.' })
class AccountPayload extends Payload {
  @Field(() => Boolean, { description: 'True when it was done (for a reset request: whenever the request was accepted, account or not).' })
  ok = false;
}

@ObjectType({ description: 'Result of updateMyProfile.' })
class UpdateMyProfilePayload extends Payload {
  @Field(() => ClientUser, { nullable: true, description: 'The client user as they are now.' })
  client: ClientUser | null = null;
}

@ObjectType({ description: 'Result of startPortalView.' })
class StartPortalViewPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'Where to open the read-only view (the firm’s portal address).' })
  url: string | null = null;
}

/** Half an hour: long enough to look around, short enough not to linger. */
const VIEW_LIFETIME_SECONDS = 30 * 60;

@Resolver()
export class ClientPortalResolver {
  @Query(() => [ClientPortal], { description: "The signed-in client's portals at this firm, with what is shared in each." })
  async myPortals(@Ctx() ctx: GraphQLContext): Promise<ClientPortal[]> {
    const client = ctx.client;
    if (!client) throw unauthenticated();
    // Read with the session: no statement of its own.
    const portals = clientMemberships(ctx);
    const batch: ClientPortalBatch = { portalIds: portals.map(({ membership }) => membership.portal.id), firmId: client.firm.id };
    return portals.map(({ membership, name }) => ({
      id: membership.portal.id,
      membership,
      batch,
      memberId: membership.id,
      readOnly: ctx.viewingAs !== null,
      name,
      permissions: membership.permissions,
    }));
  }

  @Query(() => PortalViewing, { nullable: true, description: 'Set when a staff member is viewing the portal as a member (read-only).' })
  async portalViewing(@Ctx() ctx: GraphQLContext): Promise<PortalViewing | null> {
    if (!ctx.viewingAs) return null;
    const member = await ctx.em.findOne(PortalMember, { id: ctx.viewingAs.memberId });
    return { staffName: ctx.viewingAs.staff.name, memberName: member?.name ?? '' };
  }

  @Mutation(() => AccountPayload, { description: 'Sends a password reset link if the email has an account at the firm. The answer is the same either way. Public.' })
  requestPasswordReset(@Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: GraphQLContext): Promise<AccountPayload> {
    return toPayload(() => new AccountPayload(), async (payload) => {
      await requestPasswordReset(ctx, input.firmSlug, input.email);
      payload.ok = true;
    });
  }

  @Mutation(() => AccountPayload, { description: 'Sets a new password with a reset link and ends every session of the account. Public.' })
  resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: GraphQLContext): Promise<AccountPayload> {
    return toPayload(() => new AccountPayload(), async (payload) => {
      await resetPassword(ctx, input.firmSlug, input.token, input.password);
      payload.ok = true;
    });
  }

  @Mutation(() => AccountPayload, { description: "Changes the signed-in client's password; their other sessions end." })
  changeMyPassword(@Arg('input', () => ChangeMyPasswordInput) input: ChangeMyPasswordInput, @Ctx() ctx: GraphQLContext): Promise<AccountPayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new AccountPayload(), async (payload) => {
      await changeClientPassword(ctx, input.currentPassword, input.newPassword);
      payload.ok = true;
    });
  }

  @Mutation(() => UpdateMyProfilePayload, { description: "Changes the signed-in client's name." })
  updateMyProfile(@Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput, @Ctx() ctx: GraphQLContext): Promise<UpdateMyProfilePayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new UpdateMyProfilePayload(), async (payload) => {
      payload.client = await renameClient(ctx, input.name);
    });
  }

  @Mutation(() => AccountPayload, { description: 'Signs the client out in every browser, this one included.' })
  signOutEverywhere(@Ctx() ctx: GraphQLContext): Promise<AccountPayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new AccountPayload(), async (payload) => {
      await signOutEverywhere(ctx);
      payload.ok = true;
    });
  }

  @Mutation(() => PortalMemberPayload, { description: 'Emails a registered member a link to choose a new password (I12).' })
  sendPasswordReset(@Arg('input', () => PortalMemberIdInput) input: PortalMemberIdInput, @Ctx() ctx: GraphQLContext): Promise<PortalMemberPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new PortalMemberPayload(), async (payload) => {
      payload.member = await sendPasswordResetToMember(ctx, staff, input.memberId);
    });
  }

  @Mutation(() => StartPortalViewPayload, {
    description: 'Opens a read-only, half-hour view of the portal exactly as one registered member sees it, in this browser (I13). Needs the share-items right or the admin role; it is recorded in the activity log.',
  })
  startPortalView(@Arg('input', () => PortalMemberIdInput) input: PortalMemberIdInput, @Ctx() ctx: GraphQLContext): Promise<StartPortalViewPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new StartPortalViewPayload(), async (payload) => {
      if (!staff.canShareItems && staff.role !== StaffRole.ADMIN) throw notAllowed('You do not have the right to view portals as a member.');
      const member = await memberOfFirm(ctx.em, staff.firm.id, input.memberId);
      if (!member.clientUser || member.status !== MemberStatus.ACTIVE) {
        throw UserFacingError.of(UserErrorCode.CONFLICT, `${member.name} has not registered (or is disabled); there is nothing to view yet.`, ['memberId']);
      }
      const now = ctx.clock.now();
      const token = startSession(ctx.em, {
        audience: SessionAudience.CLIENT,
        firmId: staff.firm.id,
        clientUserId: member.clientUser.id,
        viewing: { staffUserId: staff.id, memberId: member.id },
        lifetimeSeconds: VIEW_LIFETIME_SECONDS,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        now,
      });
      recordActivity(ctx.em, {
        firmId: staff.firm.id,
        action: ActivityAction.PORTAL_VIEWED_AS,
        actor: { kind: 'staff', staff },
        portalId: member.portal.id,
        memberId: member.id,
        summary: `${staff.name} viewed the portal of ${member.portal.getEntity().contact.getEntity().displayName} as ${member.name}.`,
        at: now,
        ip: ctx.ip,
      });
      await ctx.em.flush();
      ctx.cookies.set(SESSION_COOKIE[SessionAudience.CLIENT], token, VIEW_LIFETIME_SECONDS);
      const firm = await ctx.em.findOneOrFail(Firm, { id: staff.firm.id });
      payload.url = `/p/${firm.slug}`;
    });
  }
}

function grouped<T>(portalIds: string[], rows: { portalId: string; item: T }[]): Map<string, T[]> {
  const map = new Map<string, T[]>(portalIds.map((id) => [id, []]));
  for (const row of rows) map.get(row.portalId)?.push(row.item);
  return map;
}

/** Whether the member may invite others to the portal now: the firm allows it (P3) and so do their permissions (I14). */
async function mayInviteOthers(portal: ClientPortal, ctx: GraphQLContext): Promise<boolean> {
  if (!portal.membership.permissions.inviteOthers) return false;
  const { batch } = portal;
  batch.membersMayInvite ??= portalSettingsOf(ctx.em, batch.firmId).then((settings) => settings.membersMayInvite);
  return batch.membersMayInvite;
}

/** The lists of a client's portals, each loaded in one statement for every portal of the answer. */
@Resolver(() => ClientPortal)
export class ClientPortalListsResolver {
  @FieldResolver(() => Boolean, { description: 'True when the member may invite others to this portal now.' })
  canInviteOthers(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return mayInviteOthers(portal, ctx);
  }

  @FieldResolver(() => [SharedMatter], { description: 'Matters shared with the portal.' })
  async matters(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<SharedMatter[]> {
    const { batch } = portal;
    batch.matters ??= ctx.em
      .find(PortalMatter, { portal: { $in: batch.portalIds }, matter: { archivedAt: null } }, { populate: ['matter', 'matter.responsibleStaff'], orderBy: { matter: { sortName: 'asc' } } })
      .then((rows) =>
        grouped(
          batch.portalIds,
          rows.map((row) => {
            const matter = row.matter.getEntity();
            return { portalId: row.portal.id, item: { id: matter.id, number: matter.number, name: matter.name, status: matter.status, responsibleStaffName: matter.responsibleStaff.getEntity().name } };
          }),
        ),
      );
    return (await batch.matters).get(portal.id) ?? [];
  }

  @FieldResolver(() => [FellowMember], { description: 'People with access to this portal (shown to members who may invite others).' })
  async members(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<FellowMember[]> {
    if (!(await mayInviteOthers(portal, ctx))) return [];
    const { batch } = portal;
    batch.fellows ??= ctx.em
      .find(PortalMember, { portal: { $in: batch.portalIds } }, { orderBy: { name: 'asc' } })
      .then((rows) => grouped(batch.portalIds, rows.map((f) => ({ portalId: f.portal.id, item: { name: f.name, email: f.email, status: f.status } }))));
    return (await batch.fellows).get(portal.id) ?? [];
  }
}
