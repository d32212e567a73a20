import { useEffect, type RefObject } from 'react';
import type { FormError } from '../lib/mutation';

/** Errors sorted for display: by the key of the control they belong to, or for the whole form. */
export interface SortedErrors {
  fields: ReadonlyMap<string, string[]>;
  general: string[];
}

/**
 * Sorts errors onto a form's controls. `keyOf` turns an error's field path into the key of a
 * control the form shows, or null when it shows none; such errors go to the form-level alert.
 */
export function sortErrors(errors: readonly FormError[], keyOf: (path: readonly string[]) => string | null): SortedErrors {
  const fields = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const key = error.field && error.field.length > 0 ? keyOf(error.field) : null;
    if (key === null) {
      general.push(error.message);
      continue;
    }
    const list = fields.get(key);
    if (list) list.push(error.message);
    else fields.set(key, [error.message]);
  }
  return { fields, general };
}

/** For forms whose controls are named exactly like the input fields. */
export function keyFromKnown(known: readonly string[]): (path: readonly string[]) => string | null {
  return (path) => {
    const key = path.join('.');
    return known.includes(key) ? key : null;
  };
}

/** Moves focus to the first invalid control in `container`, else to its form-level alert. */
export function focusFirstError(container: HTMLElement | null): void {
  if (!container) return;
  const target = container.querySelector<HTMLElement>('[aria-invalid="true"]') ?? container.querySelector<HTMLElement>('[data-form-alert]');
  target?.focus();
}

/**
 * After each failed submit (a new `errors` array), moves focus to the first error. The array
 * must be replaced, not mutated, on every submit so that a repeated failure moves focus again.
 */
export function useFocusFirstError(container: RefObject<HTMLElement | null>, errors: readonly unknown[]): void {
  useEffect(() => {
    if (errors.length > 0) focusFirstError(container.current);
  }, [container, errors]);
}
