import type { ReactNode, Ref } from 'react';

interface AlertProps {
  /** "error" is announced at once (role="alert"); "info" politely (role="status"). */
  tone?: 'error' | 'info';
  title?: string;
  children: ReactNode;
  /** Lets a form move focus to the alert after a failed submit. */
  ref?: Ref<HTMLDivElement>;
}

export function Alert({ tone = 'error', title, children, ref }: AlertProps) {
  return (
    <div ref={ref} className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={-1}>
      <span className="alert__icon" aria-hidden="true">
        {tone === 'error' ? '!' : 'i'}
      </span>
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        <div>{children}</div>
      </div>
    </div>
  );
}
