import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Contact } from '../contacts/contact.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { PortalMember } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { Document, DocumentVersion, Folder, type MemberDenial } from './document.entity.js';
import {
  contactsWithoutPortalAccess,
  createFolder,
  deleteDocument,
  documentsOfMatter,
  foldersOfMatter,
  membersWhoMaySee,
  moveDocument,
  renameDocument,
  deleteFolder,
  moveFolder,
  renameFolder,
  setDenied,
  setDocumentShared,
  setFolderShared,
} from './document.service.js';

/** Where staff download a document (the current version unless a number is given). */
export function staffDownloadUrl(documentId: string, version?: number): string {
  return `/files/documents/${documentId}${version ? `?version=${version}` : ''}`;
}

/** Members a folder's or document's denials name, from the loaded denials. */
async function deniedMembers(ctx: GraphQLContext, item: { denials: { isInitialized(): boolean; init(): Promise<unknown>; getItems(): MemberDenial[] } }): Promise<PortalMember[]> {
  if (!item.denials.isInitialized()) await item.denials.init();
  const denials = item.denials.getItems();
  const unloaded = denials.filter((denial) => !denial.member.isInitialized()).map((denial) => denial.member.id);
  if (unloaded.length) await ctx.em.find(PortalMember, { id: { $in: unloaded } });
  return denials.map((denial) => denial.member.getEntity()).sort((a, b) => a.name.localeCompare(b.name));
}

async function sharedByOf(ctx: GraphQLContext, item: Folder | Document): Promise<StaffUser | null> {
  if (!item.sharedBy) return null;
  return item.sharedBy.isInitialized() ? item.sharedBy.getEntity() : ctx.em.findOne(StaffUser, { id: item.sharedBy.id });
}

/** A document's versions, newest first, from the loaded collection when it is there. */
async function versionsOf(document: Document): Promise<DocumentVersion[]> {
  if (!document.versions.isInitialized()) await document.versions.init();
  return document.versions.getItems().sort((a, b) => b.number - a.number);
}

async function currentVersionOf(document: Document): Promise<DocumentVersion | null> {
  return (await versionsOf(document)).find((version) => version.number === document.currentVersion) ?? null;
}

@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @FieldResolver(() => Float, { description: 'Size of the file in bytes.' })
  size(@Root() version: DocumentVersion): number {
    return version.sizeBytes;
  }

  @FieldResolver(() => String, { description: 'Where staff download this version.' })
  downloadUrl(@Root() version: DocumentVersion): string {
    return staffDownloadUrl(version.document.id, version.number);
  }

  @FieldResolver(() => String, { description: 'Who uploaded this version: a staff member or a portal member.' })
  async uploadedByName(@Root() version: DocumentVersion, @Ctx() ctx: GraphQLContext): Promise<string> {
    // Lists load the uploaders with the versions; a single version loads its own.
    const gone = 'Someone no longer with access';
    if (version.uploadedByStaff) {
      const staff = version.uploadedByStaff.isInitialized() ? version.uploadedByStaff.getEntity() : await ctx.em.findOne(StaffUser, { id: version.uploadedByStaff.id });
      return staff?.name ?? gone;
    }
    if (version.uploadedByMember) {
      const member = version.uploadedByMember.isInitialized() ? version.uploadedByMember.getEntity() : await ctx.em.findOne(PortalMember, { id: version.uploadedByMember.id });
      return member?.name ?? gone;
    }
    return gone;
  }
}

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The folder the document is in; null at the top of the matter.' })
  folderId(@Root() document: Document): string | null {
    return document.folder?.id ?? null;
  }

  @FieldResolver(() => ID, { description: 'The matter.' })
  matterId(@Root() document: Document): string {
    return document.matter.id;
  }

  @FieldResolver(() => [DocumentVersion], { description: 'Every version, newest first.' })
  versions(@Root() document: Document): Promise<DocumentVersion[]> {
    return versionsOf(document);
  }

  @FieldResolver(() => Float, { description: 'Size of the current version in bytes.' })
  async size(@Root() document: Document): Promise<number> {
    return (await currentVersionOf(document))?.sizeBytes ?? 0;
  }

  @FieldResolver(() => String, { description: 'Media type of the current version.' })
  async contentType(@Root() document: Document): Promise<string> {
    return (await currentVersionOf(document))?.contentType ?? 'application/octet-stream';
  }

  @FieldResolver(() => String, { description: 'Where staff download the current version.' })
  downloadUrl(@Root() document: Document): string {
    return staffDownloadUrl(document.id);
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'Who shared the document; null when it is not shared (or was shared by a client upload).' })
  sharedBy(@Root() document: Document, @Ctx() ctx: GraphQLContext): Promise<StaffUser | null> {
    return sharedByOf(ctx, document);
  }

  @FieldResolver(() => Boolean, { description: 'True when a client uploaded the document.' })
  uploadedByClient(@Root() document: Document): boolean {
    return document.uploadedByMember !== null;
  }

  @FieldResolver(() => [PortalMember], { description: 'Portal members this document is kept from although it is shared (S3).' })
  deniedTo(@Root() document: Document, @Ctx() ctx: GraphQLContext): Promise<PortalMember[]> {
    return deniedMembers(ctx, document);
  }
}

