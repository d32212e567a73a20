import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import type { PanelMember } from './PortalPanel';
import { useChangeMemberEmail } from './useChangeMemberEmail';

interface ChangeEmailDialogProps {
  open: boolean;
  onClose: () => void;
  member: PanelMember;
  contactId: string;
  onChanged: (email: string) => void;
}

/** I10: before registration, moves the invitation to another address ("Disable and resend"). */
export function ChangeEmailDialog({ open, onClose, member, contactId, onChanged }: ChangeEmailDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Change ${member.name}’s email`}
      description={`The invitation sent to ${member.email} stops working and a new one goes to the new address, which becomes the login name.`}
    >
      <ChangeEmailForm member={member} contactId={contactId} onChanged={onChanged} onCancel={onClose} />
    </Dialog>
  );
}

const keyOf = keyFromKnown(['email']);

function ChangeEmailForm({ member, contactId, onChanged, onCancel }: { member: PanelMember; contactId: string; onChanged: (email: string) => void; onCancel: () => void }) {
  const { changeMemberEmail, loading } = useChangeMemberEmail();
  const [email, setEmail] = useState(member.email);
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = await changeMemberEmail({ memberId: member.id, contactId }, email);
    if (outcome.ok) onChanged(outcome.payload.member?.email ?? email.trim());
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The email could not be changed" />
      <TextField
        label="New email address"
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={sorted.fields.get('email')}
        data-autofocus
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Sending…">
          Disable and resend
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
