import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { toPayload } from '../../graphql/user-error.js';
import { ClientPortal } from '../portals/client-portal.types.js';
import { myDetailsOf, updateMyDetails } from './my-details.service.js';
import { MyDetails, UpdateMyDetailsInput, UpdateMyDetailsPayload } from './my-details.types.js';

@Resolver(() => ClientPortal)
export class MyDetailsResolver {
  @FieldResolver(() => MyDetails, { nullable: true, description: "The member's own contact details (S10); null without the myDetails permission." })
  myDetails(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<MyDetails | null> {
    return myDetailsOf(ctx.em, portal.membership, portal.readOnly);
  }

  @Mutation(() => UpdateMyDetailsPayload, {
    description: "Changes the signed-in member's own email addresses and phone numbers (S10), when the firm allows it and the member has the myDetails permission. The firm is told.",
  })
  updateMyDetails(@Arg('input', () => UpdateMyDetailsInput) input: UpdateMyDetailsInput, @Ctx() ctx: GraphQLContext): Promise<UpdateMyDetailsPayload> {
    if (!ctx.client) throw unauthenticated();
    return toPayload(() => new UpdateMyDetailsPayload(), async (payload) => {
      const { details, changed } = await updateMyDetails(ctx, input);
      payload.myDetails = details;
      payload.changed = changed;
    });
  }
}
