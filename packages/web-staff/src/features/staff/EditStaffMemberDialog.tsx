import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { Alert, FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import type { StaffRole } from './labels';
import { RoleAndRightsFields, type RoleAndRights } from './StaffMemberForm';
import { useUpdateStaffMember } from './useUpdateStaffMember';

const keyOf = keyFromKnown(['name', 'role', 'canInviteClients', 'canShareItems']);

export interface EditableStaffMember {
  id: string;
  name: string;
  role: StaffRole;
  canInviteClients: boolean;
  canShareItems: boolean;
}

interface EditStaffMemberDialogProps {
  member: EditableStaffMember | null;
  isSelf: boolean;
  onClose: () => void;
  onSaved: (name: string) => void;
}

export function EditStaffMemberDialog({ member, isSelf, onClose, onSaved }: EditStaffMemberDialogProps) {
  return (
    <Dialog open={member !== null} onClose={onClose} title={member ? `Edit ${member.name}` : 'Edit staff member'}>
      {member ? <EditStaffMemberForm key={member.id} member={member} isSelf={isSelf} onSaved={onSaved} onCancel={onClose} /> : null}
    </Dialog>
  );
}

function EditStaffMemberForm({ member, isSelf, onSaved, onCancel }: { member: EditableStaffMember; isSelf: boolean; onSaved: (name: string) => void; onCancel: () => void }) {
  const { updateStaffMember, loading } = useUpdateStaffMember();
  const [name, setName] = useState(member.name);
  const [access, setAccess] = useState<RoleAndRights>({ role: member.role, canInviteClients: member.canInviteClients, canShareItems: member.canShareItems });
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = await updateStaffMember({ id: member.id, name, ...access });
    if (outcome.ok) onSaved(outcome.payload.staffMember?.name ?? name.trim());
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The changes could not be saved" />
      <TextField label="Full name" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} error={sorted.fields.get('name')} required data-autofocus />
      <RoleAndRightsFields name={`edit-staff-role-${member.id}`} value={access} onChange={setAccess} errors={sorted} />
      {isSelf && member.role === 'ADMIN' && access.role === 'STAFF' ? (
        <Alert tone="warning">
          <p>You are changing your own role. Once saved you can no longer manage staff or the firm’s settings.</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
          Save changes
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