@Resolver(() => Folder)
export class FolderResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The folder this one is in; null at the top of the matter.' })
  parentId(@Root() folder: Folder): string | null {
    return folder.parent?.id ?? null;
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'Who shared the folder; null when it is not shared (or was made by a client upload).' })
  sharedBy(@Root() folder: Folder, @Ctx() ctx: GraphQLContext): Promise<StaffUser | null> {
    return sharedByOf(ctx, folder);
  }

  @FieldResolver(() => [PortalMember], { description: 'Portal members this folder, and all it holds, is kept from (S3).' })
  deniedTo(@Root() folder: Folder, @Ctx() ctx: GraphQLContext): Promise<PortalMember[]> {
    return deniedMembers(ctx, folder);
  }
}

@Resolver(() => Matter)
export class MatterDocumentsResolver {
  @FieldResolver(() => [Folder], { description: 'Folders of the matter, all levels, by name.' })
  folders(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<Folder[]> {
    requireStaff(ctx);
    return foldersOfMatter(ctx.em, matter.id);
  }

  @FieldResolver(() => [Document], { description: 'Documents of the matter (deleted ones left out), by name.' })
  documents(
    @Root() matter: Matter,
    @Arg('folderId', () => ID, { nullable: true, description: 'Only the documents directly in this folder; all of the matter when omitted.' }) folderId: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Document[]> {
    requireStaff(ctx);
    if (folderId && !isUuid(folderId)) return Promise.resolve([]);
    return documentsOfMatter(ctx.em, matter.id, folderId ?? null);
  }

  @FieldResolver(() => [PortalMember], { description: 'Members (invited or active) of the portals this matter is shared with: whom a folder or document can be denied to.' })
  portalMembers(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<PortalMember[]> {
    const staff = requireStaff(ctx);
    return membersWhoMaySee(ctx.em, staff.firm.id, matter.id);
  }
}

@InputType({ description: 'A new folder on a matter.' })
class CreateFolderInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => ID, { nullable: true, description: 'The folder to make it in; the top of the matter when omitted.' })
  parentId?: string | null;

  @Field(() => String, { description: 'Name of the folder.' })
  name!: string;
}

@InputType({ description: 'Renames a folder.' })
class RenameFolderInput {
  @Field(() => ID, { description: 'The folder.' })
  folderId!: string;

  @Field(() => String, { description: 'The new name.' })
  name!: string;
}

@InputType({ description: 'Where to move a folder.' })
class MoveFolderInput {
  @Field(() => ID, { description: 'The folder.' })
  folderId!: string;

  @Field(() => ID, { nullable: true, description: 'The folder to put it in; the top of the matter when omitted.' })
  parentId?: string | null;
}

@InputType({ description: 'Names one folder.' })
class FolderIdInput {
  @Field(() => ID, { description: 'The folder.' })
  folderId!: string;
}

@InputType({ description: 'Names one document.' })
class DocumentIdInput {
  @Field(() => ID, { description: 'The document.' })
  documentId!: string;
}

@InputType({ description: 'Renames a document.' })
class RenameDocumentInput {
  @Field(() => ID, { description: 'The document.' })
  documentId!: string;

