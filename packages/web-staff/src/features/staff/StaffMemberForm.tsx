import { optionsOf } from '../../lib/enums';
import { CheckboxField, RadioGroup } from '../../ui/Field';
import type { SortedErrors } from '../../ui/formErrors';
import { STAFF_ROLE_HINTS, STAFF_ROLE_LABELS, type StaffRole } from './labels';

export const ROLE_OPTIONS = optionsOf(STAFF_ROLE_LABELS).map((option) => ({ ...option, hint: STAFF_ROLE_HINTS[option.value] }));

export interface RoleAndRights {
  role: StaffRole;
  canInviteClients: boolean;
  canShareItems: boolean;
}

/** The role and rights controls both staff dialogs share. */
export function RoleAndRightsFields({ value, onChange, errors, name }: { value: RoleAndRights; onChange: (value: RoleAndRights) => void; errors: SortedErrors; name: string }) {
  return (
    <>
      <RadioGroup label="Role" name={name} value={value.role} options={ROLE_OPTIONS} onChange={(role) => onChange({ ...value, role })} error={errors.fields.get('role')} />
      <fieldset className="fieldset">
        <legend className="field__label">Rights</legend>
        <CheckboxField
          label="Can invite clients"
          hint="Invite contacts to client portals, resend invitations and manage members’ access."
          checked={value.canInviteClients}
          onChange={(event) => onChange({ ...value, canInviteClients: event.target.checked })}
          error={errors.fields.get('canInviteClients')}
        />
        <CheckboxField
          label="Can share items"
          hint="Share matters and items with client portals, and view a portal as a member sees it."
          checked={value.canShareItems}
          onChange={(event) => onChange({ ...value, canShareItems: event.target.checked })}
          error={errors.fields.get('canShareItems')}
        />
      </fieldset>
    </>
  );
}
