import { CheckboxField } from '../../ui/Field';
import { PERMISSION_KEYS, PERMISSION_LABELS, type MemberPermissions } from './labels';

interface PermissionsFieldsProps {
  legend: string;
  value: MemberPermissions;
  onChange: (value: MemberPermissions) => void;
  /** Whether the firm lets members invite others (P3); when not, that permission cannot be given. */
  membersMayInvite: boolean;
  error?: readonly string[];
}

/** The seven member permissions as checkboxes (S11). */
export function PermissionsFields({ legend, value, onChange, membersMayInvite, error }: PermissionsFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      {PERMISSION_KEYS.map((key) => {
        const locked = key === 'inviteOthers' && !membersMayInvite;
        const hint =
          key === 'inviteOthers'
            ? locked
              ? 'Unavailable: the firm does not let clients invite others to their portal. An admin can allow it in Portal settings.'
              : 'Lets them invite other people to this portal themselves.'
            : key === 'payBalance'
              ? 'Needs “Access billing documents” and online payments.'
              : undefined;
        return (
          <CheckboxField
            key={key}
            label={PERMISSION_LABELS[key]}
            hint={hint}
            checked={locked ? false : value[key]}
            disabled={locked}
            onChange={(event) => onChange({ ...value, [key]: event.target.checked })}
          />
        );
      })}
      {error && error.length > 0 ? (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {error.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
