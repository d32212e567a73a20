import type { Em } from '../../db/orm.js';
import type { Firm } from '../firms/firm.entity.js';
import type { Matter } from '../matters/matter.entity.js';
import type { Portal, PortalMember } from '../portals/portal.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Message, MessageThread } from './message.entity.js';

/** A demo conversation: the firm asks, the client answers (unread by staff). Written with the caller's next flush. */
export function seedDemoMessages(em: Em, demo: { firm: Firm; staff: StaffUser; portal: Portal; member: PortalMember; matter: Matter }): void {
  const { firm, staff, portal, member, matter } = demo;
  const asked = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  const answered = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const thread = em.create(MessageThread, { firm, portal, matter, subject: 'Documents for the estate plan', createdByStaff: staff, lastMessageAt: answered });
  em.create(Message, {
    firm,
    thread,
    authorStaff: staff,
    authorName: staff.name,
    fromClient: false,
    body: 'Could you send us a copy of the property deed and your most recent account statements?',
    createdAt: asked,
    updatedAt: asked,
  });
  em.create(Message, { firm, thread, authorMember: member, authorName: member.name, fromClient: true, body: 'Of course — I will scan them this week.', createdAt: answered, updatedAt: answered });
}
