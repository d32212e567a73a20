import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictContactLists } from './cache';

const ContactDetailPage_RestoreContactMutation = graphql(`
  mutation ContactDetailPage_RestoreContact($input: ContactIdInput!) {
    restoreContact(input: $input) {
      errors {
        code
        message
        field
      }
      contact {
        id
        archivedAt
        updatedAt
      }
    }
  }
`);

/** Brings an archived contact back; lists are dropped from the cache so they show it again. */
export function useRestoreContact() {
  const [mutate, { loading }] = useMutation(ContactDetailPage_RestoreContactMutation, {
    update(cache, { data }) {
      if (succeeded(data?.restoreContact)) evictContactLists(cache);
    },
  });
  const restoreContact = useCallback(
    (id: string) => runMutation(async () => (await mutate({ variables: { input: { id } } })).data?.restoreContact),
    [mutate],
  );
  return { restoreContact, loading };
}
