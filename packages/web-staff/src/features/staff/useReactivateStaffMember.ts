import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
  const { run, loading } = usePayloadMutation(StaffPage_ReactivateStaffMemberMutation, 'reactivateStaffMember', {
    update(cache, { data }) {
      if (succeeded(data?.reactivateStaffMember)) evictActiveStaffList(cache);
    },
  });
  const reactivateStaffMember = useCallback((id: string) => run({ variables: { input: { id } } }), [run]);
  return { reactivateStaffMember, loading };
}
