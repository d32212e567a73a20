import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictContactLists } from './cache';

const ContactDetailPage_ArchiveContactMutation = graphql(`
  mutation ContactDetailPage_ArchiveContact($input: ContactIdInput!) {
    archiveContact(input: $input) {
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

/** Archives a contact; lists (which hide archived contacts) are dropped from the cache. */
export function useArchiveContact() {
  const [mutate, { loading }] = useMutation(ContactDetailPage_ArchiveContactMutation, {
    update(cache, { data }) {
      if (succeeded(data?.archiveContact)) evictContactLists(cache);
    },
  });
  const archiveContact = useCallback(
    (id: string) => runMutation(async () => (await mutate({ variables: { input: { id } } })).data?.archiveContact),
    [mutate],
  );
  return { archiveContact, loading };
}
