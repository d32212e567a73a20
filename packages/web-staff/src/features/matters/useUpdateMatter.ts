import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
        ...MatterDetailPage_matter
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
  const { run, loading } = usePayloadMutation(MatterDetailPage_UpdateMatterMutation, 'updateMatter', {
    update(cache, { data }) {
      if (succeeded(data?.updateMatter)) evictMatterLists(cache);
    },
  });
  const updateMatter = useCallback((input: UpdateMatterInput) => run({ variables: { input } }), [run]);
  return { updateMatter, loading };
}
