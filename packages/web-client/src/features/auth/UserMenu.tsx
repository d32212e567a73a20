import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useFirm } from '../firm/FirmContext';
import { useViewing } from '../viewing/ViewingContext';
import { forgetSignedInClient } from './session';
import { useSignedInViewer } from './ViewerContext';

const UserMenu_SignOut = graphql(`
  mutation UserMenu_SignOut {
    signOutClient {
      signedOut
      errors {
        code
        message
        field
      }
    }
  }
`);

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

/** The signed-in client's name in the header; opens to show their email, their settings and "Sign out". */
export function UserMenu() {
  const viewer = useSignedInViewer();
  const viewing = useViewing();
  const firm = useFirm();
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [signOut, { loading }] = useMutation(UserMenu_SignOut);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggleRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  async function handleSignOut() {
    setError(null);
    try {
      const { data } = await signOut();
      const payload = data?.signOutClient;
      if (!payload || payload.errors.length > 0 || !payload.signedOut) {
        setError(payload?.errors.map((e) => e.message).join(' ') || 'Signing out did not work. Please try again.');
        return;
      }
    } catch (failure) {
      setError(describeRequestError(failure));
      return;
    }
    navigate(`/p/${firm.slug}`, { replace: true });
    // Forget the signed-in client; the portal then shows the sign-in page.
    forgetSignedInClient(apollo.cache);
  }

  return (
    <div className="user-menu" ref={containerRef}>
      <button
        ref={toggleRef}
        type="button"
        className="user-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(viewer.name)}
        </span>
        <span className="user-menu__name">{viewer.name}</span>
        <span className="user-menu__chevron" aria-hidden="true" />
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <span className="user-menu__label">Signed in as</span>
          <span className="user-menu__email">{viewer.email}</span>
        </p>
        <Link className="user-menu__link" to={`/p/${firm.slug}/settings`} onClick={() => setOpen(false)}>
          Settings
        </Link>
        {error ? <Alert>{error}</Alert> : null}
        {/* During a staff view this ends the view (its session), not the member's own sessions. */}
        <Button variant="secondary" className="user-menu__sign-out" busy={loading} busyLabel={viewing ? 'Leaving…' : 'Signing out…'} onClick={handleSignOut}>
          {viewing ? 'Leave this view' : 'Sign out'}
        </Button>
      </div>
    </div>
  );
}
