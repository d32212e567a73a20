import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictPortalOf } from './cache';

const ChangeEmailDialog_ChangeMemberEmailMutation = graphql(`
  mutation ChangeEmailDialog_ChangeMemberEmail($input: ChangeMemberEmailInput!) {
    changeMemberEmail(input: $input) {
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
    }
  }
`);

/**
 * Before registration: disables the old invitation and sends a new one to another address. The
 * portal (whose contact is `contactId`) is fetched afresh.
 */
export function useChangeMemberEmail() {
  const [mutate, { loading }] = useMutation(ChangeEmailDialog_ChangeMemberEmailMutation);
  const changeMemberEmail = useCallback(
    (target: { memberId: string; contactId: string | null }, email: string) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { memberId: target.memberId, email } },
              update(cache, { data }) {
                if (succeeded(data?.changeMemberEmail)) evictPortalOf(cache, target.contactId);
              },
            })
          ).data?.changeMemberEmail,
      ),
    [mutate],
  );
  return { changeMemberEmail, loading };
}
