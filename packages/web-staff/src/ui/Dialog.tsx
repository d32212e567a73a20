import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** A wider dialog, for forms with a preview. */
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: the page behind is inert, Escape closes it,
 * focus goes to the first field marked data-autofocus (else the first focusable element) and
 * comes back to where it was when the dialog closes. Its content mounts only while open.
 */
export function Dialog({ open, onClose, title, description, children, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    if (!open && returnFocusTo.current) {
      const target = returnFocusTo.current;
      returnFocusTo.current = null;
      if (target.isConnected) target.focus();
    }
  }, [open]);

  useEffect(
    () => () => {
      // Unmounted while open (e.g. the page changed): give focus back all the same.
      const target = returnFocusTo.current;
      if (target?.isConnected) target.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // The browser may close it itself (a repeated Escape); keep the owner's state in step.
        if (open) onClose();
      }}
    >
      {open ? (
        <div className="dialog__body">
          <div className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="dialog__close" onClick={onClose} aria-label="Close">
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {description ? (
            <p id={descriptionId} className="dialog__description">
              {description}
            </p>
          ) : null}
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
