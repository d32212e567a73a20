import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import { evictContactField } from './cache';

const ContactDetailPage_UnlinkContactsMutation = graphql(`
  mutation ContactDetailPage_UnlinkContacts($input: UnlinkContactsInput!) {
    unlinkContacts(input: $input) {
      errors {
        code
        message
        field
      }
      unlinked
    }
  }
`);

/**
 * Removes a link. The payload names no contact, so the link is taken out of the viewed
 * contact's cached list by hand, and the other contact's list is dropped.
 */
export function useUnlinkContacts() {
  const [mutate, { loading }] = useMutation(ContactDetailPage_UnlinkContactsMutation);
  const unlinkContacts = useCallback(
    (link: { linkId: string; contactId: string; otherContactId: string }) =>
      runMutation(
        async () =>
          (
            await mutate({
              variables: { input: { linkId: link.linkId } },
              update(cache, { data }) {
                if (!succeeded(data?.unlinkContacts)) return;
                cache.modify({
                  id: cache.identify({ __typename: 'Contact', id: link.contactId }),
                  fields: {
                    linkedContacts: (existing, { readField }) =>
                      Array.isArray(existing) ? existing.filter((item) => readField('linkId', item) !== link.linkId) : existing,
                  },
                });
                evictContactField(cache, link.otherContactId, 'linkedContacts');
              },
            })
          ).data?.unlinkContacts,
      ),
    [mutate],
  );
  return { unlinkContacts, loading };
}
