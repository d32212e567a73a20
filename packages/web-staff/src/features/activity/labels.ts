import type { VariablesOf } from '../../lib/operations';
import type { ActivityPage_ActivityQuery } from './ActivityPage';

export type ActivityAction = NonNullable<NonNullable<NonNullable<VariablesOf<typeof ActivityPage_ActivityQuery>['filter']>['actions']>[number]>;

/** Kinds of event in the activity log (I17), as the filter offers them. */
export const ACTIVITY_ACTION_LABELS: Readonly<Record<ActivityAction, string>> = {
  INVITATION_CREATED: 'Invitation created',
  INVITATION_SENT: 'Invitation sent',
  INVITATION_RESENT: 'Invitation resent',
  INVITATION_LINK_GENERATED: 'Invite link generated',
  INVITATION_OPENED: 'Invitation opened',
  INVITATION_ACCEPTED: 'Invitation accepted',
  INVITATION_EXPIRED: 'Invitation expired',
  ACCESS_GRANTED: 'Access given with an existing login',
  LOGIN_REMINDER_SENT: 'Login address sent',
  MATTER_SHARED: 'Matter shared',
  MEMBER_EMAIL_CHANGED: 'Member email changed',
  MEMBER_PERMISSIONS_CHANGED: 'Permissions changed',
  MEMBER_DISABLED: 'Access disabled',
  MEMBER_REMOVED: 'Access removed',
  PASSWORD_RESET_SENT: 'Password reset sent',
  PASSWORD_CHANGED: 'Password changed',
  PORTAL_VIEWED_AS: 'Portal viewed as a member',
  PORTAL_SETTINGS_CHANGED: 'Portal settings changed',
};
