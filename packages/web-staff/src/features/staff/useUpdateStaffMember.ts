import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictActiveStaffList } from './cache';

const EditStaffMemberDialog_UpdateStaffMemberMutation = graphql(`
  mutation EditStaffMemberDialog_UpdateStaffMember($input: UpdateStaffMemberInput!) {
    updateStaffMember(input: $input) {
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

export type UpdateStaffMemberInput = VariablesOf<typeof EditStaffMemberDialog_UpdateStaffMemberMutation>['input'];

/** Changes a staff member's name, role or rights; the member updates in the cache from the payload. */
export function useUpdateStaffMember() {
  const { run, loading } = usePayloadMutation(EditStaffMemberDialog_UpdateStaffMemberMutation, 'updateStaffMember', {
    update(cache, { data }) {
      // A new name changes the order of the list of active staff.
      if (succeeded(data?.updateStaffMember)) evictActiveStaffList(cache);
    },
  });
  const updateStaffMember = useCallback((input: UpdateStaffMemberInput) => run({ variables: { input } }), [run]);
  return { updateStaffMember, loading };
}
