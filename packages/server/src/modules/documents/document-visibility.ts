import type { Em } from '../../db/orm.js';
import type { Matter } from '../matters/matter.entity.js';
import type { PortalMember } from '../portals/portal.entity.js';
import { Document, DocumentVersion, Folder, MemberDenial } from './document.entity.js';

/**
 * What one portal member sees of the documents of the matters shared with their portal.
 *
 * The rule, kept simple on purpose:
 * - a document shows when it is shared itself (sharing a folder does not share what is in it),
 *   is not deleted, and neither it nor any folder above it is denied to the member;
 * - a folder shows (as a folder, to group documents) when it is shared and neither it nor any
 *   folder above it is denied to the member;
 * - nothing shows to a member without the myDocuments permission.
 * A shared document in a folder that does not show appears at the top of its matter.
 */
export interface MemberDocuments {
  folders: { folder: Folder; matter: Matter; parentId: string | null }[];
  documents: { document: Document; matter: Matter; folderId: string | null; current: DocumentVersion }[];
}

const NOTHING: MemberDocuments = { folders: [], documents: [] };

/**
 * The member's view of the given matters (already known to be shared with the member's portal),
 * in a constant number of statements. With `documentId`, only that document is looked at.
 */
export async function documentsVisibleTo(em: Em, member: PortalMember, matterIds: readonly string[], documentId?: string): Promise<MemberDocuments> {
  if (!member.permissions.myDocuments || matterIds.length === 0) return NOTHING;
  const matters = { $in: [...matterIds] };
  const folders = await em.find(Folder, { matter: matters }, { populate: ['matter'], orderBy: { name: 'asc', id: 'asc' } });
  const denials = await em.find(MemberDenial, { member: member.id });
  const documents = await em.find(
    Document,
    { matter: matters, sharedAt: { $ne: null }, deletedAt: null, ...(documentId ? { id: documentId } : {}) },
    { populate: ['matter'], orderBy: { name: 'asc', id: 'asc' } },
  );
  const deniedFolderIds = new Set(denials.flatMap((denial) => (denial.folder ? [denial.folder.id] : [])));
  const deniedDocumentIds = new Set(denials.flatMap((denial) => (denial.document ? [denial.document.id] : [])));
  const byId = new Map(folders.map((folder) => [folder.id, folder]));

  // A folder is closed to the member when it or any folder above it is denied. Parents are
  // followed through the loaded rows; the seen set guards against a cycle in bad data.
  const closed = new Map<string, boolean>();
  const isClosed = (folderId: string): boolean => {
    const known = closed.get(folderId);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    let cursor: Folder | undefined = byId.get(folderId);
    let result = false;
    while (cursor && !seen.has(cursor.id)) {
      seen.add(cursor.id);
      if (deniedFolderIds.has(cursor.id) || closed.get(cursor.id) === true) {
        result = true;
        break;
      }
      cursor = cursor.parent ? byId.get(cursor.parent.id) : undefined;
    }
    closed.set(folderId, result);
    return result;
  };
  const shows = (folder: Folder) => folder.sharedAt !== null && !isClosed(folder.id);
  const shownFolderIds = new Set(folders.filter(shows).map((folder) => folder.id));

  const visibleDocuments = documents.filter((document) => !deniedDocumentIds.has(document.id) && !(document.folder && isClosed(document.folder.id)));
  const versions = visibleDocuments.length
    ? await em.find(DocumentVersion, { document: { $in: visibleDocuments.map((document) => document.id) } })
    : [];
  const current = new Map<string, DocumentVersion>();
  const currentNumber = new Map(visibleDocuments.map((document) => [document.id, document.currentVersion]));
  for (const version of versions) {
    if (currentNumber.get(version.document.id) === version.number) current.set(version.document.id, version);
  }

  return {
    folders: folders
      .filter((folder) => shownFolderIds.has(folder.id))
      .map((folder) => ({
        folder,
        matter: folder.matter.getEntity(),
        parentId: folder.parent && shownFolderIds.has(folder.parent.id) ? folder.parent.id : null,
      })),
    documents: visibleDocuments.flatMap((document) => {
      const version = current.get(document.id);
      if (!version) return [];
      return [{ document, matter: document.matter.getEntity(), folderId: document.folder && shownFolderIds.has(document.folder.id) ? document.folder.id : null, current: version }];
    }),
  };
}
