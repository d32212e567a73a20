import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictPortalOf } from './cache';

export const InviteDialog_InviteToPortalMutation = graphql(`
  mutation InviteDialog_InviteToPortal($input: InviteToPortalInput!) {
    inviteToPortal(input: $input) {
      errors {
        code
        message
        field
      }
      invitation {
        id
        email
        expiresAt
      }
      member {
        ...PortalPanel_member
      }
      portal {
        id
      }
    }
  }
`);

export type InviteToPortalInput = VariablesOf<typeof InviteDialog_InviteToPortalMutation>['input'];

/**
 * Invites a person to a contact's portal (creating it on the first invitation). The contact's
 * portal, and that of a linked invitee, are fetched afresh, with the lists it changes.
 */
export function useInviteToPortal() {
  const [mutate, { loading }] = useMutation(InviteDialog_InviteToPortalMutation);
  const inviteToPortal = useCallback(
    (input: InviteToPortalInput) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input },
              update(cache, { data }) {
                if (!succeeded(data?.inviteToPortal)) return;
                evictPortalOf(cache, input.contactId);
                if (input.inviteeContactId) evictPortalOf(cache, input.inviteeContactId);
                // Shared matters show on the matters' pages.
                for (const matterId of input.matterIds ?? []) {
                  const id = cache.identify({ __typename: 'Matter', id: matterId });
                  if (id) cache.evict({ id, fieldName: 'participants' });
                }
              },
            })
          ).data?.inviteToPortal,
      ),
    [mutate],
  );
  return { inviteToPortal, loading };
}
