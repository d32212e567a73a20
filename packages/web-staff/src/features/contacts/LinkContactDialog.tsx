import { useRef, useState, type FormEvent } from 'react';
import { optionsOf } from '../../lib/enums';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { ContactPicker, type PickedContact } from './ContactPicker';
import { RELATIONSHIP_CHOICES, type ContactRelationship } from './labels';
import { useLinkContacts } from './useLinkContacts';

const RELATIONSHIP_OPTIONS = optionsOf(RELATIONSHIP_CHOICES);
const keyOf = keyFromKnown(['linkedContactId', 'relationship']);

interface LinkContactDialogProps {
  open: boolean;
  onClose: () => void;
  contact: { id: string; displayName: string };
  /** Contacts linked already, left out of the choices. */
  linkedIds: readonly string[];
  onLinked: (other: PickedContact) => void;
}

export function LinkContactDialog({ open, onClose, contact, linkedIds, onLinked }: LinkContactDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Link a contact" description={`Find the contact to link to ${contact.displayName}, and say how they relate.`}>
      <LinkContactForm contact={contact} linkedIds={linkedIds} onLinked={onLinked} onCancel={onClose} />
    </Dialog>
  );
}

function LinkContactForm({ contact, linkedIds, onLinked, onCancel }: { contact: { id: string; displayName: string }; linkedIds: readonly string[]; onLinked: (other: PickedContact) => void; onCancel: () => void }) {
  const { linkContacts, loading } = useLinkContacts();
  const [other, setOther] = useState<PickedContact | null>(null);
  const [relationship, setRelationship] = useState<ContactRelationship>('SPOUSE');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!other) {
      setErrors([{ code: 'INVALID_INPUT', message: 'Choose the contact to link.', field: ['linkedContactId'] }]);
      return;
    }
    const outcome = await linkContacts({ contactId: contact.id, linkedContactId: other.id, relationship });
    if (outcome.ok) onLinked(other);
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The contacts could not be linked" />
      <ContactPicker selected={other} onSelect={setOther} excludeIds={[contact.id, ...linkedIds]} error={sorted.fields.get('linkedContactId')} autoFocus />
      <SelectField
        label="Relationship"
        hint={`Read it as: ${contact.displayName} is [relationship] ${other ? other.displayName : 'the chosen contact'}.`}
        value={relationship}
        options={RELATIONSHIP_OPTIONS}
        onChange={(event) => {
          const option = RELATIONSHIP_OPTIONS.find((item) => item.value === event.target.value);
          if (option) setRelationship(option.value);
        }}
        error={sorted.fields.get('relationship')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Linking…">
          Link contact
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
