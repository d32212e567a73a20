import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

/** Words for a request that failed outright (not a UserError in a payload). */
export function describeRequestError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error) || ServerError.is(error) || ServerParseError.is(error)) {
    return 'Something went wrong on our side. Please try again in a moment.';
  }
  return 'We could not reach the portal. Check your internet connection and try again.';
}

/** An expected failure returned by a mutation. */
export interface UserErrorLike {
  code: string;
  message: string;
  field: ReadonlyArray<string> | null;
}

/**
 * Splits a payload's errors into errors for the form's own fields (by the first element of
 * `field`) and the rest, shown as one form-level alert.
 */
export function splitUserErrors<F extends string>(
  errors: ReadonlyArray<UserErrorLike>,
  fields: ReadonlyArray<F>,
): { fieldErrors: Partial<Record<F, string>>; formErrors: string[] } {
  const fieldErrors: Partial<Record<F, string>> = {};
  const formErrors: string[] = [];
  for (const error of errors) {
    const name = fields.find((field) => field === error.field?.[0]);
    if (name !== undefined && fieldErrors[name] === undefined) fieldErrors[name] = error.message;
    else formErrors.push(error.message);
  }
  return { fieldErrors, formErrors };
}

/** True when the server says the request needs a session that is no longer there (it expired, or ended elsewhere). */
export function isSignedOutError(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
