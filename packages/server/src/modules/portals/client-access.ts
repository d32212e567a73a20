import type { Em } from '../../db/orm.js';
import type { AuthSession } from '../auth/auth-session.entity.js';
import type { ClientUser } from '../clients/client-user.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

export interface ClientAccess {
  client: ClientUser;
  viewingAs: { memberId: string; staff: StaffUser } | null;
}

/**
 * Whether a client session may act now: at its own firm's address only, with the firm's portal
 * on, the account not disabled, and at least one active membership. A staff member's read-only
 * view needs the viewed member to still exist and the staff member to be active.
 */
export async function clientAccessFor(em: Em, session: AuthSession, portalSlug: string): Promise<ClientAccess | null> {
  const client = session.clientUser?.getEntity();
  if (!client || client.disabledAt !== null) return null;
  if (session.firm.getEntity().slug !== portalSlug) return null;
  // One statement for both questions every client request asks: is the portal on, and has this
  // client an active membership.
  const [state] = await em.execute<{ enabled: boolean; active: boolean }[]>(
    `select ps.enabled, exists (select 1 from portal_member m where m.client_user_id = ? and m.status = 'ACTIVE') as active
       from portal_settings ps where ps.firm_id = ?`,
    [client.id, session.firm.id],
  );
  if (!state?.enabled) return null;
  if (session.viewingStaff && session.viewingMember) {
    const staff = session.viewingStaff.getEntity();
    if (staff.deactivatedAt !== null) return null;
    return { client, viewingAs: { memberId: session.viewingMember.id, staff } };
  }
  return state.active ? { client, viewingAs: null } : null;
}
