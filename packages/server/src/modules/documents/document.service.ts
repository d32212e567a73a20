import { ref } from '@mikro-orm/core';
import { z } from 'zod';
import type { Em } from '../../db/orm.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import type { Contact } from '../contacts/contact.entity.js';
import { MatterParticipant, ParticipantRole } from '../matters/matter.entity.js';
import { MemberStatus, PortalMatter, PortalMember } from '../portals/portal.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { matterOfFirm, requireShareRight } from '../matters/matter-item.js';
import { Document, Folder, MemberDenial } from './document.entity.js';

export const itemNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(200, 'Use at most 200 characters.')
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f/\\]/.test(name), 'A name cannot contain slashes or control characters.');

export async function folderOfFirm(em: Em, firmId: string, folderId: string, field = 'folderId'): Promise<Folder> {
  const folder = isUuid(folderId) ? await em.findOne(Folder, { id: folderId, firm: firmId }) : null;
  if (!folder) throw notFound('folder', [field]);
  return folder;
}

/** A document of the firm that is not deleted, or NOT_FOUND. */
export async function documentOfFirm(em: Em, firmId: string, documentId: string, field = 'documentId'): Promise<Document> {
  const document = isUuid(documentId) ? await em.findOne(Document, { id: documentId, firm: firmId, deletedAt: null }) : null;
  if (!document) throw notFound('document', [field]);
  return document;
}

/** The folders of a matter (all levels), by name. */
export function foldersOfMatter(em: Em, matterId: string): Promise<Folder[]> {
  return em.find(Folder, { matter: matterId }, { populate: ['sharedBy', 'denials.member'], orderBy: { name: 'asc', id: 'asc' } });
}

/** The documents of a matter that are not deleted, with what their fields need loaded at once. */
export function documentsOfMatter(em: Em, matterId: string, folderId: string | null): Promise<Document[]> {
  return em.find(
    Document,
    { matter: matterId, deletedAt: null, ...(folderId ? { folder: folderId } : {}) },
    { populate: ['versions.uploadedByStaff', 'versions.uploadedByMember', 'sharedBy', 'denials.member'], orderBy: { name: 'asc', id: 'asc' } },
  );
}

/** Loads what a payload's folder or document fields read, in a few statements. */
function loadForFields(em: Em, item: Document): Promise<Document>;
function loadForFields(em: Em, item: Folder): Promise<Folder>;
async function loadForFields(em: Em, item: Document | Folder): Promise<Document | Folder> {
  if (item instanceof Document) {
    await em.populate(item, ['versions.uploadedByStaff', 'versions.uploadedByMember', 'sharedBy', 'denials.member'], { refresh: true });
  } else {
    await em.populate(item, ['sharedBy', 'denials.member'], { refresh: true });
  }
  return item;
}

/** Checks that a folder may hold things of the matter: same matter (and, for a move, not inside itself). */
async function parentFolderFor(em: Em, firmId: string, matterId: string, folderId: string | null | undefined, field: string): Promise<Folder | null> {
  if (!folderId) return null;
  const folder = await folderOfFirm(em, firmId, folderId, field);
  if (folder.matter.id !== matterId) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'That folder belongs to another matter.', [field]);
  return folder;
}

export async function createFolder(ctx: GraphQLContext, staff: StaffUser, input: { matterId: string; parentId?: string | null; name: string }): Promise<Folder> {
  const name = parseInput(z.object({ name: itemNameSchema }), { name: input.name }).name;
  const em = ctx.em;
  const matter = await matterOfFirm(em, staff.firm.id, input.matterId);
  const parent = await parentFolderFor(em, staff.firm.id, matter.id, input.parentId, 'parentId');
  const folder = em.create(Folder, { firm: staff.firm.id, matter, parent, name, createdByStaff: staff });
  await em.flush();
  return loadForFields(em, folder);
}

