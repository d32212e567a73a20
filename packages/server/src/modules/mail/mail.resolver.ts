import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, checkPageSize, decodeCursor, toConnection } from '../../graphql/connection.js';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { Payload, UserErrorCode, UserFacingError, notFound, toPayload } from '../../graphql/user-error.js';
import { StaffRole } from '../staff/staff-user.entity.js';
import { EmailStatus, OutboxEmail } from './outbox-email.entity.js';
import { loadBodies, retryEmail, withLink } from './outbox.service.js';

export const OutboxEmailConnection = ConnectionType(OutboxEmail, 'OutboxEmail', 'email');

@InputType({ description: 'Narrows the sent-mail list.' })
class SentEmailFilterInput {
  @Field(() => EmailStatus, { nullable: true, description: 'Only emails in this state.' })
  status?: EmailStatus | null;

  @Field(() => String, { nullable: true, description: 'Only emails to this address.' })
  to?: string | null;
}

@InputType({ description: 'Names one email.' })
class RetryEmailInput {
  @Field(() => ID, { description: 'The email.' })
  emailId!: string;
}

@ObjectType({ description: 'Result of retryEmail.' })
class RetryEmailPayload extends Payload {
  @Field(() => OutboxEmail, { nullable: true, description: 'The email, queued again.' })
  email: OutboxEmail | null = null;
}

/**
 * Emails to clients carry personal links. Staff may read them only while mail is kept (no mail
 * server, a newcomer's set-up), and then only admins or staff with the invite right.
 */
function mayReadBodies(ctx: GraphQLContext): boolean {
  const staff = requireStaff(ctx);
  return staff.role === StaffRole.ADMIN || staff.canInviteClients;
}

/** With a mail server, a personal link waiting in the outbox goes to its recipient and nobody else. */
function linksShown(ctx: GraphQLContext): boolean {
  return ctx.config.mail.kind === 'kept';
}

@Resolver(() => OutboxEmail)
export class MailResolver {
  @Query(() => OutboxEmailConnection, { description: "The firm's outgoing email, newest first, with each one's delivery state." })
  async sentEmails(
    @Arg('first', () => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
    @Arg('filter', () => SentEmailFilterInput, { nullable: true, description: 'Narrows the list.' }) filter: SentEmailFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const staff = requireStaff(ctx);
    checkPageSize(first);
    const where: Record<string, unknown>[] = [{ firm: staff.firm.id }];
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.to) where.push({ toAddress: filter.to.trim().toLowerCase() });
    const totalCount = await ctx.em.count(OutboxEmail, { $and: where });
    if (after) {
      const cursor = decodeCursor(after);
      const at = new Date(cursor.sortKey);
      where.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: cursor.id } }] });
    }
    const rows = await ctx.em.find(OutboxEmail, { $and: where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['body'] });
    return toConnection(rows, first, Boolean(after), totalCount, (email) => email.createdAt.toISOString());
  }

  @FieldResolver(() => String, { nullable: true, description: 'The text as sent; personal links show only while mail is kept (no mail server) and to staff who may invite.' })
  async text(@Root() email: OutboxEmail, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!mayReadBodies(ctx)) return null;
    await loadBodies(ctx.em, [email]);
    return withLink(email, ctx.secrets, linksShown(ctx)).text;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The HTML as sent, under the same rule as text.' })
  async html(@Root() email: OutboxEmail, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!mayReadBodies(ctx)) return null;
    await loadBodies(ctx.em, [email]);
    return withLink(email, ctx.secrets, linksShown(ctx)).html;
  }

  @Mutation(() => RetryEmailPayload, { description: 'Queues a failed email again.' })
  retryEmail(@Arg('input', () => RetryEmailInput) input: RetryEmailInput, @Ctx() ctx: GraphQLContext): Promise<RetryEmailPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new RetryEmailPayload(), async (payload) => {
      const email = isUuid(input.emailId) ? await ctx.em.findOne(OutboxEmail, { id: input.emailId, firm: staff.firm.id }) : null;
      if (!email) throw notFound('email', ['emailId']);
      if (email.status !== EmailStatus.FAILED) throw UserFacingError.of(UserErrorCode.CONFLICT, 'Only a failed email can be retried.', ['emailId']);
      await retryEmail(ctx.em, ctx, email);
      payload.email = await ctx.em.findOneOrFail(OutboxEmail, { id: email.id }, { refresh: true });
    });
  }
}
