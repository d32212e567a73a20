import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { describeError } from '../lib/mutation';
import { Button } from './Button';
import type { SortedErrors } from './formErrors';

interface AlertProps {
  tone?: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  /** "alert" interrupts (errors); "status" waits politely; none for static notes. */
  role?: 'alert' | 'status';
  className?: string;
}

export function Alert({ tone = 'info', title, children, role, className }: AlertProps) {
  return (
    <div className={cx('alert', `alert--${tone}`, className)} role={role}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children}
    </div>
  );
}

/** A query that failed before anything could be shown, with a way to try again. */
export function LoadErrorAlert({ title, error, onRetry }: { title: ReactNode; error: unknown; onRetry: () => Promise<unknown> }) {
  return (
    <Alert tone="error" role="alert" title={title}>
      <p>{describeError(error)}</p>
      <Button onClick={() => void onRetry().catch(() => undefined)}>Try again</Button>
    </Alert>
  );
}

/**
 * The form-level summary of a failed submit: errors that belong to no single control, and a
 * pointer to the controls marked below. Announced at once (role="alert") and focusable.
 */
export function FormAlert({ errors, title = 'This could not be saved' }: { errors: SortedErrors; title?: string }) {
  const fieldCount = [...errors.fields.values()].reduce((sum, list) => sum + list.length, 0);
  if (errors.general.length === 0 && fieldCount === 0) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} data-form-alert>
      <p className="alert__title">{errors.general.length > 0 ? title : 'Check the form'}</p>
      {errors.general.length > 0 ? (
        <ul className="alert__list">
          {errors.general.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {fieldCount > 0 ? <p>{fieldCount === 1 ? 'One field needs attention: see the message next to it.' : `${fieldCount} fields need attention: see the messages next to them.`}</p> : null}
    </div>
  );
}
