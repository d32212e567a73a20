import type { ResultOf } from '../../lib/operations';
import type { ClientPortalsPage_ContactsQuery } from './ClientPortalsPage';
import type { PortalPanel_ContactQuery } from './PortalPanel';

type PanelContact = NonNullable<ResultOf<typeof PortalPanel_ContactQuery>['contact']>;
type PanelMember = NonNullable<PanelContact['portal']>['members'][number];

export type PortalStatus = ResultOf<typeof ClientPortalsPage_ContactsQuery>['contacts']['edges'][number]['node']['portalStatus'];
export type MemberAccessState = PanelMember['accessState'];
export type MemberPermissions = Omit<PanelMember['permissions'], '__typename'>;
export type PermissionKey = keyof MemberPermissions;
export type InvitationEmailStatus = NonNullable<NonNullable<PanelMember['latestInvitation']>['emailStatus']>;

export const PORTAL_STATUS_LABELS: Readonly<Record<PortalStatus, string>> = {
  NONE: 'Without portal',
  PENDING: 'Pending',
  EXPIRED: 'Invitation expired',
  ACTIVE: 'Active',
  DISABLED: 'Disabled',
};

export const ACCESS_STATE_LABELS: Readonly<Record<MemberAccessState, string>> = {
  PENDING: 'Pending',
  EXPIRED: 'Invitation expired',
  ACTIVE: 'Active',
  DISABLED: 'Disabled',
};

/** The invitation email's delivery state, as staff read it next to a member. */
export const INVITATION_EMAIL_LABELS: Readonly<Record<InvitationEmailStatus, string>> = {
  QUEUED: 'Email queued',
  SENT: 'Email sent',
  KEPT: 'Email kept (no mail server)',
  FAILED: 'Email failed',
};

/** The seven member permissions (S11), in the order the dialogs list them. */
export const PERMISSION_LABELS: Readonly<Record<PermissionKey, string>> = {
  myDocuments: 'My Documents: see the portal’s documents and upload files',
  myDetails: 'My Details: see their own contact details',
  secureMessaging: 'Use secure messaging',
  appointmentRequests: 'Allow online appointment requests',
  billingDocuments: 'Access billing documents',
  payBalance: 'Pay outstanding balance',
  inviteOthers: 'Invite other people to the portal',
};

export const PERMISSION_KEYS: readonly PermissionKey[] = ['myDocuments', 'myDetails', 'secureMessaging', 'appointmentRequests', 'billingDocuments', 'payBalance', 'inviteOthers'];

/** The permissions alone, without the cache's type name, ready to send. */
export function permissionsOf(permissions: MemberPermissions): MemberPermissions {
  return {
    myDocuments: permissions.myDocuments,
    myDetails: permissions.myDetails,
    secureMessaging: permissions.secureMessaging,
    appointmentRequests: permissions.appointmentRequests,
    billingDocuments: permissions.billingDocuments,
    payBalance: permissions.payBalance,
    inviteOthers: permissions.inviteOthers,
  };
}
