import { useEffect, useState } from 'react';

/** A quiet loading state that appears only when loading takes a noticeable time. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), 300);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="loading" role="status" aria-live="polite">
      {visible ? (
        <>
          <span className="loading__spinner" aria-hidden="true" />
          <span>{label}</span>
        </>
      ) : (
        <span className="visually-hidden">{label}</span>
      )}
    </div>
  );
}
