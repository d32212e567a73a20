import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Tokens read from an address, by path, kept in memory only: the page still has its token after the fragment is gone. */
const remembered = new Map<string, string>();

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment).trim();
  } catch {
    return fragment.trim();
  }
}

/**
 * The secret token of an invitation or reset link, which comes in the address's fragment
 * (`#TOKEN`: browsers never send the fragment to a server or in a Referer). Once read it is taken
 * out of the address bar with history.replaceState (through the router), so it is neither left in
 * the browser's history nor copied along with the address. It is only ever sent as a GraphQL
 * variable. A new fragment (a second link pasted into the same tab) replaces the token.
 */
export function useFragmentToken(): string {
  const location = useLocation();
  const navigate = useNavigate();
  const fragment = location.hash.replace(/^#/, '');
  if (fragment) remembered.set(location.pathname, decode(fragment));

  useEffect(() => {
    if (location.hash) {
      // replace: the router calls history.replaceState, so no history entry keeps the token.
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: location.state });
    }
  }, [location.hash, location.pathname, location.search, location.state, navigate]);

  return remembered.get(location.pathname) ?? '';
}