  @Field(() => String, { description: 'The new name.' })
  name!: string;
}

@InputType({ description: 'Moves a document to another folder of its matter.' })
class MoveDocumentInput {
  @Field(() => ID, { description: 'The document.' })
  documentId!: string;

  @Field(() => ID, { nullable: true, description: 'The folder to move it to; the top of the matter when omitted.' })
  folderId?: string | null;
}

@InputType({ description: 'One folder or one document (exactly one of the two) and one portal member.' })
class MemberDenialInput {
  @Field(() => ID, { description: 'The portal member.' })
  memberId!: string;

  @Field(() => ID, { nullable: true, description: 'The folder (leave out when naming a document).' })
  folderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document (leave out when naming a folder).' })
  documentId?: string | null;
}

@ObjectType({ description: 'Result of deleteFolder.' })
class DeleteFolderPayload extends Payload {
  @Field(() => ID, { nullable: true, description: 'The ID of the folder that was deleted.' })
  deletedFolderId: string | null = null;
}

@ObjectType({ description: 'Result of a change to a folder.' })
class FolderPayload extends Payload {
  @Field(() => Folder, { nullable: true, description: 'The folder as it is now.' })
  folder: Folder | null = null;
}

@ObjectType({ description: 'Result of a change to a document.' })
class DocumentPayload extends Payload {
  @Field(() => Document, { nullable: true, description: 'The document as it is now.' })
  document: Document | null = null;
}

@ObjectType({ description: 'Result of sharing a document or folder.' })
class ShareItemPayload extends Payload {
  @Field(() => Document, { nullable: true, description: 'The document as it is now (when a document was shared).' })
  document: Document | null = null;

  @Field(() => Folder, { nullable: true, description: 'The folder as it is now (when a folder was shared).' })
  folder: Folder | null = null;

  @Field(() => [Contact], {
    description:
      "When no one can see the matter's shared items yet (no portal it is shared with has an active or invited member): the matter's client contacts, to offer inviting them (I2). Empty otherwise.",
  })
  portalsWithoutAccess: Contact[] = [];
}

@ObjectType({ description: 'Result of denying or allowing a folder or document to a member.' })
class MemberDenialPayload extends Payload {
  @Field(() => Folder, { nullable: true, description: 'The folder as it is now, when a folder was named.' })
  folder: Folder | null = null;

