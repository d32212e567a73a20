import type { Em } from '../../db/orm.js';
import { queryPrepared } from '../../db/prepared.js';
import type { PortalMember } from '../portals/portal.entity.js';

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
  folders: VisibleFolder[];
  documents: VisibleDocument[];
}

/** The stored file behind a version: what a download sends. */
export interface StoredVersion {
  number: number;
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
}

export interface VisibleFolder {
  id: string;
  name: string;
  matterId: string;
  matterName: string;
  /** The folder above, when that one shows too. */
  parentId: string | null;
}

export interface VisibleDocument {
  id: string;
  name: string;
  matterId: string;
  matterName: string;
  /** Its folder, when that one shows. */
  folderId: string | null;
  uploadedByMemberId: string | null;
  current: StoredVersion;
}

const NOTHING: MemberDocuments = { folders: [], documents: [] };

/**
 * The member's view of the given matters (already known to be shared with the member's portal),
 * or of those shared with a portal, in one statement whatever their size. With `documentId`,
 * only that document is looked at. This is the client's Files list, read as plain rows rather than entities: it is on the
 * portal's hot path.
 */
export async function documentsVisibleTo(em: Em, member: PortalMember, matters: readonly string[] | { sharedWith: string }, documentId?: string): Promise<MemberDocuments> {
  if (!member.permissions.myDocuments) return NOTHING;
  // The matters: given, or those shared with a portal (read inside each statement, which saves
  // the client's Files list a round trip).
  let marks: string;
  let matterParams: unknown[];
  if ('sharedWith' in matters) {
    marks = 'select pm.matter_id from portal_matter pm join matter sm on sm.id = pm.matter_id where pm.portal_id = ? and sm.archived_at is null';
    matterParams = [matters.sharedWith];
  } else {
    if (matters.length === 0) return NOTHING;
    // One array, so that the text (prepared once) is the same however many matters there are.
    marks = 'select unnest(?::uuid[])';
    matterParams = [[...matters]];
  }
  // Both lists in one statement, as two JSON arrays.
  const [lists] = await queryPrepared<{ folders: FolderRow[]; documents: DocumentRow[] }>(
    em,
    `select
       (select coalesce(json_agg(json_build_object(
                 'id', f.id, 'name', f.name, 'parent_id', f.parent_id, 'shared', f.shared_at is not null,
                 'matter_id', f.matter_id, 'matter_name', m.name,
                 'denied', exists (select 1 from member_denial x where x.member_id = ? and x.folder_id = f.id))
               order by f.name, f.id), '[]')
          from folder f join matter m on m.id = f.matter_id
         where f.matter_id in (${marks})) as folders,
       (select coalesce(json_agg(json_build_object(
                 'id', d.id, 'name', d.name, 'folder_id', d.folder_id, 'matter_id', d.matter_id, 'matter_name', m.name,
                 'uploaded_by_member_id', d.uploaded_by_member_id, 'number', v.number, 'storage_key', v.storage_key,
                 'file_name', v.file_name, 'content_type', v.content_type, 'size_bytes', v.size_bytes, 'created_at', v.created_at)
               order by d.name, d.id), '[]')
          from document d
          join matter m on m.id = d.matter_id
          join document_version v on v.document_id = d.id and v.number = d.current_version
         where d.matter_id in (${marks}) and d.shared_at is not null and d.deleted_at is null
           ${documentId ? 'and d.id = ?' : ''}
           and not exists (select 1 from member_denial x where x.member_id = ? and x.document_id = d.id)) as documents`,
    [member.id, ...matterParams, ...matterParams, ...(documentId ? [documentId] : []), member.id],
  );
  const folders = lists?.folders ?? [];
  const documents = lists?.documents ?? [];
  const byId = new Map(folders.map((folder) => [folder.id, folder]));

  // A folder is closed to the member when it or any folder above it is denied. Parents are
  // followed through the loaded rows; the seen set guards against a cycle in bad data.
  const closed = new Map<string, boolean>();
  const isClosed = (folderId: string): boolean => {
    const known = closed.get(folderId);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    let cursor: FolderRow | undefined = byId.get(folderId);
    let result = false;
    while (cursor && !seen.has(cursor.id)) {
      seen.add(cursor.id);
      if (cursor.denied || closed.get(cursor.id) === true) {
        result = true;
        break;
      }
      cursor = cursor.parent_id ? byId.get(cursor.parent_id) : undefined;
    }
    closed.set(folderId, result);
    return result;
  };
  const shownFolderIds = new Set(folders.filter((folder) => folder.shared && !isClosed(folder.id)).map((folder) => folder.id));
  const shown = (folderId: string | null) => (folderId && shownFolderIds.has(folderId) ? folderId : null);

  return {
    folders: folders
      .filter((folder) => shownFolderIds.has(folder.id))
      .map((folder) => ({ id: folder.id, name: folder.name, matterId: folder.matter_id, matterName: folder.matter_name, parentId: shown(folder.parent_id) })),
    documents: documents
      .filter((document) => !(document.folder_id && isClosed(document.folder_id)))
      .map((document) => ({
        id: document.id,
        name: document.name,
        matterId: document.matter_id,
        matterName: document.matter_name,
        folderId: shown(document.folder_id),
        uploadedByMemberId: document.uploaded_by_member_id,
        current: {
          number: document.number,
          storageKey: document.storage_key,
          fileName: document.file_name,
          contentType: document.content_type,
          sizeBytes: Number(document.size_bytes),
          createdAt: new Date(document.created_at),
        },
      })),
  };
}

interface FolderRow {
  id: string;
  name: string;
  parent_id: string | null;
  shared: boolean;
  matter_id: string;
  matter_name: string;
  denied: boolean;
}

interface DocumentRow {
  id: string;
  name: string;
  folder_id: string | null;
  matter_id: string;
  matter_name: string;
  uploaded_by_member_id: string | null;
  number: number;
  storage_key: string;
  file_name: string;
  content_type: string;
  size_bytes: string | number;
  created_at: Date | string;
}
