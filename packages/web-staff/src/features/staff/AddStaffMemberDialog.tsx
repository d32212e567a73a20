import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { RoleAndRightsFields, type RoleAndRights } from './StaffMemberForm';
import { useCreateStaffMember } from './useCreateStaffMember';

const keyOf = keyFromKnown(['name', 'email', 'password', 'role', 'canInviteClients', 'canShareItems']);

export function AddStaffMemberDialog({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: (name: string) => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Add a staff member" description="They sign in with this email address and the first password you give them.">
      <AddStaffMemberForm onAdded={onAdded} onCancel={onClose} />
    </Dialog>
  );
}

function AddStaffMemberForm({ onAdded, onCancel }: { onAdded: (name: string) => void; onCancel: () => void }) {
  const { createStaffMember, loading } = useCreateStaffMember();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [access, setAccess] = useState<RoleAndRights>({ role: 'STAFF', canInviteClients: false, canShareItems: false });
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = await createStaffMember({ name, email, password, ...access });
    if (outcome.ok) onAdded(outcome.payload.staffMember?.name ?? name.trim());
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The staff member could not be added" />
      <TextField label="Full name" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} error={sorted.fields.get('name')} required data-autofocus />
      <TextField
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={sorted.fields.get('email')}
        required
      />
      <TextField
        label="First password"
        hint="At least 12 characters. Hand it to them in person or by phone, not by email."
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={sorted.fields.get('password')}
        required
      />
      <div className="check">
        <input id="add-staff-show-password" type="checkbox" className="check__input" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
        <label className="check__label" htmlFor="add-staff-show-password">
          Show password
        </label>
      </div>
      <RoleAndRightsFields name="add-staff-role" value={access} onChange={setAccess} errors={sorted} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Adding…">
          Add staff member
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
