import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { AuthGate_ViewerQuery } from '../features/auth/AuthGate';

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Lists grow with "Load more"; each filter (and page size) is a list of its own.
          contacts: relayStylePagination(['filter', 'first']),
          matters: relayStylePagination(['filter', 'first']),
          staffMembers: { keyArgs: ['includeDeactivated'], merge: false },
          activity: relayStylePagination(['filter', 'first']),
          sentEmails: relayStylePagination(['filter', 'first']),
          messageThreads: relayStylePagination(['filter', 'first']),
        },
      },
      // The firm has one set of portal settings: one cache entry, updated by every answer.
      PortalSettings: { keyFields: [] },
      MemberPermissions: { merge: true },
      Inviter: { merge: true },
      EmailPreview: { keyFields: false },
      // Lists the server sends whole: the newest replaces what was cached.
      Contact: {
        fields: {
          emails: { merge: false },
          phones: { merge: false },
          linkedContacts: { merge: false },
          participations: { merge: false },
          memberships: { merge: false },
        },
      },
      Matter: { fields: { participants: { merge: false }, invoices: { merge: false }, sharedWithPortals: { merge: false } } },
      Invoice: { fields: { lines: { merge: false }, payments: { merge: false } } },
      MessageThread: { fields: { messages: { merge: false } } },
      Portal: { fields: { members: { merge: false }, sharedMatters: { merge: false } } },
      BulkInvitationRun: { fields: { skipped: { merge: false } } },
      // A link seen from either side has the same linkId but a different relationship and
      // contact, so it is kept inside the contact it was read from rather than normalized.
      LinkedContact: { keyFields: false },
      PageInfo: { keyFields: false },
      UserError: { keyFields: false },
    },
  });
}

export function createApolloClient(): ApolloClient {
  const cache = createCache();

  // A request refused because the session ended: forget the viewer, which sends the app to the
  // sign-in page (and back to this page after signing in).
  const sessionLink = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: AuthGate_ViewerQuery, data: { viewer: null } });
    }
  });

  // Same origin: the session cookie goes along; HttpLink posts JSON, which satisfies the
  // server's CSRF prevention.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionLink, httpLink]),
    clientAwareness: { name: 'atrium-web-staff', version: '0.1.0' },
  });
}
