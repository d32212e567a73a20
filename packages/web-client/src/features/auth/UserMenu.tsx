import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useFirm } from '../firm/FirmContext';
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

/** The signed-in client's name in the header; opens to show their email and "Sign out". */
export function UserMenu() {
  const viewer = useSignedInViewer();
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
    // Forget the signed-in client (gc drops their cached record); the portal then shows the sign-in page.
    apollo.cache.modify({ id: 'ROOT_QUERY', fields: { clientViewer: () => null } });
    apollo.cache.gc();
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
        {error ? <Alert>{error}</Alert> : null}
        <Button variant="secondary" className="user-menu__sign-out" busy={loading} busyLabel="Signing out…" onClick={handleSignOut}>
          Sign out
        </Button>
      </div>
    </div>
  );
}
