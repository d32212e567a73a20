import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalLists } from './cache';

const BulkInviteDialog_BulkInviteToPortalMutation = graphql(`
  mutation BulkInviteDialog_BulkInviteToPortal($input: BulkInviteToPortalInput!) {
    bulkInviteToPortal(input: $input) {
      errors {
        code
        message
        field
      }
      run {
        ...BulkInviteDialog_run
      }
    }
  }
`);

/**
 * Starts inviting many clients in the background. `requestKey` is made once per dialog, so a
 * repeated click or a retry starts nothing new. Lists are dropped when the run finishes (see
 * BulkInviteDialog), as the invitations are sent after this returns.
 */
export function useBulkInviteToPortal() {
  const [mutate, { loading }] = useMutation(BulkInviteDialog_BulkInviteToPortalMutation, {
    update(cache, { data }) {
      if (succeeded(data?.bulkInviteToPortal)) evictPortalLists(cache);
    },
  });
  const bulkInviteToPortal = useCallback(
    (contactIds: readonly string[], requestKey: string) =>
      runMutation(async () => (await mutate({ variables: { input: { contactIds: [...contactIds], requestKey } } })).data?.bulkInviteToPortal),
    [mutate],
  );
  return { bulkInviteToPortal, loading };
}
