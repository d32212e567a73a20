import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { ClientPortal } from '../portals/client-portal.types.js';
import { accessOfPortal, findPortalAccess, refuseWhileViewing, requirePermission, requirePortalAccess, type PortalAccess } from '../portals/portal-access.js';
import {
  markThreadRead,
  memberThread,
  memberThreads,
  memberUnreadCount,
  sendMessage,
  staffThread,
  staffThreads,
  startThread,
  type Reader,
} from './message.service.js';
import { MessageThreadView, MessageView } from './message.types.js';

export const MessageThreadConnection = ConnectionType(MessageThreadView, 'MessageThread', 'message thread');

const NO_MESSAGING = 'You do not have access to secure messages in this portal.';

@InputType({ description: 'Narrows the list of conversations.' })
class MessageThreadFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only conversations with this portal.' })
  portalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only conversations about this matter.' })
  matterId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only conversations with messages from clients the signed-in staff member has not read.' })
  unreadOnly?: boolean | null;
}

@InputType({ description: 'Starts a conversation with a client portal, with its first message.' })
class StartMessageThreadInput {
  @Field(() => ID, { description: 'The portal (a client: one of their own portals).' })
  portalId!: string;

  @Field(() => ID, { nullable: true, description: 'A matter shared with the portal that the conversation is about.' })
  matterId?: string | null;

  @Field(() => String, { description: 'What it is about (at most 200 characters).' })
  subject!: string;

  @Field(() => String, { description: 'The first message.' })
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded for this portal beforehand, to send with the first message.' })
  attachmentIds?: string[] | null;
}

@InputType({ description: 'A reply in a conversation.' })
class SendMessageInput {
  @Field(() => ID, { nullable: true, description: "Clients: the portal the conversation is in. Staff leave it out." })
  portalId?: string | null;

  @Field(() => ID, { description: 'The conversation.' })
  threadId!: string;

  @Field(() => String, { description: 'The text; may be empty when files are attached.' })
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded beforehand, to send with the message.' })
  attachmentIds?: string[] | null;
}

@InputType({ description: 'Marks a conversation read up to its latest message.' })
class MarkThreadReadInput {
  @Field(() => ID, { nullable: true, description: 'Clients: the portal the conversation is in. Staff leave it out.' })
  portalId?: string | null;

  @Field(() => ID, { description: 'The conversation.' })
  threadId!: string;
}

@ObjectType({ description: 'Result of a change to a conversation.' })
class MessageThreadPayload extends Payload {
  @Field(() => MessageThreadView, { nullable: true, description: 'The conversation as it is now.' })
  thread: MessageThreadView | null = null;
}

@ObjectType({ description: 'Result of sendMessage.' })
class SendMessagePayload extends Payload {
  @Field(() => MessageThreadView, { nullable: true, description: 'The conversation as it is now.' })
  thread: MessageThreadView | null = null;

  @Field(() => ID, { nullable: true, description: 'The new message.' })
  messageId: string | null = null;
}

/**
 * The client app names its firm in every request (x-atrium-firm), the staff app never does: so
 * one mutation serves both, and a client can never act as staff or the reverse.
 */
async function readerFor(ctx: GraphQLContext, portalId: string | null | undefined): Promise<Reader> {
  if (ctx.portalSlug === null) return { kind: 'staff', staff: requireStaff(ctx) };
  if (!ctx.client) throw unauthenticated();
  const access = await requirePortalAccess(ctx, portalId ?? '');
  refuseWhileViewing(access);
  requirePermission(access, 'secureMessaging', NO_MESSAGING);
  return { kind: 'member', access };
}

async function viewAfterChange(ctx: GraphQLContext, reader: Reader, threadId: string): Promise<MessageThreadView | null> {
  ctx.em.clear();
  return reader.kind === 'staff' ? staffThread(ctx, reader.staff, threadId) : memberThread(ctx.em, reader.access, threadId);
}

async function messagingAccess(ctx: GraphQLContext, portalId: string): Promise<PortalAccess | null> {
  const access = await findPortalAccess(ctx, portalId);
  return access?.permissions.secureMessaging ? access : null;
}

@Resolver(() => MessageThreadView)
export class MessageThreadResolver {
  @FieldResolver(() => [MessageView], { description: 'The messages, oldest first.' })
  messages(@Root() thread: MessageThreadView): Promise<MessageView[]> {
    return thread.loader.messagesOf(thread.id);
  }
}

