import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNotice } from '../../app/notice';
import { formatDateTime } from '../../lib/format';
import type { MutationOutcome } from '../../lib/mutation';
import { LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Loading } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { ShareSwitch } from '../tasks/ShareSwitch';
import { CustomFieldDialog, NoteDialog, type EditableCustomField, type EditableNote } from './NoteDialogs';
import { useDeleteCustomField, useDeleteNote, useSetCustomFieldShared, useSetNoteShared } from './useNoteMutations';

const MatterNotes_ItemsQuery = graphql(`
  query MatterNotes_Items($id: ID!) {
    matter(id: $id) {
      id
      notes {
        ...MatterNotes_note
      }
      customFields {
        ...MatterNotes_customField
      }
    }
  }
`);

type Deleting = { kind: 'note' | 'field'; id: string; name: string };

/** Notes and custom fields on a matter, as staff keep and share them (S2). */
export function MatterNotes({ matterId }: { matterId: string }) {
  const { notify } = useNotice();
  const { data, previousData, loading, error, refetch } = useQuery(MatterNotes_ItemsQuery, { variables: { id: matterId } });
  const setNoteShared = useSetNoteShared();
  const setCustomFieldShared = useSetCustomFieldShared();
  const { deleteNote, loading: deletingNote } = useDeleteNote();
  const { deleteCustomField, loading: deletingField } = useDeleteCustomField();
  const [noteDialog, setNoteDialog] = useState<{ open: boolean; item: EditableNote | null }>({ open: false, item: null });
  const [fieldDialog, setFieldDialog] = useState<{ open: boolean; item: EditableCustomField | null }>({ open: false, item: null });
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const shown = data ?? previousData;
  const notes = shown?.matter?.notes ?? [];
  const fields = shown?.matter?.customFields ?? [];

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    const outcome: MutationOutcome<unknown> = deleting.kind === 'note' ? await deleteNote(deleting.id) : await deleteCustomField(deleting.id);
    if (outcome.ok) {
      notify(deleting.kind === 'note' ? `The note “${deleting.name}” was deleted.` : `The field “${deleting.name}” was deleted.`);
      setDeleting(null);
    } else {
      setDeleteError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  if (!shown) {
    return loading ? <Loading>Loading notes and fields…</Loading> : error ? <LoadErrorAlert title="The notes could not be loaded" error={error} onRetry={refetch} /> : null;
  }

  return (
    <div>
      <section aria-labelledby="matter-notes-heading">
        <div className="section__header">
          <h2 className="section__title" id="matter-notes-heading">
            Notes
          </h2>
          <div className="section__actions">
            <Button variant="primary" onClick={() => setNoteDialog({ open: true, item: null })}>
              Add note
            </Button>
          </div>
        </div>
        {notes.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">No notes yet.</p>
            <p className="muted">Notes about this matter appear here. Share one to let the client read it in their portal.</p>
          </div>
        ) : (
          <DataTable caption="Notes on this matter">
            <thead>
              <tr>
                <th scope="col">Note</th>
                <th scope="col">Last changed</th>
                <th scope="col">Shared with client</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {notes.map((note) => (
                <tr key={note.id}>
                  <td>
                    <span className="table__primary">{note.title}</span>
                    {note.body ? <span className="table__sub pre-line">{note.body}</span> : null}
                  </td>
                  <td className="nowrap">
                    {formatDateTime(note.updatedAt)}
                    {note.createdByName ? <span className="table__sub">by {note.createdByName}</span> : null}
                  </td>
                  <td>
                    <ShareSwitch shared={note.shared} itemLabel={`the note ${note.title}`} onChange={(shared) => setNoteShared(note.id, shared)} />
                    {note.shared && note.sharedByName ? <span className="table__sub">by {note.sharedByName}</span> : null}
                  </td>
                  <td className="table__actions">
                    <Button size="sm" variant="quiet" onClick={() => setNoteDialog({ open: true, item: note })}>
                      Edit<span className="visually-hidden"> {note.title}</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="quiet"
                      onClick={() => {
                        setDeleteError(null);
                        setDeleting({ kind: 'note', id: note.id, name: note.title });
                      }}
                    >
                      Delete<span className="visually-hidden"> {note.title}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="matter-fields-heading" className="section">
        <div className="section__header">
          <h2 className="section__title" id="matter-fields-heading">
            Custom fields
          </h2>
          <div className="section__actions">
            <Button onClick={() => setFieldDialog({ open: true, item: null })}>Add field</Button>
          </div>
        </div>
        {fields.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">No custom fields yet.</p>
            <p className="muted">Facts kept on this matter, such as “Court date” or “Tax year”, appear here. Shared ones show on the client’s portal.</p>
          </div>
        ) : (
          <DataTable caption="Custom fields on this matter">
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Value</th>
                <th scope="col">Shared with client</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field.id}>
                  <td className="table__primary">{field.label}</td>
                  <td className="table__break">{field.value}</td>
                  <td>
                    <ShareSwitch shared={field.shared} itemLabel={`the field ${field.label}`} onChange={(shared) => setCustomFieldShared(field.id, shared)} />
                  </td>
                  <td className="table__actions">
                    <Button size="sm" variant="quiet" onClick={() => setFieldDialog({ open: true, item: field })}>
                      Edit<span className="visually-hidden"> {field.label}</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="quiet"
                      onClick={() => {
                        setDeleteError(null);
                        setDeleting({ kind: 'field', id: field.id, name: field.label });
                      }}
                    >
                      Delete<span className="visually-hidden"> {field.label}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <NoteDialog
        open={noteDialog.open}
        onClose={() => setNoteDialog({ open: false, item: noteDialog.item })}
        matterId={matterId}
        item={noteDialog.item}
        onSaved={(title) => {
          setNoteDialog({ open: false, item: noteDialog.item });
          notify(noteDialog.item ? `The note “${title}” was saved.` : `The note “${title}” was added. Share it when the client should read it.`);
        }}
      />
      <CustomFieldDialog
        open={fieldDialog.open}
        onClose={() => setFieldDialog({ open: false, item: fieldDialog.item })}
        matterId={matterId}
        item={fieldDialog.item}
        onSaved={(label) => {
          setFieldDialog({ open: false, item: fieldDialog.item });
          notify(fieldDialog.item ? `The field “${label}” was saved.` : `The field “${label}” was added. Share it when the client should see it.`);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={deleting?.kind === 'field' ? 'Delete this field?' : 'Delete this note?'}
        confirmLabel={deleting?.kind === 'field' ? 'Delete field' : 'Delete note'}
        busyLabel="Deleting…"
        busy={deletingNote || deletingField}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
      >
        <p>“{deleting?.name}” will disappear for staff and for the client. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
