import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictParticipations } from './cache';

const MatterDetailPage_RemoveParticipantMutation = graphql(`
  mutation MatterDetailPage_RemoveParticipant($input: RemoveMatterParticipantInput!) {
    removeMatterParticipant(input: $input) {
      errors {
        code
        message
        field
      }
      matter {
        id
        updatedAt
        participants {
          id
          role
          contact {
            id
            displayName
            primaryEmail
            type
            archivedAt
          }
        }
      }
    }
  }
`);

/** Removes a contact from a matter; the contact's cached matters are dropped. */
export function useRemoveMatterParticipant() {
  const [mutate, { loading }] = useMutation(MatterDetailPage_RemoveParticipantMutation);
  const removeParticipant = useCallback(
    (participant: { participantId: string; contactId: string }) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { participantId: participant.participantId } },
              update(cache, { data }) {
                if (succeeded(data?.removeMatterParticipant)) evictParticipations(cache, participant.contactId);
              },
            })
          ).data?.removeMatterParticipant,
      ),
    [mutate],
  );
  return { removeParticipant, loading };
}