@Resolver(() => ClientPortal)
export class ClientMessagesResolver {
  @FieldResolver(() => [MessageThreadView], { description: "The portal's conversations with the firm, latest first; empty unless the member may use secure messages." })
  messageThreads(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<MessageThreadView[]> | MessageThreadView[] {
    const access = accessOf(ctx, portal);
    return access ? memberThreads(ctx.em, access) : [];
  }

  @FieldResolver(() => Int, { description: 'Messages in the portal the member has not read; 0 unless the member may use secure messages.' })
  unreadMessageCount(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<number> | number {
    const access = accessOf(ctx, portal);
    return access ? memberUnreadCount(ctx.em, access) : 0;
  }
}

/** The portal access behind a ClientPortal (already checked by myPortals), if it allows messages. */
function accessOf(ctx: GraphQLContext, portal: ClientPortal): PortalAccess | null {
  const access = accessOfPortal(ctx, portal);
  return access?.permissions.secureMessaging ? access : null;
}

@Resolver()
export class MessageResolver {
  @Query(() => MessageThreadConnection, { description: "The firm's conversations with clients, latest activity first." })
  messageThreads(
    @Arg('first', () => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
    @Arg('filter', () => MessageThreadFilterInput, { nullable: true, description: 'Narrows the list.' }) filter: MessageThreadFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const staff = requireStaff(ctx);
    return staffThreads(ctx, staff, filter ?? {}, first, after);
  }

  @Query(() => MessageThreadView, { nullable: true, description: 'One conversation of the firm; null when there is none with that ID.' })
  messageThread(@Arg('id', () => ID, { description: 'The conversation.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<MessageThreadView | null> {
    const staff = requireStaff(ctx);
    return staffThread(ctx, staff, id);
  }

  @Query(() => MessageThreadView, { nullable: true, description: 'One conversation of a portal, as its member sees it; null unless the member may use secure messages.' })
  async portalMessageThread(
    @Arg('portalId', () => ID, { description: 'The portal.' }) portalId: string,
    @Arg('id', () => ID, { description: 'The conversation.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MessageThreadView | null> {
    const access = await messagingAccess(ctx, portalId);
    return access ? memberThread(ctx.em, access, id) : null;
  }

  @Mutation(() => MessageThreadPayload, {
    description: 'Starts a conversation with its first message. Staff: with any portal of the firm. Clients: in their portal, with the secure messages permission; recorded in the activity log.',
  })
  startMessageThread(@Arg('input', () => StartMessageThreadInput) input: StartMessageThreadInput, @Ctx() ctx: GraphQLContext): Promise<MessageThreadPayload> {
    if (ctx.portalSlug === null) requireStaff(ctx);
    return toPayload(() => new MessageThreadPayload(), async (payload) => {
      const reader = await readerFor(ctx, input.portalId);
      const threadId = await startThread(ctx, reader, input);
      payload.thread = await viewAfterChange(ctx, reader, threadId);
    });
  }

  @Mutation(() => SendMessagePayload, { description: 'Sends a message in a conversation, with files uploaded beforehand. Client messages are recorded in the activity log.' })
  sendMessage(@Arg('input', () => SendMessageInput) input: SendMessageInput, @Ctx() ctx: GraphQLContext): Promise<SendMessagePayload> {
    if (ctx.portalSlug === null) requireStaff(ctx);
    return toPayload(() => new SendMessagePayload(), async (payload) => {
      const reader = await readerFor(ctx, input.portalId);
      const sent = await sendMessage(ctx, reader, input);
      payload.messageId = sent.messageId;
      payload.thread = await viewAfterChange(ctx, reader, sent.threadId);
    });
  }

  @Mutation(() => MessageThreadPayload, { description: "Marks a conversation read up to its latest message, for the signed-in reader." })
  markThreadRead(@Arg('input', () => MarkThreadReadInput) input: MarkThreadReadInput, @Ctx() ctx: GraphQLContext): Promise<MessageThreadPayload> {
    if (ctx.portalSlug === null) requireStaff(ctx);
    return toPayload(() => new MessageThreadPayload(), async (payload) => {
      const reader = await readerFor(ctx, input.portalId);
      const threadId = await markThreadRead(ctx, reader, input.threadId);
      payload.thread = await viewAfterChange(ctx, reader, threadId);
    });
  }
}
