import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ThreadMessagesLoader } from './message.service.js';

@ObjectType('MessageAttachment', { description: 'A file sent with a message.' })
export class MessageAttachmentView {
  @Field(() => ID, { description: 'The attachment; download it at /files/attachments/{id} (staff) or /p/{slug}/files/attachments/{id} (clients).' })
  id!: string;

  @Field(() => String, { description: 'File name as uploaded.' })
  fileName!: string;

  @Field(() => String, { description: 'Media type as uploaded.' })
  contentType!: string;

  @Field(() => Float, { description: 'Size in bytes.' })
  size!: number;
}

@ObjectType('Message', { description: 'One secure message.' })
export class MessageView {
  @Field(() => ID, { description: 'The message.' })
  id!: string;

  @Field(() => String, { description: 'The text (may be empty when files are sent).' })
  body!: string;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => String, { description: 'Who wrote it.' })
  authorName!: string;

  @Field(() => Boolean, { description: 'True when someone at the firm wrote it; false for a portal member.' })
  fromFirm!: boolean;

  @Field(() => Boolean, { description: 'True when the signed-in reader wrote it.' })
  mine!: boolean;

  @Field(() => [MessageAttachmentView], { description: 'Files sent with it.' })
  attachments!: MessageAttachmentView[];
}

@ObjectType('MessageThreadMatter', { description: 'The matter a conversation is about.' })
export class ThreadMatter {
  @Field(() => ID, { description: 'The matter.' })
  id!: string;

  @Field(() => String, { description: "The firm's reference." })
  number!: string;

  @Field(() => String, { description: 'Name of the matter.' })
  name!: string;
}

@ObjectType('MessageThread', { description: 'A secure conversation between the firm and the members of one client portal.' })
export class MessageThreadView {
  @Field(() => ID, { description: 'The thread.' })
  id!: string;

  @Field(() => String, { description: 'What the conversation is about.' })
  subject!: string;

  @Field(() => ID, { description: 'The client portal the conversation is with.' })
  portalId!: string;

  @Field(() => String, { description: 'Name of the client whose portal it is.' })
  portalName!: string;

  @Field(() => ThreadMatter, { nullable: true, description: 'The matter it is about, if any (for clients: only while the matter is shared).' })
  matter!: ThreadMatter | null;

  @Field(() => String, { description: 'Who started the conversation.' })
  startedByName!: string;

  @Field(() => Date, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the latest message was sent.' })
  lastMessageAt!: Date;

  @Field(() => Int, {
    description: 'Messages the reader has not read: for a client, those written by others; for staff, those written by clients.',
  })
  unreadCount!: number;

  /** Loads the messages of every thread of the same list at once, on first use. */
  loader!: ThreadMessagesLoader;
}
