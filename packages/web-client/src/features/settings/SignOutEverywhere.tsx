import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';
import { forgetSignedInClient } from '../auth/session';
import type { SignInState } from '../auth/SignInPage';
import { useFirm } from '../firm/FirmContext';

const SignOutEverywhere_SignOut = graphql(`
  mutation SignOutEverywhere_SignOut {
    signOutEverywhere {
      ok
      errors {
        code
        message
        field
      }
    }
  }
`);

/** S13: ends every session of the account, this browser's included, then shows the sign-in page. */
export function SignOutEverywhere() {
  const firm = useFirm();
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [error, setError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const sessionEnded = useSessionEnded();
  const [signOut, { loading }] = useMutation(SignOutEverywhere_SignOut);

  async function handleClick() {
    setError(null);
    try {
      const { data } = await signOut();
      const payload = data?.signOutEverywhere;
      if (!payload || payload.errors.length > 0 || !payload.ok) {
        setError(payload?.errors.map((e) => e.message).join(' ') || 'Signing out everywhere did not work. Please try again.');
        focusLater(() => alertRef.current);
        return;
      }
    } catch (failure) {
      if (sessionEnded(failure)) return;
      setError(describeRequestError(failure));
      focusLater(() => alertRef.current);
      return;
    }
    const state: SignInState = { notice: 'You were signed out everywhere, on this device too. Sign in again to continue.' };
    navigate(`/p/${firm.slug}`, { replace: true, state });
    forgetSignedInClient(apollo.cache);
  }

  return (
    <div className="stack">
      <p>
        Signs you out in every browser and on every device where you are signed in, this one included. Use it if you signed in on a shared or
        lost device.
      </p>
      {error ? (
        <Alert ref={alertRef} title="You were not signed out">
          {error}
        </Alert>
      ) : null}
      <div>
        <Button variant="secondary" busy={loading} busyLabel="Signing out everywhere…" onClick={handleClick}>
          Sign out everywhere
        </Button>
      </div>
    </div>
  );
}
