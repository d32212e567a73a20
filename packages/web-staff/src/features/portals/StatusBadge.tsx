import { Badge } from '../../ui/Page';
import { ACCESS_STATE_LABELS, PORTAL_STATUS_LABELS, type MemberAccessState, type PortalStatus } from './labels';

const ACCESS_TONES = { PENDING: 'danger', EXPIRED: 'warning', ACTIVE: 'success', DISABLED: 'neutral' } as const satisfies Record<MemberAccessState, string>;
const PORTAL_TONES = { NONE: 'muted', PENDING: 'danger', EXPIRED: 'warning', ACTIVE: 'success', DISABLED: 'neutral' } as const satisfies Record<PortalStatus, string>;

/** A member's access: "Pending" in red until they register (as the help pages promise). */
export function AccessBadge({ state }: { state: MemberAccessState }) {
  return <Badge tone={ACCESS_TONES[state]}>{ACCESS_STATE_LABELS[state]}</Badge>;
}

/** A contact's portal at a glance. */
export function PortalStatusBadge({ status }: { status: PortalStatus }) {
  return <Badge tone={PORTAL_TONES[status]}>{PORTAL_STATUS_LABELS[status]}</Badge>;
}
