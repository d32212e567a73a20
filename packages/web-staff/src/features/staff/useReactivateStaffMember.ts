import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictActiveStaffList } from './cache';

const StaffPage_ReactivateStaffMemberMutation = graphql(`
  mutation StaffPage_ReactivateStaffMember($input: StaffMemberIdInput!) {
    reactivateStaffMember(input: $input) {
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

/** Lets a staff member sign in again; they update in the cache, and the list of active staff is dropped. */
export function useReactivateStaffMember() {
  const [mutate, { loading }] = useMutation(StaffPage_ReactivateStaffMemberMutation, {
    update(cache, { data }) {
      if (succeeded(data?.reactivateStaffMember)) evictActiveStaffList(cache);
    },
  });
  const reactivateStaffMember = useCallback(
    (id: string) => runMutation(async () => (await mutate({ variables: { input: { id } } })).data?.reactivateStaffMember),
    [mutate],
  );
  return { reactivateStaffMember, loading };
}
