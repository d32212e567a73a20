import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
        ...ContactDetailPage_contact
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
  const { run, loading } = usePayloadMutation(EditContactPage_UpdateContactMutation, 'updateContact', {
    update(cache, { data }) {
      if (succeeded(data?.updateContact)) evictContactLists(cache);
    },
  });
  const updateContact = useCallback((input: UpdateContactInput) => run({ variables: { input } }), [run]);
  return { updateContact, loading };
}
