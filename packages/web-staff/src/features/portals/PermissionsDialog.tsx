import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { permissionsOf, type MemberPermissions } from './labels';
import { PermissionsFields } from './PermissionsFields';
import type { PanelMember } from './PortalPanel';
import { useUpdateMemberPermissions } from './useUpdateMemberPermissions';

interface PermissionsDialogProps {
  open: boolean;
  onClose: () => void;
  member: PanelMember;
  membersMayInvite: boolean;
  onSaved: () => void;
}

export function PermissionsDialog({ open, onClose, member, membersMayInvite, onSaved }: PermissionsDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={`Permissions of ${member.name}`} description="What they may do in the portal, beyond seeing what the firm shares with it.">
      <PermissionsForm member={member} membersMayInvite={membersMayInvite} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}

const keyOf = (path: readonly string[]) => (path[0] === 'permissions' ? 'permissions' : null);

function PermissionsForm({ member, membersMayInvite, onSaved, onCancel }: { member: PanelMember; membersMayInvite: boolean; onSaved: () => void; onCancel: () => void }) {
  const { updateMemberPermissions, loading } = useUpdateMemberPermissions();
  const [value, setValue] = useState<MemberPermissions>(() => permissionsOf(member.permissions));
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = await updateMemberPermissions(member.id, { ...value, inviteOthers: membersMayInvite && value.inviteOthers });
    if (outcome.ok) onSaved();
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The permissions could not be saved" />
      <PermissionsFields legend="Permissions" value={value} onChange={setValue} membersMayInvite={membersMayInvite} error={sorted.fields.get('permissions')} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
          Save permissions
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
