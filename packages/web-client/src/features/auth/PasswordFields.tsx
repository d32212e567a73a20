import type { Ref } from 'react';
import { TextField } from '../../ui/Field';
import { PASSWORD_MIN_LENGTH, passwordStrength } from './passwordStrength';

export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. Long passphrases are welcome, e.g. a few unrelated words; very common passwords are refused.`;

interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  passwordError?: string | null;
  confirmError?: string | null;
  passwordRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
  /** The account's email and name, to warn against using them. */
  person?: { email?: string; name?: string };
  passwordLabel?: string;
  confirmLabel?: string;
}

/** A new password with a live strength hint, and the same password again. */
export function NewPasswordFields({
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  passwordError,
  confirmError,
  passwordRef,
  confirmRef,
  person,
  passwordLabel = 'New password',
  confirmLabel = 'Confirm new password',
}: NewPasswordFieldsProps) {
  const strength = passwordStrength(password, person);
  return (
    <>
      <TextField
        ref={passwordRef}
        label={passwordLabel}
        name="new-password"
        type="password"
        autoComplete="new-password"
        required
        hint={NEW_PASSWORD_HINT}
        value={password}
        onChange={(event) => onPasswordChange(event.target.value)}
        error={passwordError}
        after={
          <div className={`strength strength--${strength.level}`}>
            {strength.level !== 'empty' ? (
              <p className="strength__text" aria-hidden="true">
                <span className="strength__bar" />
                {strength.text}
              </p>
            ) : null}
            {/* Announces only when the level changes, not on every keystroke. */}
            <span className="visually-hidden" aria-live="polite">
              {strength.announcement}
            </span>
          </div>
        }
      />
      <TextField
        ref={confirmRef}
        label={confirmLabel}
        name="confirm-password"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(event) => onConfirmChange(event.target.value)}
        error={confirmError}
      />
    </>
  );
}

/** Client-side checks of a new password and its confirmation, in the server's words where they overlap. */
export function checkNewPassword(password: string, confirm: string): { password?: string; confirm?: string } {
  const errors: { password?: string; confirm?: string } = {};
  if (!password) errors.password = 'Choose a password.';
  else if ([...password].length < PASSWORD_MIN_LENGTH) errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters; a few words make a good password.`;
  if (password && !confirm) errors.confirm = 'Type the password again.';
  else if (password && confirm !== password) errors.confirm = 'The two passwords are not the same. Type it again.';
  return errors;
}
