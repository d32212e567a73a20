import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalLists } from './cache';
import type { MemberPermissions } from './labels';

const PermissionsDialog_UpdateMemberPermissionsMutation = graphql(`
  mutation PermissionsDialog_UpdateMemberPermissions($input: UpdateMemberPermissionsInput!) {
    updateMemberPermissions(input: $input) {
      errors {
        code
        message
        field
      }
      member {
        ...PortalPanel_member
      }
    }
  }
`);

/** Sets a member's permissions; the member updates in the cache from the payload, and the activity log is dropped. */
export function useUpdateMemberPermissions() {
  const [mutate, { loading }] = useMutation(PermissionsDialog_UpdateMemberPermissionsMutation, {
    update(cache, { data }) {
      if (succeeded(data?.updateMemberPermissions)) evictPortalLists(cache);
    },
  });
  const updateMemberPermissions = useCallback(
    (memberId: string, permissions: MemberPermissions) =>
      runMutation(async () => (await mutate({ variables: { input: { memberId, permissions } } })).data?.updateMemberPermissions),
    [mutate],
  );
  return { updateMemberPermissions, loading };
}
