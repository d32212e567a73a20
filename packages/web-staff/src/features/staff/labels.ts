import type { VariablesOf } from '../../lib/operations';
import type { AddStaffMemberDialog_CreateStaffMemberMutation } from './useCreateStaffMember';

export type StaffRole = NonNullable<VariablesOf<typeof AddStaffMemberDialog_CreateStaffMemberMutation>['input']['role']>;

export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  STAFF: 'Staff',
  ADMIN: 'Admin',
};

export const STAFF_ROLE_HINTS: Readonly<Record<StaffRole, string>> = {
  STAFF: 'Works on contacts and matters, with the rights below.',
  ADMIN: 'Also manages staff, their rights and the firm’s settings.',
};
