import { BigIntType, Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/** The folder client uploads land in, made at the top of a matter the first time a client uploads. */
export const CLIENT_UPLOADS_FOLDER = 'Client uploads';

/**
 * A folder of a matter's documents. Shared folders show to clients as folders; whether a
 * document shows depends on the document's own sharing (and on denials of it or its folders).
 */
@Entity({ tableName: 'folder' })
@Index({ properties: ['matter'] })
@Index({ properties: ['parent'] })
@ObjectType({ description: "A folder of a matter's documents." })
export class Folder extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  /** The folder it is in; null at the top of the matter. */
  @ManyToOne(() => Folder, { ref: true, nullable: true, deleteRule: 'cascade' })
  parent: Ref<Folder> | null = null;

  @Field(() => String, { description: 'Name of the folder.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Date, { nullable: true, description: 'When the folder was shared with the clients of the matter; null when it is not shared.' })
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdByStaff: Ref<StaffUser> | null = null;

  @OneToMany(() => MemberDenial, (denial) => denial.folder)
  denials = new Collection<MemberDenial>(this);
}

/** A document of a matter: a name and its versions, the last of which is current. */
@Entity({ tableName: 'document' })
@Index({ properties: ['matter', 'deletedAt'] })
@Index({ properties: ['folder'] })
@ObjectType({ description: "A document of a matter, with its versions." })
export class Document extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  @ManyToOne(() => Folder, { ref: true, nullable: true, deleteRule: 'set null' })
  folder: Ref<Folder> | null = null;

  @Field(() => String, { description: 'Name of the document (the file name of its first version unless renamed).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Int, { description: 'Number of the current version (1 for a document never replaced).' })
  @Property({ type: 'integer' })
  currentVersion: number & Opt = 1;

  @Field(() => Date, { nullable: true, description: 'When the document was shared with the clients of the matter; null when it is not shared.' })
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;

  /** Who uploaded the first version: a staff member or a portal member (one of the two). */
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedByStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedByMember: Ref<PortalMember> | null = null;

  /** Set when deleted: the document is hidden everywhere but its rows and files are kept. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  @OneToMany(() => DocumentVersion, (version) => version.document)
  versions = new Collection<DocumentVersion>(this);

  @OneToMany(() => MemberDenial, (denial) => denial.document)
  denials = new Collection<MemberDenial>(this);
}

/** One uploaded file of a document. Files are written once: a new version is a new stored file. */
@Entity({ tableName: 'document_version' })
@Unique({ properties: ['document', 'number'] })
@ObjectType({ description: 'One uploaded version of a document.' })
export class DocumentVersion extends BaseEntity {
  @ManyToOne(() => Document, { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  @Field(() => Int, { description: 'Version number, from 1.' })
  @Property({ type: 'integer' })
  number!: number;

  /** Where the file is in storage; chosen by Atrium, never shown. */
  @Property({ type: 'string', length: 300 })
  storageKey!: string;

  @Field(() => String, { description: 'Name of the file as it was uploaded.' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: 'Media type of the file, e.g. application/pdf.' })
  @Property({ type: 'string', length: 200 })
  contentType!: string;

  @Property({ type: new BigIntType('number') })
  sizeBytes!: number;

  @Field(() => String, { description: 'Hex SHA-256 of the content.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedByStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedByMember: Ref<PortalMember> | null = null;
}

/**
 * A folder or a document kept from one portal member although it is shared (S3). A denied
 * folder hides everything in it, sub-folders included, from that member.
 */
@Entity({ tableName: 'member_denial' })
@Unique({ properties: ['member', 'folder'] })
@Unique({ properties: ['member', 'document'] })
@Index({ properties: ['folder'] })
@Index({ properties: ['document'] })
@Check({ name: 'member_denial_one_item', expression: '(folder_id is null) <> (document_id is null)' })
export class MemberDenial extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => PortalMember, { ref: true, deleteRule: 'cascade' })
  member!: Ref<PortalMember>;

  @ManyToOne(() => Folder, { ref: true, nullable: true, deleteRule: 'cascade' })
  folder: Ref<Folder> | null = null;

  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'cascade' })
  document: Ref<Document> | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  deniedBy: Ref<StaffUser> | null = null;
}
