import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize } from '../../graphql/connection.js';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal, PortalMatter } from '../portals/portal.entity.js';
import { portalsForSharing, shareMatterWithPortal, unshareMatterFromPortal, type MatterShareChange } from './matter-sharing.service.js';

@InputType({ description: 'Shares a matter with a client portal.' })
class ShareMatterWithPortalInput {
  @Field(() => ID, { description: 'The matter to share.' })
  matterId!: string;

  @Field(() => ID, { description: 'The portal to share it with.' })
  portalId!: string;
}

@InputType({ description: 'Stops sharing a matter with a client portal.' })
class UnshareMatterFromPortalInput {
  @Field(() => ID, { description: 'The matter to stop sharing.' })
  matterId!: string;

  @Field(() => ID, { description: 'The portal that should no longer see it.' })
  portalId!: string;
}

@ObjectType({ description: 'Result of sharing a matter with a portal, or of stopping.' })
class MatterSharePayload extends Payload {
  @Field(() => Matter, { nullable: true, description: 'The matter.' })
  matter: Matter | null = null;

  @Field(() => Portal, { nullable: true, description: 'The portal, with its shared matters as they are now.' })
  portal: Portal | null = null;

  @Field(() => Boolean, { description: 'False when the matter already was (or already was not) shared: nothing changed.' })
  changed = false;
}

function fill(payload: MatterSharePayload, change: MatterShareChange): void {
  payload.matter = change.matter;
  payload.portal = change.portal;
  payload.changed = change.changed;
}

@Resolver(() => Matter)
export class MatterSharingResolver {
  @FieldResolver(() => [Portal], { description: 'The client portals this matter is shared with, by client name (S1).' })
  async sharedWithPortals(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<Portal[]> {
    const rows = await ctx.em.find(PortalMatter, { matter }, { populate: ['portal', 'portal.contact'], orderBy: { portal: { contact: { sortName: 'asc' } }, id: 'asc' } });
    return rows.map((row) => row.portal.getEntity());
  }

  @Query(() => [Portal], {
    description: "Portals a matter could be shared with: those of the matter's Client participants first, then the firm's others by name. Empty for an unknown matter.",
  })
  portalsForSharing(
    @Arg('matterId', () => ID, { description: 'The matter to share.' }) matterId: string,
    @Arg('search', () => String, { nullable: true, description: "Part of the portal's client name." }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many portals at most, 1 to 100.' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Portal[]> {
    const staff = requireStaff(ctx);
    checkPageSize(first);
    return portalsForSharing(ctx, staff.firm.id, matterId, search, first);
  }

  @Mutation(() => MatterSharePayload, {
    description: 'Shares a matter with a client portal (S1): its members then see the matter and the items shared on it. Needs the share-items right or the admin role. Sharing again changes nothing.',
  })
  shareMatterWithPortal(@Arg('input', () => ShareMatterWithPortalInput) input: ShareMatterWithPortalInput, @Ctx() ctx: GraphQLContext): Promise<MatterSharePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterSharePayload(), async (payload) => {
      fill(payload, await shareMatterWithPortal(ctx, staff, input.matterId, input.portalId));
    });
  }

  @Mutation(() => MatterSharePayload, {
    description: 'Stops sharing a matter with a client portal (S1): every item of the matter disappears from that portal at once. Needs the share-items right or the admin role.',
  })
  unshareMatterFromPortal(@Arg('input', () => UnshareMatterFromPortalInput) input: UnshareMatterFromPortalInput, @Ctx() ctx: GraphQLContext): Promise<MatterSharePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MatterSharePayload(), async (payload) => {
      fill(payload, await unshareMatterFromPortal(ctx, staff, input.matterId, input.portalId));
    });
  }
}
