import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
  const { run, loading } = usePayloadMutation(StaffPage_DeactivateStaffMemberMutation, 'deactivateStaffMember', {
    update(cache, { data }) {
      if (succeeded(data?.deactivateStaffMember)) evictActiveStaffList(cache);
    },
  });
  const deactivateStaffMember = useCallback((id: string) => run({ variables: { input: { id } } }), [run]);
  return { deactivateStaffMember, loading };
}
