import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One client per firm address: every request names the firm with x-atrium-firm, because the
 * server honours the client session cookie only at its own firm's address.
 */
export function createApolloClient(firmSlug: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'x-atrium-firm': firmSlug },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // Branding has no id; the slug names it.
        FirmBranding: { keyFields: ['slug'] },
        ClientPortal: {
          fields: {
            // Fellow members have no id; a fresh list simply replaces the old one.
            members: { merge: false },
            permissions: { merge: true },
            // Sent whole on every read; the newest list replaces the cached one.
            messageThreads: { merge: false },
          },
        },
        MessageThread: { fields: { messages: { merge: false } } },
      },
    }),
  });
}
