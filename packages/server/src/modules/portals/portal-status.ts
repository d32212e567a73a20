import { registerEnumType } from 'type-graphql';
import type { Em } from '../../db/orm.js';

/** A contact's portal at a glance (I7): the filters of the portal list. */
export enum PortalStatus {
  NONE = 'NONE',
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(PortalStatus, {
  name: 'PortalStatus',
  description: "A contact's client portal at a glance.",
  valuesConfig: {
    NONE: { description: 'Without portal: nobody has been invited.' },
    PENDING: { description: 'Invited, nobody has registered yet, and a link still works.' },
    EXPIRED: { description: 'Invited, nobody has registered, and every link expired.' },
    ACTIVE: { description: 'At least one member has registered.' },
    DISABLED: { description: 'Every member’s access is disabled.' },
  },
});

// One SQL expression for the status of the portal of contact `c`, so the list filter and the
// field agree. `?` is the current time.
const STATUS_SQL = `case
  when exists (select 1 from portal_member m join portal p on p.id = m.portal_id where p.contact_id = c.id and m.status = 'ACTIVE') then 'ACTIVE'
  when exists (select 1 from invitation i join portal_member m on m.id = i.member_id join portal p on p.id = m.portal_id
               where p.contact_id = c.id and m.status = 'PENDING' and i.status = 'PENDING' and i.expires_at > ?) then 'PENDING'
  when exists (select 1 from portal_member m join portal p on p.id = m.portal_id where p.contact_id = c.id and m.status = 'PENDING') then 'EXPIRED'
  when exists (select 1 from portal_member m join portal p on p.id = m.portal_id where p.contact_id = c.id) then 'DISABLED'
  else 'NONE' end`;

export async function portalStatusOf(em: Em, contactId: string, now: Date): Promise<PortalStatus> {
  const rows = await em.execute<{ status: PortalStatus }[]>(`select ${STATUS_SQL} as status from contact c where c.id = ?`, [now, contactId]);
  return rows[0]?.status ?? PortalStatus.NONE;
}

/** IDs of the firm's contacts whose portal is in the given state. */
export async function contactIdsWithPortalStatus(em: Em, firmId: string, status: PortalStatus, now: Date): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(`select c.id from contact c where c.firm_id = ? and (${STATUS_SQL}) = ?`, [firmId, now, status]);
  return rows.map((row) => row.id);
}
