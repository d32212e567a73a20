import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
        ...ContactDetailPage_contact
      }
    }
  }
`);

export type CreateContactInput = VariablesOf<typeof NewContactPage_CreateContactMutation>['input'];

/** Adds a contact; contact lists are dropped from the cache so they show it next time. */
export function useCreateContact() {
  const { run, loading } = usePayloadMutation(NewContactPage_CreateContactMutation, 'createContact', {
    update(cache, { data }) {
      if (succeeded(data?.createContact)) evictContactLists(cache);
    },
  });
  const createContact = useCallback((input: CreateContactInput) => run({ variables: { input } }), [run]);
  return { createContact, loading };
}
