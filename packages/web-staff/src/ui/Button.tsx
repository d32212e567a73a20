import type { ComponentPropsWithRef, MouseEvent, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from '../lib/cx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  /** While true the button stays focusable but ignores activation, and shows `busyLabel`. */
  busy?: boolean;
  busyLabel?: ReactNode;
}

function buttonClass(variant: ButtonVariant, size: 'md' | 'sm', className?: string): string {
  return cx('btn', `btn--${variant}`, size === 'sm' && 'btn--sm', className);
}

/**
 * A button. While busy it is marked aria-disabled rather than disabled, so keyboard focus is
 * not thrown away while a request runs.
 */
export function Button({ variant = 'secondary', size = 'md', busy = false, busyLabel, className, children, onClick, type = 'button', ...rest }: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button type={type} className={buttonClass(variant, size, className)} aria-disabled={busy || undefined} onClick={handleClick} {...rest}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
}

/** A link that looks like a button (for navigation, such as "New contact"). */
export function ButtonLink({ variant = 'secondary', size = 'md', className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClass(variant, size, typeof className === 'string' ? className : undefined)} {...rest} />;
}
