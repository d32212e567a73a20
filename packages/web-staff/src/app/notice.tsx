import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

interface Notice {
  id: number;
  message: string;
  /** The page the notice belongs to; it shows only there. */
  path: string;
}

interface NoticeApi {
  /** Shows a short confirmation ("Contact saved.") on `path`, or on the current page. */
  notify: (message: string, path?: string) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
const NoticeStateContext = createContext<{ notice: Notice | null; dismiss: () => void } | null>(null);

let nextId = 1;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((message: string, path?: string) => {
    setNotice({ id: nextId++, message, path: path ?? window.location.pathname });
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);
  const api = useMemo(() => ({ notify }), [notify]);
  const state = useMemo(() => ({ notice, dismiss }), [notice, dismiss]);
  return (
    <NoticeContext value={api}>
      <NoticeStateContext value={state}>{children}</NoticeStateContext>
    </NoticeContext>
  );
}

export function useNotice(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotice must be used inside <NoticeProvider>.');
  return api;
}

/** The polite live region where confirmations appear; it stays mounted so they are announced. */
export function NoticeRegion() {
  const state = useContext(NoticeStateContext);
  const location = useLocation();
  const notice = state?.notice && state.notice.path === location.pathname ? state.notice : null;
  const dismiss = state?.dismiss;

  useEffect(() => {
    if (!notice || !dismiss) return;
    const timer = window.setTimeout(dismiss, 10_000);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className="notice" key={notice.id}>
          <span className="notice__icon" aria-hidden="true">
            ✓
          </span>
          <span className="notice__message">{notice.message}</span>
          <button type="button" className="notice__dismiss" onClick={dismiss} aria-label="Dismiss message">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
