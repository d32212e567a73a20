import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictActiveStaffList } from './cache';

const StaffPage_DeactivateStaffMemberMutation = graphql(`
  mutation StaffPage_DeactivateStaffMember($input: StaffMemberIdInput!) {
    deactivateStaffMember(input: $input) {
      errors {
        code
        message
        field
      }
      staffMember {
        id
        active
        deactivatedAt
        updatedAt
      }
    }
  }
`);

/** Stops a staff member signing in; they update in the cache, and the list of active staff is dropped. */
export function useDeactivateStaffMember() {
  const [mutate, { loading }] = useMutation(StaffPage_DeactivateStaffMemberMutation, {
    update(cache, { data }) {
      if (succeeded(data?.deactivateStaffMember)) evictActiveStaffList(cache);
    },
  });
  const deactivateStaffMember = useCallback(
    (id: string) => runMutation(async () => (await mutate({ variables: { input: { id } } })).data?.deactivateStaffMember),
    [mutate],
  );
  return { deactivateStaffMember, loading };
}
