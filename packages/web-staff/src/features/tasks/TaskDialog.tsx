import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { useCreateTask, useUpdateTask } from './useTaskMutations';

const keyOf = keyFromKnown(['title', 'description', 'dueDate', 'portalId']);

export interface EditableTask {
  id: string;
  title: string;
  description: string | null;
  dueDate: string | null;
  portalId: string | null;
}

/** A portal the matter is shared with, which a to-do may ask alone. */
export interface PortalChoice {
  id: string;
  name: string;
}

interface TaskDialogProps {
  open: boolean;
  onClose: () => void;
  matterId: string;
  /** The to-do to change; a new one when null. */
  task: EditableTask | null;
  portals: readonly PortalChoice[];
  onSaved: (title: string) => void;
}

/** Adds a to-do to a matter or changes one. */
export function TaskDialog({ open, onClose, matterId, task, portals, onSaved }: TaskDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={task ? 'Change the to-do' : 'Add a to-do'}
      description={task ? undefined : 'Something the client is asked to do. It stays with staff until you share it.'}
    >
      <TaskForm key={task?.id ?? 'new'} matterId={matterId} task={task} portals={portals} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}

function TaskForm({
  matterId,
  task,
  portals,
  onSaved,
  onCancel,
}: {
  matterId: string;
  task: EditableTask | null;
  portals: readonly PortalChoice[];
  onSaved: (title: string) => void;
  onCancel: () => void;
}) {
  const { createTask, loading: creating } = useCreateTask();
  const { updateTask, loading: updating } = useUpdateTask();
  const [title, setTitle] = useState(task?.title ?? '');
  const [description, setDescription] = useState(task?.description ?? '');
  const [dueDate, setDueDate] = useState(task?.dueDate ?? '');
  const [portalId, setPortalId] = useState(task?.portalId ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);
  const loading = creating || updating;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const fields = { title, description: description || null, dueDate: dueDate || null, portalId: portalId || null };
    const outcome = task ? await updateTask({ taskId: task.id, ...fields }) : await createTask({ matterId, ...fields });
    if (outcome.ok) onSaved(title.trim());
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The to-do could not be saved" />
      <TextField label="What is to be done" value={title} onChange={(event) => setTitle(event.target.value)} error={sorted.fields.get('title')} required maxLength={200} data-autofocus />
      <TextAreaField label="Details" hint="Optional. The client sees this once the to-do is shared." value={description} onChange={(event) => setDescription(event.target.value)} error={sorted.fields.get('description')} />
      <TextField label="Due date" hint="Optional." type="date" className="field--narrow" value={dueDate} onChange={(event) => setDueDate(event.target.value)} error={sorted.fields.get('dueDate')} />
      {portals.length > 1 || (task?.portalId && portals.length > 0) ? (
        <SelectField
          label="Asked of"
          hint="Everyone with access to the chosen portal sees it; anyone of them can mark it done."
          options={[{ value: '', label: 'Every portal this matter is shared with' }, ...portals.map((portal) => ({ value: portal.id, label: `${portal.name} only` }))]}
          value={portalId}
          onChange={(event) => setPortalId(event.target.value)}
          error={sorted.fields.get('portalId')}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
          {task ? 'Save to-do' : 'Add to-do'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
