import type { ApolloCache } from '@apollo/client';

/** Drops the cached list of active staff (used to pick who is responsible for a matter). */
export function evictActiveStaffList(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'staffMembers', args: { includeDeactivated: false } });
  cache.gc();
}
