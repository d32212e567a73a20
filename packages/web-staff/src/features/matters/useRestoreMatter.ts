import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictMatterLists } from './cache';

const MatterDetailPage_RestoreMatterMutation = graphql(`
  mutation MatterDetailPage_RestoreMatter($input: MatterIdInput!) {
    restoreMatter(input: $input) {
      errors {
        code
        message
        field
      }
      matter {
        id
        archivedAt
        updatedAt
      }
    }
  }
`);

/** Brings an archived matter back; matter lists are dropped from the cache so they show it. */
export function useRestoreMatter() {
  const [mutate, { loading }] = useMutation(MatterDetailPage_RestoreMatterMutation, {
    update(cache, { data }) {
      if (succeeded(data?.restoreMatter)) evictMatterLists(cache);
    },
  });
  const restoreMatter = useCallback(
    (id: string) => runMutation(async () => (await mutate({ variables: { input: { id } } })).data?.restoreMatter),
    [mutate],
  );
  return { restoreMatter, loading };
}
