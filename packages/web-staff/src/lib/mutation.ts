import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

/** A problem to show on a form: a payload's UserError, or a failure of the request itself. */
export interface FormError {
  code: string;
  message: string;
  /** Path to the input field concerned, e.g. ["emails", "0", "address"]; null for the whole form. */
  field: readonly string[] | null;
}

export type MutationOutcome<TPayload> = { ok: true; payload: TPayload } | { ok: false; errors: FormError[] };

/** Words for a failed request (not a payload error), fit to show a person. */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    if (error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return 'Your session has ended. Sign in again to continue.';
    if (error.errors.some((e) => e.extensions?.['code'] === 'FORBIDDEN')) return 'You are not allowed to do this.';
    const first = error.errors[0];
    return first ? first.message : 'Something went wrong on our side. Please try again.';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return 'The server could not handle the request. Please try again in a moment.';
  return 'Could not reach the server. Check your connection and try again.';
}

/**
 * Runs a mutation whose payload carries `errors`, and folds every way it can fail into one
 * outcome: payload errors as they are, request failures as one form-level error.
 */
export async function runMutation<TPayload extends { errors: readonly FormError[] }>(
  execute: () => Promise<TPayload | null | undefined>,
): Promise<MutationOutcome<TPayload>> {
  try {
    const payload = await execute();
    if (!payload) return { ok: false, errors: [{ code: 'NO_RESULT', message: 'The server gave no answer. Please try again.', field: null }] };
    if (payload.errors.length > 0) return { ok: false, errors: [...payload.errors] };
    return { ok: true, payload };
  } catch (error) {
    return { ok: false, errors: [{ code: 'REQUEST_FAILED', message: describeError(error), field: null }] };
  }
}

/** True when a mutation payload reports no errors (for cache updates that must only follow success). */
export function succeeded(payload: { errors: readonly unknown[] } | null | undefined): boolean {
  return Boolean(payload && payload.errors.length === 0);
}
