import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalOf } from './cache';

const MemberActions_DisablePortalMemberMutation = graphql(`
  mutation MemberActions_DisablePortalMember($input: PortalMemberIdInput!) {
    disablePortalMember(input: $input) {
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

/** Turns a member's access off at once; the portal is fetched afresh. */
export function useDisablePortalMember() {
  const [mutate, { loading }] = useMutation(MemberActions_DisablePortalMemberMutation);
  const run = useCallback(
    (target: { memberId: string; contactId: string }) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { memberId: target.memberId } },
              update(cache, { data }) {
                if (succeeded(data?.disablePortalMember)) evictPortalOf(cache, target.contactId);
              },
            })
          ).data?.disablePortalMember,
      ),
    [mutate],
  );
  return { disablePortalMember: run, loading };
}
