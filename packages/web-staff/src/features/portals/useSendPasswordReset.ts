import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
  const { run: mutate, loading } = usePayloadMutation(MemberActions_SendPasswordResetMutation, 'sendPasswordReset');
  const run = useCallback(
    (target: { memberId: string; contactId: string }) =>
      mutate({
        variables: { input: { memberId: target.memberId } },
        update(cache, { data }) {
          if (succeeded(data?.sendPasswordReset)) evictPortalOf(cache, target.contactId);
        },
      }),
    [mutate],
  );
  return { sendPasswordReset: run, loading };
}
