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
  MATTER_UNSHARED: 'Matter no longer shared',
  ITEM_SHARED: 'Item shared',
  ITEM_UNSHARED: 'Item no longer shared',
  ACCESS_DENIED_TO_MEMBER: 'Folder or document denied to a member',
  ACCESS_RESTORED_TO_MEMBER: 'Denial lifted',
  DOCUMENT_UPLOADED: 'Document uploaded',
  DOCUMENT_DOWNLOADED: 'Document downloaded',
  TASK_COMPLETED: 'To-do done',
  TASK_REOPENED: 'To-do reopened',
  MESSAGE_SENT: 'Message sent',
  APPOINTMENT_REQUESTED: 'Appointment requested',
  APPOINTMENT_REQUEST_WITHDRAWN: 'Appointment request withdrawn',
  APPOINTMENT_ACCEPTED: 'Appointment accepted',
  APPOINTMENT_DECLINED: 'Appointment declined',
  INVOICE_ISSUED: 'Invoice issued',
  PAYMENT_RECORDED: 'Payment recorded',
  DETAILS_CHANGED: 'Client details changed',
  MEMBER_EMAIL_CHANGED: 'Member email changed',
  MEMBER_PERMISSIONS_CHANGED: 'Permissions changed',
  MEMBER_DISABLED: 'Access disabled',
  MEMBER_REMOVED: 'Access removed',
  PASSWORD_RESET_SENT: 'Password reset sent',
  PASSWORD_CHANGED: 'Password changed',
  PORTAL_VIEWED_AS: 'Portal viewed as a member',
  PORTAL_SETTINGS_CHANGED: 'Portal settings changed',
};
