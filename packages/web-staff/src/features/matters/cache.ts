import type { ApolloCache } from '@apollo/client';

/** Drops every cached matter list, so lists fetch afresh the next time they show. */
export function evictMatterLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'matters' });
  cache.gc();
}

/** Drops a contact's cached matters, so its page fetches them afresh. */
export function evictParticipations(cache: ApolloCache, contactId: string | number): void {
  const id = cache.identify({ __typename: 'Contact', id: contactId });
  if (id) cache.evict({ id, fieldName: 'participations' });
}
