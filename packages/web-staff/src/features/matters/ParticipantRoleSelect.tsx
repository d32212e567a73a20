import { useId } from 'react';
import { optionsOf } from '../../lib/enums';
import { FieldError } from '../../ui/Field';
import { PARTICIPANT_ROLE_LABELS, type ParticipantRole } from './labels';

export const ROLE_OPTIONS = optionsOf(PARTICIPANT_ROLE_LABELS);

interface ParticipantRoleSelectProps {
  /** Whose role this is; it completes the label for screen readers ("Role of Maria Lopez"). */
  contactName: string;
  value: ParticipantRole;
  onChange: (role: ParticipantRole) => void;
  disabled?: boolean;
  error?: readonly string[] | undefined;
}

/** A role select inside a participants table row, with a compact visible label. */
export function ParticipantRoleSelect({ contactName, value, onChange, disabled, error = [] }: ParticipantRoleSelectProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = error.length > 0;
  return (
    <div className="inline-field">
      <label htmlFor={id} className="inline-field__label">
        Role<span className="visually-hidden"> of {contactName}</span>
      </label>
      <select
        id={id}
        className="input input--select input--compact"
        value={value}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          const option = ROLE_OPTIONS.find((item) => item.value === event.target.value);
          if (option) onChange(option.value);
        }}
      >
        {ROLE_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} messages={error} />
    </div>
  );
}
