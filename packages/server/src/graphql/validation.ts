import type { z } from 'zod';
import { UserErrorCode, UserFacingError } from './user-error.js';

/** Checks an input against a schema; every problem becomes an INVALID_INPUT error naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new UserFacingError(
    result.error.issues.map((issue) => ({
      code: UserErrorCode.INVALID_INPUT,
      message: issue.message,
      field: issue.path.length > 0 ? issue.path.map(String) : null,
    })),
  );
}
