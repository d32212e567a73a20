import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictContactLists } from './cache';

export const NewContactPage_CreateContactMutation = graphql(`
  mutation NewContactPage_CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      errors {
        code
        message
        field
      }
      contact {
        id
        displayName
        type
        kind
        firstName
        lastName
        organizationName
        notes
        primaryEmail
        archivedAt
        createdAt
        updatedAt
        emails {
          id
          address
          label
          isPrimary
        }
        phones {
          id
          number
          label
          isPrimary
        }
      }
    }
  }
`);

export type CreateContactInput = VariablesOf<typeof NewContactPage_CreateContactMutation>['input'];

/** Adds a contact; contact lists are dropped from the cache so they show it next time. */
export function useCreateContact() {
  const [mutate, { loading }] = useMutation(NewContactPage_CreateContactMutation, {
    update(cache, { data }) {
      if (succeeded(data?.createContact)) evictContactLists(cache);
    },
  });
  const createContact = useCallback(
    (input: CreateContactInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.createContact),
    [mutate],
  );
  return { createContact, loading };
}
