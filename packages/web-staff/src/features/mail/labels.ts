import type { ResultOf } from '../../lib/operations';
import type { SentMailPage_EmailsQuery } from './SentMailPage';

type Email = ResultOf<typeof SentMailPage_EmailsQuery>['sentEmails']['edges'][number]['node'];
export type EmailStatus = Email['status'];
export type EmailKind = Email['kind'];

export const EMAIL_STATUS_LABELS: Readonly<Record<EmailStatus, string>> = {
  QUEUED: 'Queued',
  SENT: 'Sent',
  KEPT: 'Kept',
  FAILED: 'Failed',
};

export const EMAIL_STATUS_HINTS: Readonly<Record<EmailStatus, string>> = {
  QUEUED: 'Waiting to be sent, or being retried',
  SENT: 'Accepted by the mail server',
  KEPT: 'Not sent: no mail server configured',
  FAILED: 'Every attempt failed',
};

export const EMAIL_KIND_LABELS: Readonly<Record<EmailKind, string>> = {
  INVITATION: 'Invitation',
  ACCOUNT_CREATED: 'Account created',
  ACCESS_GRANTED: 'Access given',
  LOGIN_REMINDER: 'Login address',
  PASSWORD_RESET: 'Password reset',
  STAFF_NOTIFICATION: 'Staff notification',
  CLIENT_ACTIVITY_DIGEST: 'Client activity digest',
  NEW_MESSAGE: 'New message notice',
};
