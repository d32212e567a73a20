import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Firm } from '../firms/firm.entity.js';
import { FirmBranding, brandingOf } from '../firms/firm.resolver.js';
import { ClientUser } from './client-user.entity.js';

@Resolver(() => ClientUser)
export class ClientUserResolver {
  @FieldResolver(() => FirmBranding, { description: 'The firm whose portal this client user signs in to.' })
  async firm(@Root() client: ClientUser, @Ctx() ctx: GraphQLContext): Promise<FirmBranding> {
    return brandingOf(await ctx.em.findOneOrFail(Firm, { id: client.firm.id }));
  }
}
