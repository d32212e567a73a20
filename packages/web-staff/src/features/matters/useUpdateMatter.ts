import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictMatterLists } from './cache';

export const MatterDetailPage_UpdateMatterMutation = graphql(`
  mutation MatterDetailPage_UpdateMatter($input: UpdateMatterInput!) {
    updateMatter(input: $input) {
      errors {
        code
        message
        field
      }
      matter {
        id
        number
        name
        status
        description
        archivedAt
        closedAt
        createdAt
        updatedAt
        responsibleStaff {
          id
          name
          email
          active
        }
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

export type UpdateMatterInput = VariablesOf<typeof MatterDetailPage_UpdateMatterMutation>['input'];

/**
 * Changes a matter (also closes and reopens it). The matter updates in the cache from the
 * payload; lists are dropped, as a new name, number or status can move it in them.
 */
export function useUpdateMatter() {
  const [mutate, { loading }] = useMutation(MatterDetailPage_UpdateMatterMutation, {
    update(cache, { data }) {
      if (succeeded(data?.updateMatter)) evictMatterLists(cache);
    },
  });
  const updateMatter = useCallback(
    (input: UpdateMatterInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.updateMatter),
    [mutate],
  );
  return { updateMatter, loading };
}