export async function renameFolder(ctx: GraphQLContext, staff: StaffUser, input: { folderId: string; name: string }): Promise<Folder> {
  const name = parseInput(z.object({ name: itemNameSchema }), { name: input.name }).name;
  const folder = await folderOfFirm(ctx.em, staff.firm.id, input.folderId);
  if (folder.sharedAt) requireShareRight(staff, 'This folder is shared with clients; renaming it needs the right to share items.');
  folder.name = name;
  await ctx.em.flush();
  return loadForFields(ctx.em, folder);
}

/** Logs that staff deleted something clients could see (ITEM_UNSHARED on its matter); written with the next flush. */
function logSharedDeletion(ctx: GraphQLContext, staff: StaffUser, matterId: string, what: string): void {
  recordActivity(ctx.em, {
    firmId: staff.firm.id,
    action: ActivityAction.ITEM_UNSHARED,
    actor: { kind: 'staff', staff },
    matterId,
    summary: `${staff.name} deleted the shared ${what}.`,
    at: ctx.clock.now(),
    ip: ctx.ip,
  });
}

/**
 * Moves a folder (with all it holds) under another folder of its matter, or to the top of the
 * matter; never into itself or a folder of its own. A shared folder needs the share-items right.
 */
export async function moveFolder(ctx: GraphQLContext, staff: StaffUser, input: { folderId: string; parentId?: string | null }): Promise<Folder> {
  const folder = await folderOfFirm(ctx.em, staff.firm.id, input.folderId);
  if (folder.sharedAt) requireShareRight(staff, 'This folder is shared with clients; moving it needs the right to share items.');
  const parent = await parentFolderFor(ctx.em, staff.firm.id, folder.matter.id, input.parentId, 'parentId');
  if (parent) {
    // Up from the new parent to the top of the matter: the folder itself must not be on the way.
    const [row] = await ctx.em.execute<{ inside: boolean }[]>(
      `with recursive up as (
         select id, parent_id, 1 as depth from folder where id = ?
         union all
         select f.id, f.parent_id, up.depth + 1 from folder f join up on f.id = up.parent_id where up.depth < 1000
       )
       select exists (select 1 from up where id = ?) as inside`,
      [parent.id, folder.id],
    );
    if (row?.inside) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'A folder cannot go inside itself or one of its own folders.', ['parentId']);
  }
  folder.parent = parent ? ref(parent) : null;
  await ctx.em.flush();
  return loadForFields(ctx.em, folder);
}

/**
 * Deletes an empty folder (no folders or documents left in it; deleted documents do not count and
 * keep their record at the top of the matter). A shared folder needs the share-items right.
 */
