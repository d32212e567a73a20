import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalOf } from './cache';

const MemberActions_ResendInvitationMutation = graphql(`
  mutation MemberActions_ResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      errors {
        code
        message
        field
      }
      invitation {
        id
        email
        expiresAt
      }
      member {
        ...PortalPanel_member
      }
    }
  }
`);

/** Sends a member a new link (the old one stops working), or once registered the firm's login address. The member's portal is fetched afresh. */
export function useResendInvitation() {
  const [mutate, { loading }] = useMutation(MemberActions_ResendInvitationMutation);
  const run = useCallback(
    (target: { memberId: string; contactId: string }, message?: string | null) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { memberId: target.memberId, message: message ?? null } },
              update(cache, { data }) {
                if (succeeded(data?.resendInvitation)) evictPortalOf(cache, target.contactId);
              },
            })
          ).data?.resendInvitation,
      ),
    [mutate],
  );
  return { resendInvitation: run, loading };
}
