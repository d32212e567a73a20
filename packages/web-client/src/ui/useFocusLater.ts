import { useCallback, useEffect, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen: after a failed submit the error (or the
 * field it belongs to) only exists after React has rendered it. Call with a function that
 * returns the element, e.g. `focusLater(() => emailRef.current)`.
 */
export function useFocusLater(): (target: Target) => void {
  const [request, setRequest] = useState<{ target: Target } | null>(null);
  useEffect(() => {
    request?.target()?.focus();
  }, [request]);
  return useCallback((target: Target) => setRequest({ target }), []);
}
