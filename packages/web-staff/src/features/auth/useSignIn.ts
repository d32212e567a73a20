import { graphql } from '@atrium/schema/staff';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation } from '../../lib/mutation';

const SignInPage_SignInMutation = graphql(`
  mutation SignInPage_SignIn($input: SignInInput!) {
    signInStaff(input: $input) {
      errors {
        code
        message
        field
      }
      staff {
        id
      }
    }
  }
`);

/**
 * Signs a staff member in. On success the whole cache is reset, so nothing cached for an
 * earlier session survives, and the active viewer query fetches the new staff member.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignInPage_SignInMutation);
  const signIn = useCallback(
    async (email: string, password: string) => {
      const outcome = await runMutation(async () => (await mutate({ variables: { input: { email, password } } })).data?.signInStaff);
      if (outcome.ok) await client.resetStore();
      return outcome;
    },
    [client, mutate],
  );
  return { signIn, loading };
}
