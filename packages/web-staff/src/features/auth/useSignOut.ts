import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation } from '../../lib/mutation';

const AppLayout_SignOutMutation = graphql(`
  mutation AppLayout_SignOut {
    signOutStaff {
      errors {
        code
        message
        field
      }
      signedOut
    }
  }
`);

/**
 * Ends the session. The page is then loaded afresh at the sign-in page, which drops every
 * cached record and every piece of page state of the session in one go.
 */
export function useSignOut() {
  const [mutate, { loading }] = useMutation(AppLayout_SignOutMutation);
  const signOut = useCallback(async () => {
    const outcome = await runMutation(async () => (await mutate()).data?.signOutStaff);
    if (outcome.ok) window.location.assign('/sign-in');
    return outcome;
  }, [mutate]);
  return { signOut, loading };
}
