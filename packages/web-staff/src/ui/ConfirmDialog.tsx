import type { ReactNode } from 'react';
import { Alert } from './Alert';
import { Button } from './Button';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, in words. */
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  onConfirm: () => void;
  busy: boolean;
  /** Why the last attempt failed; shown in the dialog, which stays open. */
  error?: string | null;
  tone?: 'danger' | 'primary';
}

/** Asks before an action that cannot simply be undone. Cancel has focus first, so Enter does no harm. */
export function ConfirmDialog({ open, onClose, title, children, confirmLabel, busyLabel, onConfirm, busy, error, tone = 'danger' }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <div className="confirm">
        {error ? (
          <Alert tone="error" role="alert" title="That did not work">
            <p>{error}</p>
          </Alert>
        ) : null}
        <div className="confirm__text">{children}</div>
        <div className="form-actions">
          <Button variant={tone} onClick={onConfirm} busy={busy} busyLabel={busyLabel}>
            {confirmLabel}
          </Button>
          <Button variant="quiet" onClick={onClose} data-autofocus>
            Cancel
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
