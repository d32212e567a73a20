import { hash, verify, type Options } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords.js';

/** OWASP's argon2id settings: 19 MiB, two passes, one lane. */
// `algorithm: 2` is Algorithm.Argon2id; the enum is a const enum that isolated modules cannot read.
const ARGON2_OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real check when there is no account, so that response times
 * do not tell which emails have one.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-for-anyone');
  await verifyPassword(await dummyHash, password);
  return false;
}

/**
 * Why a new password is refused, or null when it is acceptable: long enough, not too long, not
 * one of the most common passwords, and not the person's own email or name. No composition
 * rules: a long passphrase of plain words is good.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters; a few words make a good password.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const folded = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || /^(.)\1+$/.test(folded)) return 'This password is one of the most common; choose something less guessable.';
  const own = [person.email, person.email?.split('@')[0], person.name].filter((v): v is string => Boolean(v && v.length >= 4));
  if (own.some((value) => folded === value.toLowerCase() || folded.replace(/\s+/g, '') === value.toLowerCase().replace(/\s+/g, ''))) {
    return 'Do not use your email address or name as your password.';
  }
  return null;
}
