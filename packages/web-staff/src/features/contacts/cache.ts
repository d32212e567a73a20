import type { ApolloCache } from '@apollo/client';

/** Drops every cached contact list, so lists fetch afresh the next time they show. */
export function evictContactLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
  cache.gc();
}

/** Drops one cached field of a contact, so it is fetched afresh when next needed. */
export function evictContactField(cache: ApolloCache, contactId: string | number, fieldName: 'linkedContacts' | 'participations'): void {
  const id = cache.identify({ __typename: 'Contact', id: contactId });
  if (id) cache.evict({ id, fieldName });
}
