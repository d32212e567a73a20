import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Every expected failure a mutation can report. Clients switch on the code; the message is for people. */
export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  NOT_ALLOWED = 'NOT_ALLOWED',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  CONFLICT = 'CONFLICT',
  PORTAL_DISABLED = 'PORTAL_DISABLED',
  INVITATION_INVALID = 'INVITATION_INVALID',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  TERMS_NOT_ACCEPTED = 'TERMS_NOT_ACCEPTED',
  READ_ONLY = 'READ_ONLY',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'What kind of expected failure a mutation reports.',
  valuesConfig: {
    INVALID_INPUT: { description: 'A field of the input is missing or not acceptable; `field` says which.' },
    NOT_FOUND: { description: 'The thing named does not exist, or belongs to another firm.' },
    NOT_ALLOWED: { description: 'The signed-in user lacks the role or right this needs.' },
    ALREADY_EXISTS: { description: 'Something with the same unique value exists already.' },
    INVALID_CREDENTIALS: { description: 'The email or password is wrong. Which of the two is never said.' },
    TOO_MANY_ATTEMPTS: { description: 'Too many failed attempts; wait and try again.' },
    CONFLICT: { description: 'The change contradicts the current state, e.g. removing the last admin.' },
    PORTAL_DISABLED: { description: "The firm's client portal is turned off." },
    INVITATION_INVALID: { description: 'The invitation link was used, replaced, expired or never existed.' },
    WEAK_PASSWORD: { description: 'The new password is too short, too long or too common.' },
    TERMS_NOT_ACCEPTED: { description: 'The Terms of Service must be accepted (in their current version).' },
    READ_ONLY: { description: 'A staff member viewing the portal as a member cannot change anything.' },
  },
});

@ObjectType({ description: 'An expected failure of a mutation, returned as data. Nothing was changed.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Machine-readable kind of failure.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'What went wrong, in words fit to show a person.' })
  message!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field concerned, e.g. ["emails", "0", "address"]; null when no single field is at fault.',
  })
  field!: string[] | null;
}

/** Thrown by services for expected failures; mutations turn it into payload errors after rolling back. */
export class UserFacingError extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'UserFacingError';
  }

  static of(code: UserErrorCode, message: string, field?: string[]): UserFacingError {
    return new UserFacingError([{ code, message, field: field ?? null }]);
  }
}

export function notFound(what: string, field: string[] = ['id']): UserFacingError {
  return UserFacingError.of(UserErrorCode.NOT_FOUND, `No ${what} with that ID.`, field);
}

export function notAllowed(message: string): UserFacingError {
  return UserFacingError.of(UserErrorCode.NOT_ALLOWED, message);
}

/** Every mutation payload carries its expected failures. */
@ObjectType({ description: 'Base of mutation payloads.' })
export abstract class Payload {
  @Field(() => [UserError], { description: 'Expected failures; empty when the mutation succeeded.' })
  errors: UserError[] = [];
}

/**
 * Runs a mutation's work and turns expected failures into payload data. Anything else is
 * unexpected: it propagates, is logged, and reaches the caller as a generic error.
 */
export async function toPayload<P extends Payload>(make: () => P, work: (payload: P) => Promise<void>): Promise<P> {
  const payload = make();
  try {
    await work(payload);
    return payload;
  } catch (error) {
    if (error instanceof UserFacingError) {
      const failed = make();
      failed.errors = error.errors;
      return failed;
    }
    throw error;
  }
}
