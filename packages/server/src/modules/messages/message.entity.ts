import type { Ref } from '@mikro-orm/core';
import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal, PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/** A conversation between the firm and the members of one client portal, optionally about a matter. */
@Entity({ tableName: 'message_thread' })
@Index({ properties: ['firm', 'lastMessageAt'] })
@Index({ properties: ['portal', 'lastMessageAt'] })
export class MessageThread extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Portal, { ref: true, deleteRule: 'cascade' })
  portal!: Ref<Portal>;

  @ManyToOne(() => Matter, { ref: true, nullable: true, deleteRule: 'set null' })
  matter: Ref<Matter> | null = null;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdByStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  createdByMember: Ref<PortalMember> | null = null;

  @Property({ type: 'timestamptz' })
  lastMessageAt!: Date;
}

/** One message in a thread, written by a staff member or a portal member. */
@Entity({ tableName: 'message' })
@Index({ properties: ['thread', 'createdAt'] })
export class Message extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => MessageThread, { ref: true, deleteRule: 'cascade' })
  thread!: Ref<MessageThread>;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  authorStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  authorMember: Ref<PortalMember> | null = null;

  /** True when a portal member wrote it (the author's row may be gone later). */
  @Property({ type: 'boolean' })
  fromClient!: boolean;

  /** The author's name when written, so a removed member's messages still say who wrote them. */
  @Property({ type: 'string', length: 200 })
  authorName!: string;

  @Property({ type: 'text' })
  body!: string;
}

/**
 * A file sent with a message. It is uploaded first (into a thread, or into a portal for a thread
 * not started yet, by its uploader) and joins a message when that message is sent; until then
 * only its uploader can reach it.
 */
@Entity({ tableName: 'message_attachment' })
@Index({ properties: ['portal'] })
@Index({ properties: ['message'] })
@Index({ properties: ['firm', 'createdAt'] })
export class MessageAttachment extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  /** The portal whose conversation the file belongs to: who may ever download it. */
  @ManyToOne(() => Portal, { ref: true, deleteRule: 'cascade' })
  portal!: Ref<Portal>;

  /** The thread it was uploaded into; null when uploaded for a thread not started yet. */
  @ManyToOne(() => MessageThread, { ref: true, nullable: true, deleteRule: 'cascade' })
  thread: Ref<MessageThread> | null = null;

  @ManyToOne(() => Message, { ref: true, nullable: true, deleteRule: 'cascade' })
  message: Ref<Message> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedByStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedByMember: Ref<PortalMember> | null = null;

  @Property({ type: 'string', length: 300 })
  storageKey!: string;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'string', length: 200 })
  contentType!: string;

  @Property({ type: new BigIntType('number') })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;
}

/** How far one reader (a staff member or a portal member) has read a thread: the unread counts. */
@Entity({ tableName: 'thread_read_state' })
@Unique({ properties: ['thread', 'member'] })
@Unique({ properties: ['thread', 'staffUser'] })
export class ThreadReadState extends BaseEntity {
  @ManyToOne(() => MessageThread, { ref: true, deleteRule: 'cascade' })
  thread!: Ref<MessageThread>;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'cascade' })
  member: Ref<PortalMember> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'cascade' })
  staffUser: Ref<StaffUser> | null = null;

  @Property({ type: 'timestamptz' })
  lastReadAt!: Date;
}
