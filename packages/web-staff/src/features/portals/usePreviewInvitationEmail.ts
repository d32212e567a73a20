import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';

const InviteDialog_PreviewInvitationEmailMutation = graphql(`
  mutation InviteDialog_PreviewInvitationEmail($input: PreviewInvitationEmailInput!) {
    previewInvitationEmail(input: $input) {
      errors {
        code
        message
        field
      }
      preview {
        subject
        html
        text
      }
    }
  }
`);

export type PreviewInvitationEmailInput = VariablesOf<typeof InviteDialog_PreviewInvitationEmailMutation>['input'];

/** Renders an invitation email without sending it; nothing changes, so nothing in the cache does. */
export function usePreviewInvitationEmail() {
  const [mutate, { loading }] = useMutation(InviteDialog_PreviewInvitationEmailMutation);
  const previewInvitationEmail = useCallback(
    (input: PreviewInvitationEmailInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.previewInvitationEmail),
    [mutate],
  );
  return { previewInvitationEmail, loading };
}