export async function deleteFolder(ctx: GraphQLContext, staff: StaffUser, folderId: string): Promise<string> {
  const folder = await folderOfFirm(ctx.em, staff.firm.id, folderId);
  if (folder.sharedAt) requireShareRight(staff, 'This folder is shared with clients; deleting it needs the right to share items.');
  const [inside] = await ctx.em.execute<{ folders: number; documents: number }[]>(
    `select (select count(*)::int from folder f where f.parent_id = ?) as folders,
            (select count(*)::int from document d where d.folder_id = ? and d.deleted_at is null) as documents`,
    [folder.id, folder.id],
  );
  const folders = inside?.folders ?? 0;
  const documents = inside?.documents ?? 0;
  if (folders > 0 || documents > 0) {
    const what = [documents ? `${documents} document${documents === 1 ? '' : 's'}` : '', folders ? `${folders} folder${folders === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
    throw UserFacingError.of(UserErrorCode.CONFLICT, `${folder.name} still holds ${what}; move or delete them first.`, ['folderId']);
  }
  if (folder.sharedAt) logSharedDeletion(ctx, staff, folder.matter.id, `folder ${folder.name}`);
  const id = folder.id;
  ctx.em.remove(folder);
  await ctx.em.flush();
  return id;
}

export async function renameDocument(ctx: GraphQLContext, staff: StaffUser, input: { documentId: string; name: string }): Promise<Document> {
  const name = parseInput(z.object({ name: itemNameSchema }), { name: input.name }).name;
  const document = await documentOfFirm(ctx.em, staff.firm.id, input.documentId);
  if (document.sharedAt) requireShareRight(staff, 'This document is shared with clients; renaming it needs the right to share items.');
  document.name = name;
  await ctx.em.flush();
  return loadForFields(ctx.em, document);
}

export async function moveDocument(ctx: GraphQLContext, staff: StaffUser, input: { documentId: string; folderId?: string | null }): Promise<Document> {
  const document = await documentOfFirm(ctx.em, staff.firm.id, input.documentId);
  if (document.sharedAt) requireShareRight(staff, 'This document is shared with clients; moving it needs the right to share items.');
  const folder = await parentFolderFor(ctx.em, staff.firm.id, document.matter.id, input.folderId, 'folderId');
  document.folder = folder ? ref(folder) : null;
  await ctx.em.flush();
  return loadForFields(ctx.em, document);
}

/** Hides a document everywhere; its rows and files stay (they may be needed for the record). */
export async function deleteDocument(ctx: GraphQLContext, staff: StaffUser, input: { documentId: string }): Promise<Document> {
  const document = await documentOfFirm(ctx.em, staff.firm.id, input.documentId);
  if (document.sharedAt) requireShareRight(staff, 'This document is shared with clients; deleting it needs the right to share items.');
  document.deletedAt = ctx.clock.now();
  if (document.sharedAt) logSharedDeletion(ctx, staff, document.matter.id, `document ${document.name}`);
  await ctx.em.flush();
  return loadForFields(ctx.em, document);
}

export async function setDocumentShared(ctx: GraphQLContext, staff: StaffUser, documentId: string, shared: boolean): Promise<Document> {
  requireShareRight(staff, shared ? 'You do not have the right to share documents with clients.' : 'You do not have the right to stop sharing documents.');
  const document = await documentOfFirm(ctx.em, staff.firm.id, documentId);
  if ((document.sharedAt !== null) !== shared) {
    const now = ctx.clock.now();
    document.sharedAt = shared ? now : null;
    document.sharedBy = shared ? ref(staff) : null;
    recordActivity(ctx.em, {
      firmId: staff.firm.id,
      action: shared ? ActivityAction.ITEM_SHARED : ActivityAction.ITEM_UNSHARED,
      actor: { kind: 'staff', staff },
      matterId: document.matter.id,
      summary: shared ? `${staff.name} shared the document ${document.name}.` : `${staff.name} stopped sharing the document ${document.name}.`,
      at: now,
      ip: ctx.ip,
    });
    await ctx.em.flush();
  }
  return loadForFields(ctx.em, document);
}

export async function setFolderShared(ctx: GraphQLContext, staff: StaffUser, folderId: string, shared: boolean): Promise<Folder> {
  requireShareRight(staff, shared ? 'You do not have the right to share folders with clients.' : 'You do not have the right to stop sharing folders.');
  const folder = await folderOfFirm(ctx.em, staff.firm.id, folderId);
  if ((folder.sharedAt !== null) !== shared) {
    const now = ctx.clock.now();
    folder.sharedAt = shared ? now : null;
    folder.sharedBy = shared ? ref(staff) : null;
    recordActivity(ctx.em, {
      firmId: staff.firm.id,
      action: shared ? ActivityAction.ITEM_SHARED : ActivityAction.ITEM_UNSHARED,
      actor: { kind: 'staff', staff },
      matterId: folder.matter.id,
      summary: shared ? `${staff.name} shared the folder ${folder.name}.` : `${staff.name} stopped sharing the folder ${folder.name}.`,
      at: now,
      ip: ctx.ip,
    });
    await ctx.em.flush();
  }
  return loadForFields(ctx.em, folder);
}

export interface DenialTarget {
  memberId: string;
  folderId?: string | null;
  documentId?: string | null;
}

/**
 * Denies (or allows again) one folder or document to one member of a portal the matter is
 * shared with (S3). Denying twice, or allowing what is not denied, changes nothing.
 */
export async function setDenied(ctx: GraphQLContext, staff: StaffUser, target: DenialTarget, denied: boolean): Promise<{ folder: Folder | null; document: Document | null }> {
  requireShareRight(staff, 'You do not have the right to change who sees shared items.');
  if (Boolean(target.folderId) === Boolean(target.documentId)) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'Name either a folder or a document.', [target.folderId ? 'documentId' : 'folderId']);
  }
  const em = ctx.em;
  const firmId = staff.firm.id;
  const folder = target.folderId ? await folderOfFirm(em, firmId, target.folderId) : null;
  const document = target.documentId ? await documentOfFirm(em, firmId, target.documentId) : null;
  const item = (folder ?? document)!;
  const matterId = item.matter.id;
  const member = isUuid(target.memberId) ? await em.findOne(PortalMember, { id: target.memberId, firm: firmId }, { populate: ['portal.contact'] }) : null;
  if (!member) throw notFound('portal member', ['memberId']);
  const sharedWithPortal = await em.count(PortalMatter, { portal: member.portal.id, matter: matterId });
  if (!sharedWithPortal) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, `${member.name} is not a member of a portal this matter is shared with.`, ['memberId']);
  }
  const where = { member: member.id, ...(folder ? { folder: folder.id } : { document: document!.id }) };
  const existing = await em.findOne(MemberDenial, where);
  const what = folder ? `the folder ${folder.name}` : `the document ${document!.name}`;
  if (denied && !existing) {
    em.create(MemberDenial, { firm: firmId, member, folder, document, deniedBy: staff });
  } else if (!denied && existing) {
    em.remove(existing);
  } else {
    return { folder: folder && (await loadForFields(em, folder)), document: document && (await loadForFields(em, document)) };
  }
  recordActivity(em, {
    firmId,
    action: denied ? ActivityAction.ACCESS_DENIED_TO_MEMBER : ActivityAction.ACCESS_RESTORED_TO_MEMBER,
    actor: { kind: 'staff', staff },
    matterId,
    portalId: member.portal.id,
    memberId: member.id,
    summary: denied ? `${staff.name} kept ${what} from ${member.name}.` : `${staff.name} let ${member.name} see ${what} again.`,
    at: ctx.clock.now(),
    ip: ctx.ip,
  });
  await em.flush();
  return { folder: folder && (await loadForFields(em, folder)), document: document && (await loadForFields(em, document)) };
}

/**
 * I2: when no portal the matter is shared with has an active or invited member, the matter's
 * client contacts, so that staff sharing something can be offered to invite them. Empty
 * otherwise: someone can already see what is shared.
 */
export async function contactsWithoutPortalAccess(em: Em, matterId: string): Promise<Contact[]> {
  const reachable = await em.count(PortalMember, {
    status: { $in: [MemberStatus.ACTIVE, MemberStatus.PENDING] },
    portal: { $in: (await em.find(PortalMatter, { matter: matterId }, { fields: ['portal'] })).map((row) => row.portal.id) },
  });
  if (reachable > 0) return [];
  const participants = await em.find(
    MatterParticipant,
    { matter: matterId, role: ParticipantRole.CLIENT, contact: { archivedAt: null } },
    { populate: ['contact'], orderBy: { contact: { sortName: 'asc' } } },
  );
  return participants.map((participant) => participant.contact.getEntity());
}

/** The members of the portals a matter is shared with: who may be denied an item of it. */
export async function membersWhoMaySee(em: Em, firmId: string, matterId: string): Promise<PortalMember[]> {
  const portals = (await em.find(PortalMatter, { matter: matterId, firm: firmId }, { fields: ['portal'] })).map((row) => row.portal.id);
  if (portals.length === 0) return [];
  return em.find(PortalMember, { portal: { $in: portals }, status: { $ne: MemberStatus.DISABLED } }, { orderBy: { name: 'asc', id: 'asc' } });
}
