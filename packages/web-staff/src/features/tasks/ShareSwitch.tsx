import { useId, useState } from 'react';
import type { MutationOutcome } from '../../lib/mutation';
import { useViewer } from '../auth/viewer';

/** True when the signed-in staff member may share items with clients (S2). */
export function useMayShareItems(): boolean {
  const viewer = useViewer();
  return viewer.canShareItems || viewer.role === 'ADMIN';
}

interface ShareSwitchProps {
  shared: boolean;
  /** What is shared, for screen readers: "the to-do Sign the letter". */
  itemLabel: string;
  onChange: (shared: boolean) => Promise<MutationOutcome<unknown>>;
  /** Why it cannot be switched here, if it cannot (e.g. a request not answered yet). */
  unavailable?: string | null;
}

/**
 * The "Shared with client" switch on an item's row. Staff without the share-items right see the
 * state but cannot change it (the server refuses it all the same); a failure shows next to it.
 */
export function ShareSwitch({ shared, itemLabel, onChange, unavailable = null }: ShareSwitchProps) {
  const mayShare = useMayShareItems();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const disabledReason = unavailable ?? (mayShare ? null : 'Only staff who may share items can change this.');

  const toggle = async () => {
    if (busy || disabledReason) return;
    setBusy(true);
    setError(null);
    const outcome = await onChange(!shared);
    setBusy(false);
    if (!outcome.ok) setError(outcome.errors.map((e) => e.message).join(' '));
  };

  return (
    <div>
      <div className="switch-row">
        <button
          type="button"
          role="switch"
          aria-checked={shared}
          className="switch"
          aria-disabled={busy || Boolean(disabledReason) || undefined}
          aria-describedby={disabledReason ? hintId : undefined}
          onClick={() => void toggle()}
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          <span className="visually-hidden">Shared with client: {itemLabel}</span>
        </button>
        {/* The switch itself announces on or off; the words are for the eye. */}
        <span className={shared ? 'switch__state switch__state--on' : 'switch__state'} aria-hidden="true">
          {shared ? 'Shared' : 'Not shared'}
        </span>
      </div>
      {disabledReason ? (
        <p id={hintId} className="visually-hidden">
          {disabledReason}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A date without time (YYYY-MM-DD) as people read it, the same in every time zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
