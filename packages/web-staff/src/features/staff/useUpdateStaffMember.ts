import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
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
  const [mutate, { loading }] = useMutation(EditStaffMemberDialog_UpdateStaffMemberMutation, {
    update(cache, { data }) {
      // A new name changes the order of the list of active staff.
      if (succeeded(data?.updateStaffMember)) evictActiveStaffList(cache);
    },
  });
  const updateStaffMember = useCallback(
    (input: UpdateStaffMemberInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.updateStaffMember),
    [mutate],
  );
  return { updateStaffMember, loading };
}
