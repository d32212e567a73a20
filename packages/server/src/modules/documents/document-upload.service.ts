import { LockMode, ref } from '@mikro-orm/core';
import type { Readable } from 'node:stream';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserErrorCode, UserFacingError, notAllowed, notFound } from '../../graphql/user-error.js';
import { receiveUpload, type StoredUpload } from '../../storage/receive-upload.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import { refuseWhileViewing, sharedMatterIds, type PortalAccess } from '../portals/portal-access.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { CLIENT_UPLOADS_FOLDER, Document, DocumentVersion, Folder } from './document.entity.js';
import { cleanFileName } from '../../storage/receive-upload.js';
import { matterOfFirm, mayShareItems } from '../matters/matter-item.js';
import { documentOfFirm, folderOfFirm } from './document.service.js';
import { isUuid } from '../../graphql/ids.js';

/** The file as the request carries it: its body, streamed, and what the headers say of it. */
export interface IncomingFile {
  body: Readable;
  fileName: string;
  contentType: string | null;
  declaredSize: number | null;
}

export interface UploadedDocument {
  document: Document;
  version: DocumentVersion;
}

const MEGABYTE = 1024 * 1024;

async function store(ctx: GraphQLContext, firmId: string, file: IncomingFile): Promise<StoredUpload> {
  const settings = await portalSettingsOf(ctx.em, firmId);
  return receiveUpload(
    ctx.storage,
    file.body,
    { fileName: file.fileName, contentType: file.contentType, declaredSize: file.declaredSize },
    { maxBytes: settings.uploadMaxMegabytes * MEGABYTE, allowedTypes: settings.allowedFileTypes },
    `firms/${firmId}/documents`,
  );
}

/**
 * Writes the rows for a stored file, or removes the file when they cannot be written: the rows
 * and the file exist together or not at all.
 */
async function keepTogether<T>(ctx: GraphQLContext, stored: StoredUpload, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    await ctx.storage.remove(stored.key).catch((removal: unknown) => ctx.logger.warn({ err: removal, key: stored.key }, 'could not remove an orphan upload'));
    throw error;
  }
}

export interface StaffUploadOptions {
  matterId: string;
  folderId: string | null;
  /** Set for a new version of this document. */
  documentId: string | null;
  share: boolean;
}

/** A staff upload: a new document of a matter, or a new version of one of its documents. */
export async function uploadAsStaff(ctx: GraphQLContext, staff: StaffUser, options: StaffUploadOptions, file: IncomingFile): Promise<UploadedDocument> {
  const firmId = staff.firm.id;
  // Every check that needs no file comes first, so a refused upload is never stored.
  const matter = await matterOfFirm(ctx.em, firmId, options.matterId);
  const folder = options.folderId ? await folderOfFirm(ctx.em, firmId, options.folderId) : null;
  if (folder && folder.matter.id !== matter.id) throw notFound('folder', ['folderId']);
  const existing = options.documentId ? await documentOfFirm(ctx.em, firmId, options.documentId) : null;
  if (existing && existing.matter.id !== matter.id) throw notFound('document', ['documentId']);
  if (options.share && !mayShareItems(staff)) throw notAllowed('You do not have the right to share documents with clients.');
  if (existing?.sharedAt && !mayShareItems(staff)) throw notAllowed('This document is shared with clients; a new version needs the right to share items.');

  const stored = await store(ctx, firmId, file);
  return keepTogether(ctx, stored, () =>
    ctx.em.transactional(async (em) => {
      const now = ctx.clock.now();
      let document: Document;
      if (existing) {
        // Locked so that two new versions at once get different numbers.
        document = await em.findOneOrFail(Document, { id: existing.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (document.deletedAt) throw notFound('document', ['documentId']);
        document.currentVersion += 1;
      } else {
        document = em.create(Document, { firm: firmId, matter: matter.id, folder: folder?.id ?? null, name: stored.fileName, uploadedByStaff: staff.id });
      }
      if (options.share && !document.sharedAt) {
        document.sharedAt = now;
        document.sharedBy = ref(staff);
      }
      const version = em.create(DocumentVersion, {
        document,
        number: document.currentVersion,
        storageKey: stored.key,
        fileName: stored.fileName,
        contentType: stored.contentType,
        sizeBytes: stored.size,
        sha256: stored.sha256,
        uploadedByStaff: staff.id,
      });
      recordActivity(em, {
        firmId,
        action: ActivityAction.DOCUMENT_UPLOADED,
        actor: { kind: 'staff', staff },
        matterId: matter.id,
        summary: existing ? `${staff.name} uploaded version ${version.number} of ${document.name}.` : `${staff.name} uploaded ${document.name}.`,
        at: now,
        ip: ctx.ip,
      });
      if (options.share) {
        recordActivity(em, {
          firmId,
          action: ActivityAction.ITEM_SHARED,
          actor: { kind: 'staff', staff },
          matterId: matter.id,
          summary: `${staff.name} shared the document ${document.name}.`,
          at: now,
          ip: ctx.ip,
        });
      }
      await em.flush();
      return { document, version };
    }),
  );
}

/**
 * A client upload to a matter shared with their portal (S6): shared at once (the client and
 * the other members see it) and kept in the matter's "Client uploads" folder, made on demand.
 */
export async function uploadAsClient(ctx: GraphQLContext, access: PortalAccess, matterId: string, file: IncomingFile): Promise<UploadedDocument> {
  refuseWhileViewing(access);
  if (!access.permissions.myDocuments) throw notAllowed('You cannot upload files in this portal.');
  if (!isUuid(matterId) || !(await sharedMatterIds(ctx, access.portalId)).includes(matterId)) throw notFound('matter', ['matterId']);
  if (!cleanFileName(file.fileName)) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'The file has no name.', ['fileName']);
  const firmId = access.firmId;

  const stored = await store(ctx, firmId, file);
  return keepTogether(ctx, stored, () =>
    ctx.em.transactional(async (em) => {
      const now = ctx.clock.now();
      // The matter's row is locked so that two first uploads at once make one "Client uploads" folder.
      await em.execute('select id from matter where id = ? for update', [matterId]);
      let folder = await em.findOne(Folder, { matter: matterId, parent: null, name: CLIENT_UPLOADS_FOLDER }, { orderBy: { createdAt: 'asc' } });
      if (!folder) folder = em.create(Folder, { firm: firmId, matter: matterId, name: CLIENT_UPLOADS_FOLDER, sharedAt: now });
      const document = em.create(Document, {
        firm: firmId,
        matter: matterId,
        folder,
        name: stored.fileName,
        sharedAt: now,
        uploadedByMember: access.member.id,
      });
      const version = em.create(DocumentVersion, {
        document,
        number: 1,
        storageKey: stored.key,
        fileName: stored.fileName,
        contentType: stored.contentType,
        sizeBytes: stored.size,
        sha256: stored.sha256,
        uploadedByMember: access.member.id,
      });
      recordActivity(em, {
        firmId,
        action: ActivityAction.DOCUMENT_UPLOADED,
        actor: { kind: 'client', client: access.client },
        matterId,
        portalId: access.portalId,
        memberId: access.member.id,
        summary: `${access.member.name} uploaded ${document.name}.`,
        at: now,
        ip: ctx.ip,
      });
      await em.flush();
      return { document, version };
    }),
  );
}
