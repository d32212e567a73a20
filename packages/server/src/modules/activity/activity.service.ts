import type { Em } from '../../db/orm.js';
import type { ClientUser } from '../clients/client-user.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { ActivityAction, ActivityEntry } from './activity-entry.entity.js';

export type Actor =
  | { kind: 'staff'; staff: StaffUser }
  | { kind: 'client'; client: ClientUser }
  | { kind: 'system' };

export interface NewActivity {
  firmId: string;
  action: ActivityAction;
  actor: Actor;
  summary: string;
  at: Date;
  portalId?: string | null;
  memberId?: string | null;
  contactId?: string | null;
  matterId?: string | null;
  ip?: string | null;
}

/** Adds an entry to the activity log; it is written with the caller's next flush, in its transaction. */
export function recordActivity(em: Em, activity: NewActivity): ActivityEntry {
  const actor = activity.actor;
  return em.create(ActivityEntry, {
    firm: activity.firmId,
    occurredAt: activity.at,
    action: activity.action,
    actorStaff: actor.kind === 'staff' ? actor.staff.id : null,
    actorClient: actor.kind === 'client' ? actor.client.id : null,
    actorName: actor.kind === 'staff' ? actor.staff.name : actor.kind === 'client' ? actor.client.name : 'Atrium',
    portal: activity.portalId ?? null,
    member: activity.memberId ?? null,
    contact: activity.contactId ?? null,
    matter: activity.matterId ?? null,
    summary: activity.summary,
    ipAddress: activity.ip?.slice(0, 64) ?? null,
  });
}
