import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictMatterLists } from './cache';

const MatterDetailPage_ArchiveMatterMutation = graphql(`
  mutation MatterDetailPage_ArchiveMatter($input: MatterIdInput!) {
    archiveMatter(input: $input) {
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

/** Archives a matter; matter lists are dropped from the cache so they reflect it. */
export function useArchiveMatter() {
  const [mutate, { loading }] = useMutation(MatterDetailPage_ArchiveMatterMutation, {
    update(cache, { data }) {
      if (succeeded(data?.archiveMatter)) evictMatterLists(cache);
    },
  });
  const archiveMatter = useCallback(
    (id: string) => runMutation(async () => (await mutate({ variables: { input: { id } } })).data?.archiveMatter),
    [mutate],
  );
  return { archiveMatter, loading };
}
