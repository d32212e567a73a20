import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalLists } from './cache';

const MatterPortalSection_ShareMatterMutation = graphql(`
  mutation MatterPortalSection_ShareMatter($input: ShareMatterWithPortalInput!) {
    shareMatterWithPortal(input: $input) {
      changed
      errors {
        code
        message
        field
      }
      matter {
        id
        sharedWithPortals {
          id
          contact {
            id
            displayName
          }
        }
      }
      portal {
        id
        sharedMatters {
          id
        }
      }
    }
  }
`);

const MatterPortalSection_UnshareMatterMutation = graphql(`
  mutation MatterPortalSection_UnshareMatter($input: UnshareMatterFromPortalInput!) {
    unshareMatterFromPortal(input: $input) {
      changed
      errors {
        code
        message
        field
      }
      matter {
        id
        sharedWithPortals {
          id
          contact {
            id
            displayName
          }
        }
      }
      portal {
        id
        sharedMatters {
          id
        }
      }
    }
  }
`);

/**
 * S1: shares a matter with a portal. The matter's and the portal's shared lists update in the
 * cache from the payload; the activity log is dropped, as the change is recorded there.
 */
export function useShareMatter() {
  const [mutate, { loading }] = useMutation(MatterPortalSection_ShareMatterMutation, {
    update(cache, { data }) {
      if (succeeded(data?.shareMatterWithPortal)) evictPortalLists(cache);
    },
  });
  const shareMatter = useCallback(
    (matterId: string, portalId: string) => runMutation(async () => (await mutate({ variables: { input: { matterId, portalId } } })).data?.shareMatterWithPortal),
    [mutate],
  );
  return { shareMatter, loading };
}

/** S1: stops sharing a matter with a portal; the cache follows as for sharing. */
export function useUnshareMatter() {
  const [mutate, { loading }] = useMutation(MatterPortalSection_UnshareMatterMutation, {
    update(cache, { data }) {
      if (succeeded(data?.unshareMatterFromPortal)) evictPortalLists(cache);
    },
  });
  const unshareMatter = useCallback(
    (matterId: string, portalId: string) => runMutation(async () => (await mutate({ variables: { input: { matterId, portalId } } })).data?.unshareMatterFromPortal),
    [mutate],
  );
  return { unshareMatter, loading };
}
