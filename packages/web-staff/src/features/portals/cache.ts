import type { ApolloCache } from '@apollo/client';

/**
 * After a change to a contact's portal: its portal and status are dropped (the pages showing
 * them fetch afresh), and so are the lists a change moves things in: contacts by portal status,
 * the activity log and the sent mail.
 */
export function evictPortalOf(cache: ApolloCache, contactId: string | number | null | undefined): void {
  if (contactId) {
    const id = cache.identify({ __typename: 'Contact', id: contactId });
    if (id) {
      cache.evict({ id, fieldName: 'portal' });
      cache.evict({ id, fieldName: 'portalStatus' });
      cache.evict({ id, fieldName: 'memberships' });
    }
  }
  evictPortalLists(cache);
}

/** Drops the lists any portal change can alter. */
export function evictPortalLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'activity' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'sentEmails' });
  cache.gc();
}