  @Field(() => Document, { nullable: true, description: 'The document as it is now, when a document was named.' })
  document: Document | null = null;
}

@Resolver()
export class DocumentMutations {
  @Mutation(() => FolderPayload, { description: 'Makes a folder on a matter. Any staff member of the firm.' })
  createFolder(@Arg('input', () => CreateFolderInput) input: CreateFolderInput, @Ctx() ctx: GraphQLContext): Promise<FolderPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new FolderPayload(), async (payload) => {
      payload.folder = await createFolder(ctx, staff, input);
    });
  }

  @Mutation(() => FolderPayload, { description: 'Renames a folder. A shared folder needs the share-items right.' })
  renameFolder(@Arg('input', () => RenameFolderInput) input: RenameFolderInput, @Ctx() ctx: GraphQLContext): Promise<FolderPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new FolderPayload(), async (payload) => {
      payload.folder = await renameFolder(ctx, staff, input);
    });
  }

  @Mutation(() => FolderPayload, { description: 'Moves a folder, with all it holds, within its matter. A shared folder needs the share-items right.' })
  moveFolder(@Arg('input', () => MoveFolderInput) input: MoveFolderInput, @Ctx() ctx: GraphQLContext): Promise<FolderPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new FolderPayload(), async (payload) => {
      payload.folder = await moveFolder(ctx, staff, input);
    });
  }

  @Mutation(() => DeleteFolderPayload, {
    description: 'Deletes an empty folder (CONFLICT while documents or folders are in it). A shared folder needs the share-items right.',
  })
  deleteFolder(@Arg('input', () => FolderIdInput) input: FolderIdInput, @Ctx() ctx: GraphQLContext): Promise<DeleteFolderPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DeleteFolderPayload(), async (payload) => {
      payload.deletedFolderId = await deleteFolder(ctx, staff, input.folderId);
    });
  }

  @Mutation(() => DocumentPayload, { description: 'Renames a document. A shared document needs the share-items right.' })
  renameDocument(@Arg('input', () => RenameDocumentInput) input: RenameDocumentInput, @Ctx() ctx: GraphQLContext): Promise<DocumentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DocumentPayload(), async (payload) => {
      payload.document = await renameDocument(ctx, staff, input);
    });
  }

  @Mutation(() => DocumentPayload, { description: 'Moves a document to another folder of its matter. A shared document needs the share-items right.' })
  moveDocument(@Arg('input', () => MoveDocumentInput) input: MoveDocumentInput, @Ctx() ctx: GraphQLContext): Promise<DocumentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DocumentPayload(), async (payload) => {
      payload.document = await moveDocument(ctx, staff, input);
    });
  }

  @Mutation(() => DocumentPayload, { description: 'Deletes a document: hidden from staff and clients, kept for the record. A shared document needs the share-items right.' })
  deleteDocument(@Arg('input', () => DocumentIdInput) input: DocumentIdInput, @Ctx() ctx: GraphQLContext): Promise<DocumentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DocumentPayload(), async (payload) => {
      payload.document = await deleteDocument(ctx, staff, input);
    });
  }

  @Mutation(() => ShareItemPayload, { description: 'Shares a document with the clients of its matter. Needs the share-items right (or admin).' })
  shareDocument(@Arg('input', () => DocumentIdInput) input: DocumentIdInput, @Ctx() ctx: GraphQLContext): Promise<ShareItemPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ShareItemPayload(), async (payload) => {
      payload.document = await setDocumentShared(ctx, staff, input.documentId, true);
      payload.portalsWithoutAccess = await contactsWithoutPortalAccess(ctx.em, payload.document.matter.id);
    });
  }

  @Mutation(() => DocumentPayload, { description: 'Stops sharing a document. Needs the share-items right (or admin).' })
  unshareDocument(@Arg('input', () => DocumentIdInput) input: DocumentIdInput, @Ctx() ctx: GraphQLContext): Promise<DocumentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DocumentPayload(), async (payload) => {
      payload.document = await setDocumentShared(ctx, staff, input.documentId, false);
    });
  }

  @Mutation(() => ShareItemPayload, {
    description: 'Shares a folder: clients see it as a folder. The documents in it show only when shared themselves. Needs the share-items right (or admin).',
  })
  shareFolder(@Arg('input', () => FolderIdInput) input: FolderIdInput, @Ctx() ctx: GraphQLContext): Promise<ShareItemPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ShareItemPayload(), async (payload) => {
      payload.folder = await setFolderShared(ctx, staff, input.folderId, true);
      payload.portalsWithoutAccess = await contactsWithoutPortalAccess(ctx.em, payload.folder.matter.id);
    });
  }

  @Mutation(() => FolderPayload, { description: 'Stops sharing a folder. Needs the share-items right (or admin).' })
  unshareFolder(@Arg('input', () => FolderIdInput) input: FolderIdInput, @Ctx() ctx: GraphQLContext): Promise<FolderPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new FolderPayload(), async (payload) => {
      payload.folder = await setFolderShared(ctx, staff, input.folderId, false);
    });
  }

  @Mutation(() => MemberDenialPayload, {
    description: 'Keeps a shared folder (with all it holds) or document from one member of a portal the matter is shared with (S3). Needs the share-items right (or admin).',
  })
  denyToMember(@Arg('input', () => MemberDenialInput) input: MemberDenialInput, @Ctx() ctx: GraphQLContext): Promise<MemberDenialPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MemberDenialPayload(), async (payload) => {
      Object.assign(payload, await setDenied(ctx, staff, input, true));
    });
  }

  @Mutation(() => MemberDenialPayload, { description: 'Lifts a denial made with denyToMember. Needs the share-items right (or admin).' })
  allowToMember(@Arg('input', () => MemberDenialInput) input: MemberDenialInput, @Ctx() ctx: GraphQLContext): Promise<MemberDenialPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new MemberDenialPayload(), async (payload) => {
      Object.assign(payload, await setDenied(ctx, staff, input, false));
    });
  }
}
