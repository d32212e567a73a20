import { useEffect, useRef } from 'react';

/**
 * Moves focus to a page's heading when the page replaces another one while focus was lost
 * (e.g. after signing in or out, the control that had focus is gone), so keyboard and
 * screen reader users start at the top of the new page.
 */
export function usePageFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (ref.current && (active === null || active === document.body)) {
      ref.current.focus({ preventScroll: true });
    }
  }, []);
  return ref;
}
