import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { useCreateCustomField, useCreateNote, useUpdateCustomField, useUpdateNote } from './useNoteMutations';

export interface EditableNote {
  id: string;
  title: string;
  body: string;
}

export interface EditableCustomField {
  id: string;
  label: string;
  value: string;
}

interface DialogProps<T> {
  open: boolean;
  onClose: () => void;
  matterId: string;
  /** The item to change; a new one when null. */
  item: T | null;
  onSaved: (name: string) => void;
}

const noteKeyOf = keyFromKnown(['title', 'body']);

/** Adds a note to a matter or changes one. */
export function NoteDialog({ open, onClose, matterId, item, onSaved }: DialogProps<EditableNote>) {
  return (
    <Dialog open={open} onClose={onClose} title={item ? 'Change the note' : 'Add a note'} description={item ? undefined : 'It stays with staff until you share it.'} wide>
      <NoteForm key={item?.id ?? 'new'} matterId={matterId} note={item} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}

function NoteForm({ matterId, note, onSaved, onCancel }: { matterId: string; note: EditableNote | null; onSaved: (title: string) => void; onCancel: () => void }) {
  const { createNote, loading: creating } = useCreateNote();
  const { updateNote, loading: updating } = useUpdateNote();
  const [title, setTitle] = useState(note?.title ?? '');
  const [body, setBody] = useState(note?.body ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, noteKeyOf);
  const loading = creating || updating;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = note ? await updateNote({ noteId: note.id, title, body }) : await createNote({ matterId, title, body });
    if (outcome.ok) onSaved(title.trim());
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The note could not be saved" />
      <TextField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} error={sorted.fields.get('title')} required maxLength={200} data-autofocus />
      <TextAreaField label="Text" rows={8} value={body} onChange={(event) => setBody(event.target.value)} error={sorted.fields.get('body')} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
          {note ? 'Save note' : 'Add note'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

const fieldKeyOf = keyFromKnown(['label', 'value']);

/** Adds a custom field (a label and a value, e.g. "Court date") to a matter or changes one. */
export function CustomFieldDialog({ open, onClose, matterId, item, onSaved }: DialogProps<EditableCustomField>) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={item ? 'Change the field' : 'Add a field'}
      description={item ? undefined : 'A label and a value kept on the matter, such as “Court date” or “Tax year”. It stays with staff until you share it.'}
    >
      <CustomFieldForm key={item?.id ?? 'new'} matterId={matterId} field={item} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}

function CustomFieldForm({ matterId, field, onSaved, onCancel }: { matterId: string; field: EditableCustomField | null; onSaved: (label: string) => void; onCancel: () => void }) {
  const { createCustomField, loading: creating } = useCreateCustomField();
  const { updateCustomField, loading: updating } = useUpdateCustomField();
  const [label, setLabel] = useState(field?.label ?? '');
  const [value, setValue] = useState(field?.value ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, fieldKeyOf);
  const loading = creating || updating;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = field ? await updateCustomField({ customFieldId: field.id, label, value }) : await createCustomField({ matterId, label, value });
    if (outcome.ok) onSaved(label.trim());
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The field could not be saved" />
      <TextField label="Label" hint="For example “Court date” or “Tax year”." value={label} onChange={(event) => setLabel(event.target.value)} error={sorted.fields.get('label')} required maxLength={100} data-autofocus />
      <TextField label="Value" value={value} onChange={(event) => setValue(event.target.value)} error={sorted.fields.get('value')} required maxLength={2000} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
          {field ? 'Save field' : 'Add field'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
