/** The server's rule (packages/server password.ts): at least 12 characters; no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
/** From this length a password is a comfortable passphrase. */
const STRONG_LENGTH = 20;

export type StrengthLevel = 'empty' | 'short' | 'personal' | 'ok' | 'strong';

export interface Strength {
  level: StrengthLevel;
  /** Shown under the field; may change on every keystroke. */
  text: string;
  /** Announced to screen readers; changes only when the level does. */
  announcement: string;
}

/**
 * A live hint while choosing a password. It mirrors the server's length rule and its check
 * against the person's own email and name; the server also refuses the most common passwords,
 * and its message is shown at the field when it does.
 */
export function passwordStrength(password: string, person: { email?: string; name?: string } = {}): Strength {
  if (!password) return { level: 'empty', text: '', announcement: '' };
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    const missing = PASSWORD_MIN_LENGTH - length;
    return {
      level: 'short',
      text: `Too short: ${missing} more ${missing === 1 ? 'character' : 'characters'} needed.`,
      announcement: 'Password too short.',
    };
  }
  const folded = password.trim().toLowerCase().replace(/\s+/g, '');
  const own = [person.email, person.email?.split('@')[0], person.name]
    .filter((value): value is string => Boolean(value && value.length >= 4))
    .map((value) => value.toLowerCase().replace(/\s+/g, ''));
  if (own.includes(folded)) {
    return { level: 'personal', text: 'Do not use your email address or name as your password.', announcement: 'Password is your email or name.' };
  }
  if (length < STRONG_LENGTH) {
    return { level: 'ok', text: 'Long enough. A few more words make it even stronger.', announcement: 'Password long enough.' };
  }
  return { level: 'strong', text: 'Strong: a long passphrase.', announcement: 'Strong password.' };
}
