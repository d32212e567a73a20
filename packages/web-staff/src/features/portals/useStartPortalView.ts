import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';

const MemberActions_StartPortalViewMutation = graphql(`
  mutation MemberActions_StartPortalView($input: PortalMemberIdInput!) {
    startPortalView(input: $input) {
      errors {
        code
        message
        field
      }
      url
    }
  }
`);

/** Opens a read-only view of the portal as a member sees it; it is logged, so the activity log is dropped. */
export function useStartPortalView() {
  const [mutate, { loading }] = useMutation(MemberActions_StartPortalViewMutation, {
    update(cache, { data }) {
      if (!succeeded(data?.startPortalView)) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'activity' });
      cache.gc();
    },
  });
  const startPortalView = useCallback((memberId: string) => runMutation(async () => (await mutate({ variables: { input: { memberId } } })).data?.startPortalView), [mutate]);
  return { startPortalView, loading };
}
