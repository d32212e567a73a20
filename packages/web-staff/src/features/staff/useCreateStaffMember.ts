import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictActiveStaffList } from './cache';

export const AddStaffMemberDialog_CreateStaffMemberMutation = graphql(`
  mutation AddStaffMemberDialog_CreateStaffMember($input: CreateStaffMemberInput!) {
    createStaffMember(input: $input) {
      errors {
        code
        message
        field
      }
      staffMember {
        id
        name
        email
        role
        canInviteClients
        canShareItems
        active
        deactivatedAt
        lastSignInAt
      }
    }
  }
`);

export type CreateStaffMemberInput = VariablesOf<typeof AddStaffMemberDialog_CreateStaffMemberMutation>['input'];

/** Adds a staff member; the staff list refetches (keeping what it shows meanwhile). */
export function useCreateStaffMember() {
  const { run, loading } = usePayloadMutation(AddStaffMemberDialog_CreateStaffMemberMutation, 'createStaffMember', {
    update(cache, { data }) {
      if (succeeded(data?.createStaffMember)) evictActiveStaffList(cache);
    },
    refetchQueries: ({ data }) => (succeeded(data?.createStaffMember) ? ['StaffPage_StaffMembers'] : []),
    awaitRefetchQueries: true,
  });
  const createStaffMember = useCallback((input: CreateStaffMemberInput) => run({ variables: { input } }), [run]);
  return { createStaffMember, loading };
}
