import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

// PostgreSQL cannot store the NUL character in text; refuse it once per operation, before any
// resolver runs, rather than letting it surface as a database error deep inside one.

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

function literalsHaveNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

export function rejectNulCharacters<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (hasNul(request.variables) || literalsHaveNul(document)) {
            throw new GraphQLError('Text must not contain the NUL character (U+0000).', { extensions: { code: 'BAD_USER_INPUT' } });
          }
        },
      };
    },
  };
}
