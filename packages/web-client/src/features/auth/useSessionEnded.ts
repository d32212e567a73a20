import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { isSignedOutError } from '../../app/requestErrors';
import { useFirm } from '../firm/FirmContext';
import { forgetSignedInClient } from './session';
import type { SignInState } from './SignInPage';

/**
 * For a request that failed: when it failed because the session is gone (expired, or ended by
 * "sign out everywhere" on another device), shows the sign-in page with a word of explanation and
 * returns true; otherwise returns false and the caller reports the failure.
 */
export function useSessionEnded(): (error: unknown) => boolean {
  const apollo = useApolloClient();
  const navigate = useNavigate();
  const firm = useFirm();
  return useCallback(
    (error: unknown) => {
      if (!isSignedOutError(error)) return false;
      const state: SignInState = { notice: 'Your session has ended. Please sign in again.' };
      void navigate(`/p/${firm.slug}`, { replace: true, state });
      forgetSignedInClient(apollo.cache);
      return true;
    },
    [apollo, navigate, firm.slug],
  );
}
