import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
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
        ...MatterDetailPage_matter
      }
    }
  }
`);

export type CreateMatterInput = VariablesOf<typeof NewMatterPage_CreateMatterMutation>['input'];

/** Opens a matter; matter lists and the participants' cached matters are dropped. */
export function useCreateMatter() {
  const { run, loading } = usePayloadMutation(NewMatterPage_CreateMatterMutation, 'createMatter', {
    update(cache, { data }) {
      const payload = data?.createMatter;
      if (!succeeded(payload)) return;
      evictMatterLists(cache);
      for (const participant of payload?.matter?.participants ?? []) evictParticipations(cache, participant.contact.id);
    },
  });
  const createMatter = useCallback((input: CreateMatterInput) => run({ variables: { input } }), [run]);
  return { createMatter, loading };
}
