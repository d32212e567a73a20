import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';

export const MatterDetailPage_UpdateParticipantMutation = graphql(`
  mutation MatterDetailPage_UpdateParticipant($input: UpdateMatterParticipantInput!) {
    updateMatterParticipant(input: $input) {
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
        }
      }
    }
  }
`);

export type UpdateMatterParticipantInput = VariablesOf<typeof MatterDetailPage_UpdateParticipantMutation>['input'];

/**
 * Changes a participant's role. Participants are normalized by ID, so the new role reaches
 * the matter page and the contact's list of matters alike without further work.
 */
export function useUpdateMatterParticipant() {
  const [mutate, { loading }] = useMutation(MatterDetailPage_UpdateParticipantMutation);
  const updateParticipant = useCallback(
    (input: UpdateMatterParticipantInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.updateMatterParticipant),
    [mutate],
  );
  return { updateParticipant, loading };
}
