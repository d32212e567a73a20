import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictContactField } from './cache';

const LinkContactDialog_LinkContactsMutation = graphql(`
  mutation LinkContactDialog_LinkContacts($input: LinkContactsInput!) {
    linkContacts(input: $input) {
      errors {
        code
        message
        field
      }
      contact {
        id
        linkedContacts {
          linkId
          relationship
          contact {
            id
            displayName
            type
            kind
            archivedAt
          }
        }
      }
    }
  }
`);

export type LinkContactsInput = VariablesOf<typeof LinkContactDialog_LinkContactsMutation>['input'];

/**
 * Links two contacts. The viewed contact's links come back in the payload; the other
 * contact's cached links are dropped, to be fetched when its page next shows.
 */
export function useLinkContacts() {
  const [mutate, { loading }] = useMutation(LinkContactDialog_LinkContactsMutation);
  const linkContacts = useCallback(
    (input: LinkContactsInput) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input },
              update(cache, { data }) {
                if (succeeded(data?.linkContacts)) evictContactField(cache, input.linkedContactId, 'linkedContacts');
              },
            })
          ).data?.linkContacts,
      ),
    [mutate],
  );
  return { linkContacts, loading };
}
