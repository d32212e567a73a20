import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictContactLists } from './cache';

const EditContactPage_UpdateContactMutation = graphql(`
  mutation EditContactPage_UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      errors {
        code
        message
        field
      }
      contact {
        id
        displayName
        type
        kind
        firstName
        lastName
        organizationName
        notes
        primaryEmail
        archivedAt
        updatedAt
        emails {
          id
          address
          label
          isPrimary
        }
        phones {
          id
          number
          label
          isPrimary
        }
      }
    }
  }
`);

export type UpdateContactInput = VariablesOf<typeof EditContactPage_UpdateContactMutation>['input'];

/**
 * Changes a contact. The contact itself updates in the cache from the payload; lists are
 * dropped because a new name or email can move it in (or out of) them.
 */
export function useUpdateContact() {
  const [mutate, { loading }] = useMutation(EditContactPage_UpdateContactMutation, {
    update(cache, { data }) {
      if (succeeded(data?.updateContact)) evictContactLists(cache);
    },
  });
  const updateContact = useCallback(
    (input: UpdateContactInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.updateContact),
    [mutate],
  );
  return { updateContact, loading };
}
