import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { extensionOf } from '../../storage/receive-upload.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { MemberStatus, PortalMatter, PortalMember } from '../portals/portal.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { documentsVisibleTo, type StoredVersion } from './document-visibility.js';
import { Document, DocumentVersion } from './document.entity.js';

/** A file someone may download: what to send and under which name. */
export interface Download {
  version: StoredVersion;
  fileName: string;
}

/** The document's name as a file name: its own, with the stored file's extension when it lacks one. */
function downloadName(document: { name: string }, version: { fileName: string }): string {
  const extension = extensionOf(version.fileName);
  return !extension || extensionOf(document.name) === extension ? document.name : `${document.name}.${extension}`;
}

/** A version (the current one unless a number is given) of a document of the staff member's firm; null otherwise. */
export async function downloadForStaff(ctx: GraphQLContext, staff: StaffUser, documentId: string, versionNumber: number | null): Promise<Download | null> {
  if (!isUuid(documentId)) return null;
  const document = await ctx.em.findOne(Document, { id: documentId, firm: staff.firm.id, deletedAt: null });
  if (!document) return null;
  const version = await ctx.em.findOne(DocumentVersion, { document: document.id, number: versionNumber ?? document.currentVersion });
  return version ? { version, fileName: downloadName(document, version) } : null;
}

/**
 * The current version of a document for the signed-in client, when one of their memberships
 * may see it (shared, on a matter shared with that portal, myDocuments, not denied); null
 * otherwise, whatever the reason. A client's download is recorded in the activity log; a staff
 * member's read-only view of the portal is not a client's download and is not recorded, nor is a
 * HEAD request (which sends no file).
 */
export async function downloadForClient(ctx: GraphQLContext, documentId: string, options: { record: boolean } = { record: true }): Promise<Download | null> {
  const client = ctx.client;
  if (!client || !isUuid(documentId)) return null;
  const document = await ctx.em.findOne(Document, { id: documentId, firm: client.firm.id, deletedAt: null, sharedAt: { $ne: null } });
  if (!document) return null;
  const memberships = await ctx.em.find(
    PortalMember,
    ctx.viewingAs ? { id: ctx.viewingAs.memberId, firm: client.firm.id } : { clientUser: client.id, status: MemberStatus.ACTIVE, firm: client.firm.id },
  );
  const withMyDocuments = memberships.filter((member) => member.permissions.myDocuments);
  if (withMyDocuments.length === 0) return null;
  const sharing = await ctx.em.find(PortalMatter, {
    matter: { id: document.matter.id, archivedAt: null },
    portal: { $in: withMyDocuments.map((member) => member.portal.id) },
  });
  for (const member of withMyDocuments) {
    if (!sharing.some((row) => row.portal.id === member.portal.id)) continue;
    const visible = await documentsVisibleTo(ctx.em, member, [document.matter.id], document.id);
    const found = visible.documents[0];
    if (!found) continue;
    if (!ctx.viewingAs && options.record) {
      recordActivity(ctx.em, {
        firmId: client.firm.id,
        action: ActivityAction.DOCUMENT_DOWNLOADED,
        actor: { kind: 'client', client },
        matterId: document.matter.id,
        portalId: member.portal.id,
        memberId: member.id,
        summary: `${member.name} downloaded ${document.name}.`,
        at: ctx.clock.now(),
        ip: ctx.ip,
      });
      await ctx.em.flush();
    }
    return { version: found.current, fileName: downloadName(document, found.current) };
  }
  return null;
}
