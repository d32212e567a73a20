import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';
import { evictMatterLists, evictParticipations } from './cache';

const NewMatterPage_CreateMatterMutation = graphql(`
  mutation NewMatterPage_CreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      errors {
        code
        message
        field
      }
      matter {
        id
        number
        name
        status
        description
        archivedAt
        closedAt
        createdAt
        updatedAt
        responsibleStaff {
          id
          name
          email
          active
        }
        participants {
          id
          role
          contact {
            id
            displayName
            primaryEmail
            type
            archivedAt
          }
        }
      }
    }
  }
`);

export type CreateMatterInput = VariablesOf<typeof NewMatterPage_CreateMatterMutation>['input'];

/** Opens a matter; matter lists and the participants' cached matters are dropped. */
export function useCreateMatter() {
  const [mutate, { loading }] = useMutation(NewMatterPage_CreateMatterMutation, {
    update(cache, { data }) {
      const payload = data?.createMatter;
      if (!succeeded(payload)) return;
      evictMatterLists(cache);
      for (const participant of payload?.matter?.participants ?? []) evictParticipations(cache, participant.contact.id);
    },
  });
  const createMatter = useCallback(
    (input: CreateMatterInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.createMatter),
    [mutate],
  );
  return { createMatter, loading };
}
