import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalOf } from './cache';

const GenerateLinkDialog_GenerateInviteLinkMutation = graphql(`
  mutation GenerateLinkDialog_GenerateInviteLink($input: PortalMemberIdInput!) {
    generateInviteLink(input: $input) {
      errors {
        code
        message
        field
      }
      link
      invitation {
        id
        expiresAt
      }
    }
  }
`);

/** Makes a new invitation link to copy (earlier links stop working); no email is sent. */
export function useGenerateInviteLink() {
  const [mutate, { loading }] = useMutation(GenerateLinkDialog_GenerateInviteLinkMutation);
  const run = useCallback(
    (target: { memberId: string; contactId: string }) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { memberId: target.memberId } },
              update(cache, { data }) {
                if (succeeded(data?.generateInviteLink)) evictPortalOf(cache, target.contactId);
              },
            })
          ).data?.generateInviteLink,
      ),
    [mutate],
  );
  return { generateInviteLink: run, loading };
}
