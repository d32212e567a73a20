import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalOf } from './cache';

const MemberActions_SendPasswordResetMutation = graphql(`
  mutation MemberActions_SendPasswordReset($input: PortalMemberIdInput!) {
    sendPasswordReset(input: $input) {
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

/** Emails a registered member a link to choose a new password; the activity and sent mail are fetched afresh. */
export function useSendPasswordReset() {
  const [mutate, { loading }] = useMutation(MemberActions_SendPasswordResetMutation);
  const run = useCallback(
    (target: { memberId: string; contactId: string }) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { memberId: target.memberId } },
              update(cache, { data }) {
                if (succeeded(data?.sendPasswordReset)) evictPortalOf(cache, target.contactId);
              },
            })
          ).data?.sendPasswordReset,
      ),
    [mutate],
  );
  return { sendPasswordReset: run, loading };
}
