import { useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { isAdmin, useViewer } from '../features/auth/viewer';
import { useSignOut } from '../features/auth/useSignOut';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { NoticeRegion } from './notice';

const ROLE_LABELS = { ADMIN: 'Admin', STAFF: 'Staff' } as const;

/** After a client-side navigation, moves focus to the new page's heading (as a page load would). */
function useFocusOnNavigate(main: RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const previous = useRef(location.pathname);
  useEffect(() => {
    if (previous.current === location.pathname) return;
    previous.current = location.pathname;
    // An address with a #part is a link to a place in the page, which the page focuses itself.
    if (location.hash) return;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    (heading ?? main.current)?.focus();
  }, [location.pathname, location.hash, main]);
}

export function AppLayout() {
  const viewer = useViewer();
  const mainRef = useRef<HTMLElement>(null);
  const { signOut, loading: signingOut } = useSignOut();
  const [signOutError, setSignOutError] = useState<string | null>(null);
  useFocusOnNavigate(mainRef);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  const handleSignOut = async () => {
    setSignOutError(null);
    const outcome = await signOut();
    if (!outcome.ok) setSignOutError(outcome.errors.map((e) => e.message).join(' '));
  };

  const admin = isAdmin(viewer);
  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <Link to="/contacts" className="brand">
              <span className="brand-mark" aria-hidden="true">
                A
              </span>
              <span className="visually-hidden">Atrium: </span>
              <span className="brand__firm">{viewer.firm.name}</span>
            </Link>
          </div>
          <nav className="app-nav" aria-label="Main">
            <ul>
              <li>
                <NavLink to="/contacts">Contacts</NavLink>
              </li>
              <li>
                <NavLink to="/matters">Matters</NavLink>
              </li>
              <li>
                <NavLink to="/portals">Client portals</NavLink>
              </li>
              <li>
                <NavLink to="/messages">Messages</NavLink>
              </li>
              <li>
                <NavLink to="/appointment-requests">Appointment requests</NavLink>
              </li>
              <li>
                <NavLink to="/activity">Activity</NavLink>
              </li>
              <li>
                <NavLink to="/mail">Sent mail</NavLink>
              </li>
              {admin ? (
                <>
                  <li>
                    <NavLink to="/staff">Staff</NavLink>
                  </li>
                  <li>
                    <NavLink to="/settings/firm">Firm settings</NavLink>
                  </li>
                  <li>
                    <NavLink to="/settings/portal">Portal settings</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <div className="app-header__user">
            <p className="user-chip">
              <span className="user-chip__name">{viewer.name}</span>
              <span className="user-chip__role">{ROLE_LABELS[viewer.role]}</span>
            </p>
            <Button size="sm" variant="quiet" onClick={() => void handleSignOut()} busy={signingOut} busyLabel="Signing out…">
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        {signOutError ? (
          <Alert tone="error" role="alert" title="You are still signed in">
            <p>{signOutError}</p>
          </Alert>
        ) : null}
        <NoticeRegion />
        <Outlet />
      </main>
    </div>
  );
}
