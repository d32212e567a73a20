import { CombinedGraphQLErrors, ServerError, ServerParseError, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import type { Cache } from '@apollo/client/cache';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

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

/** The hook's options set no variables: every call gives them all. */
type NoPresetVariables = Record<never, never>;

/**
 * One mutation whose payload (the `field` of its answer) carries `errors`: `run` takes the same
 * options as Apollo's mutate function (variables, a per-call update…) and resolves to the
 * outcome the forms use. Each named hook keeps its own document and cache update in `options`.
 */
export function usePayloadMutation<
  TData extends Record<TField, { errors: readonly FormError[] } | null | undefined>,
  TVariables extends OperationVariables,
  TField extends keyof TData,
>(mutation: TypedDocumentNode<TData, TVariables>, field: TField, options?: useMutation.Options<TData, TVariables, Cache.Implementation, NoPresetVariables>) {
  const [mutate, { loading }] = useMutation<TData, TVariables, Cache.Implementation, NoPresetVariables>(mutation, options);
  const run = useCallback(
    (...args: Parameters<typeof mutate>) =>
      runMutation(async () => {
        const { data } = await mutate(...args);
        const payload: TData[TField] | undefined = data?.[field];
        return payload ?? undefined;
      }),
    [mutate, field],
  );
  return { run, loading };
}
