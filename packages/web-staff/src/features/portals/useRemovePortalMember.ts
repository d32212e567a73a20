import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalOf } from './cache';

const MemberActions_RemovePortalMemberMutation = graphql(`
  mutation MemberActions_RemovePortalMember($input: PortalMemberIdInput!) {
    removePortalMember(input: $input) {
      errors {
        code
        message
        field
      }
      removed
    }
  }
`);

/** Removes a member from the portal; the member leaves the cache and the portal is fetched afresh. */
export function useRemovePortalMember() {
  const [mutate, { loading }] = useMutation(MemberActions_RemovePortalMemberMutation);
  const run = useCallback(
    (target: { memberId: string; contactId: string }) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { memberId: target.memberId } },
              update(cache, { data }) {
                if (!succeeded(data?.removePortalMember)) return;
                const id = cache.identify({ __typename: 'PortalMember', id: target.memberId });
                if (id) cache.evict({ id });
                evictPortalOf(cache, target.contactId);
              },
            })
          ).data?.removePortalMember,
      ),
    [mutate],
  );
  return { removePortalMember: run, loading };
}
