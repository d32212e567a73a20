import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { ContactPicker, type PickedContact } from '../contacts/ContactPicker';
import type { ParticipantRole } from './labels';
import { ROLE_OPTIONS } from './ParticipantRoleSelect';
import { useAddMatterParticipant } from './useAddMatterParticipant';

const keyOf = keyFromKnown(['contactId', 'role']);

interface AddParticipantDialogProps {
  open: boolean;
  onClose: () => void;
  matter: { id: string; number: string; name: string };
  participantIds: readonly string[];
  onAdded: (contact: PickedContact) => void;
}

export function AddParticipantDialog({ open, onClose, matter, participantIds, onAdded }: AddParticipantDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Add a participant" description={`Find the contact taking part in ${matter.number} ${matter.name}, and choose their role.`}>
      <AddParticipantForm matterId={matter.id} participantIds={participantIds} onAdded={onAdded} onCancel={onClose} />
    </Dialog>
  );
}

function AddParticipantForm({ matterId, participantIds, onAdded, onCancel }: { matterId: string; participantIds: readonly string[]; onAdded: (contact: PickedContact) => void; onCancel: () => void }) {
  const { addParticipant, loading } = useAddMatterParticipant();
  const [contact, setContact] = useState<PickedContact | null>(null);
  const [role, setRole] = useState<ParticipantRole>('CLIENT');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!contact) {
      setErrors([{ code: 'INVALID_INPUT', message: 'Choose the contact to add.', field: ['contactId'] }]);
      return;
    }
    const outcome = await addParticipant({ matterId, contactId: contact.id, role });
    if (outcome.ok) onAdded(contact);
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The participant could not be added" />
      <ContactPicker selected={contact} onSelect={setContact} excludeIds={participantIds} error={sorted.fields.get('contactId')} autoFocus />
      <SelectField
        label="Role"
        value={role}
        options={ROLE_OPTIONS}
        onChange={(event) => {
          const option = ROLE_OPTIONS.find((item) => item.value === event.target.value);
          if (option) setRole(option.value);
        }}
        error={sorted.fields.get('role')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Adding…">
          Add participant
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
