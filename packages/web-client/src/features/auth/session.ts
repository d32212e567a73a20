import type { ApolloCache } from '@apollo/client';

/**
 * Forgets the signed-in client after their session ended (sign out, sign out everywhere, a
 * password reset): the portal then shows the sign-in page, and nothing read for them (their
 * portals, a staff view) stays in the cache for whoever signs in next in this tab.
 */
export function forgetSignedInClient(cache: ApolloCache): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      clientViewer: () => null,
      portalViewing: () => null,
      myPortals: (_value, { DELETE }) => DELETE,
    },
  });
  cache.gc();
}
