import { Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ClientPortal } from '../portals/client-portal.types.js';
import { documentsVisibleTo, type MemberDocuments } from './document-visibility.js';

@ObjectType({ description: 'A shared folder, as a portal member sees it.', simpleResolvers: true })
export class PortalFolder {
  @Field(() => ID, { description: 'The folder.' })
  id!: string;

  @Field(() => String, { description: 'Name of the folder.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The folder it is in, when that one shows too; null at the top of the matter.' })
  parentId!: string | null;

  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => String, { description: 'Name of the matter.' })
  matterName!: string;
}

@ObjectType({ description: 'A shared document, as a portal member sees it.', simpleResolvers: true })
export class PortalDocument {
  @Field(() => ID, { description: 'The document.' })
  id!: string;

  @Field(() => String, { description: 'Name of the document.' })
  name!: string;

  @Field(() => Float, { description: 'Size of the current version in bytes.' })
  size!: number;

  @Field(() => String, { description: 'Media type of the current version.' })
  contentType!: string;

  @Field(() => Int, { description: 'Number of the current version.' })
  version!: number;

  @Field(() => Date, { description: 'When the current version was uploaded.' })
  updatedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The folder it shows in; null at the top of the matter.' })
  folderId!: string | null;

  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => String, { description: 'Name of the matter.' })
  matterName!: string;

  @Field(() => Boolean, { description: 'True when this member uploaded it.' })
  uploadedByMe!: boolean;

  @Field(() => String, { description: "Where to download the current version (at the firm's portal address)." })
  downloadUrl!: string;
}

/** One computation per portal and request: folders and documents ask for the same view. */
const views = new WeakMap<ClientPortal, Promise<MemberDocuments>>();

function viewOf(portal: ClientPortal, ctx: GraphQLContext): Promise<MemberDocuments> {
  let view = views.get(portal);
  if (!view) {
    view = (async () => {
      if (!portal.membership.permissions.myDocuments) return { folders: [], documents: [] };
      return documentsVisibleTo(ctx.em, portal.membership, { sharedWith: portal.id });
    })();
    views.set(portal, view);
  }
  return view;
}

@Resolver(() => ClientPortal)
export class PortalDocumentsResolver {
  @FieldResolver(() => [PortalFolder], { description: 'Shared folders of the matters shared with the portal, by name; empty without the myDocuments permission.' })
  async folders(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<PortalFolder[]> {
    const view = await viewOf(portal, ctx);
    return view.folders;
  }

  @FieldResolver(() => [PortalDocument], {
    description: 'Shared documents of the matters shared with the portal that this member may see, by name; empty without the myDocuments permission.',
  })
  async documents(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<PortalDocument[]> {
    const view = await viewOf(portal, ctx);
    const slug = ctx.portalSlug ?? '';
    return view.documents.map((document) => ({
      id: document.id,
      name: document.name,
      size: document.current.sizeBytes,
      contentType: document.current.contentType,
      version: document.current.number,
      updatedAt: document.current.createdAt,
      folderId: document.folderId,
      matterId: document.matterId,
      matterName: document.matterName,
      uploadedByMe: document.uploadedByMemberId === portal.membership.id,
      downloadUrl: `/p/${encodeURIComponent(slug)}/files/documents/${document.id}`,
    }));
  }
}
