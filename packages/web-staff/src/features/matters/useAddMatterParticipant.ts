import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictParticipations } from './cache';

const AddParticipantDialog_AddParticipantMutation = graphql(`
  mutation AddParticipantDialog_AddParticipant($input: AddMatterParticipantInput!) {
    addMatterParticipant(input: $input) {
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

export type AddMatterParticipantInput = VariablesOf<typeof AddParticipantDialog_AddParticipantMutation>['input'];

/** Adds a contact to a matter; the matter's participants come back in the payload. */
export function useAddMatterParticipant() {
  const [mutate, { loading }] = useMutation(AddParticipantDialog_AddParticipantMutation);
  const addParticipant = useCallback(
    (input: AddMatterParticipantInput) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input },
              update(cache, { data }) {
                if (succeeded(data?.addMatterParticipant)) evictParticipations(cache, input.contactId);
              },
            })
          ).data?.addMatterParticipant,
      ),
    [mutate],
  );
  return { addParticipant, loading };
}
