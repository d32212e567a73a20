import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';

const FirmSettingsPage_UpdateFirmMutation = graphql(`
  mutation FirmSettingsPage_UpdateFirm($input: UpdateFirmInput!) {
    updateFirm(input: $input) {
      errors {
        code
        message
        field
      }
      firm {
        id
        name
        slug
        accentColor
        logoUrl
        updatedAt
      }
    }
  }
`);

export type UpdateFirmInput = VariablesOf<typeof FirmSettingsPage_UpdateFirmMutation>['input'];

/** Changes the firm's name and branding; the firm is normalized, so the header follows at once. */
export function useUpdateFirm() {
  const [mutate, { loading }] = useMutation(FirmSettingsPage_UpdateFirmMutation);
  const updateFirm = useCallback((input: UpdateFirmInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.updateFirm), [mutate]);
  return { updateFirm, loading };
}
