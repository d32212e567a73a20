import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
  const { run: mutate, loading } = usePayloadMutation(MemberActions_DisablePortalMemberMutation, 'disablePortalMember');
  const run = useCallback(
    (target: { memberId: string; contactId: string }) =>
      mutate({
        variables: { input: { memberId: target.memberId } },
        update(cache, { data }) {
          if (succeeded(data?.disablePortalMember)) evictPortalOf(cache, target.contactId);
        },
      }),
    [mutate],
  );
  return { disablePortalMember: run, loading };
}
