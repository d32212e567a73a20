import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { usePayloadMutation, type FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { MessagesPage_PortalsQuery, MessagesPage_StartThreadMutation } from './operations';
import { uploadAll } from './upload';

interface ChosenPortal {
  id: string;
  name: string;
  matters: readonly { id: string; number: string; name: string }[];
}

/** Starts a conversation with a client portal whose members have registered. */
export function NewThreadDialog({ open, onClose, onStarted }: { open: boolean; onClose: () => void; onStarted: (threadId: string) => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="New conversation" description="Members of the client's portal who may use secure messages will see it." wide>
      <NewThreadForm onClose={onClose} onStarted={onStarted} />
    </Dialog>
  );
}

const keyOf = keyFromKnown(['portalId', 'matterId', 'subject', 'body', 'attachmentIds']);

function NewThreadForm({ onClose, onStarted }: { onClose: () => void; onStarted: (threadId: string) => void }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 250);
  const [portal, setPortal] = useState<ChosenPortal | null>(null);
  const [matterId, setMatterId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [uploading, setUploading] = useState(false);
  const start = usePayloadMutation(MessagesPage_StartThreadMutation, 'startMessageThread', { refetchQueries: ['MessagesPage_Threads'] });
  const { data, loading } = useQuery(MessagesPage_PortalsQuery, { variables: { filter: { search: debounced.trim() || null, portalStatus: 'ACTIVE' } }, skip: portal !== null });
  const candidates = (data?.contacts.edges ?? []).flatMap(({ node }) => (node.portal ? [{ id: node.portal.id, name: node.displayName, matters: node.portal.sharedMatters }] : []));
  const sorted = sortErrors(errors, keyOf);
  const busy = uploading || start.loading;
  useFocusFirstError(form, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!portal) {
      setErrors([{ code: 'INVALID_INPUT', message: 'Choose the client to write to.', field: ['portalId'] }]);
      return;
    }
    setUploading(true);
    const uploaded = await uploadAll(`/files/portals/${portal.id}/attachments`, files);
    setUploading(false);
    if (!uploaded.ok) {
      setErrors([{ code: 'INVALID_INPUT', message: uploaded.message, field: ['attachmentIds'] }]);
      return;
    }
    const outcome = await start.run({ variables: { input: { portalId: portal.id, matterId: matterId || null, subject, body, attachmentIds: uploaded.ids } } });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    if (outcome.payload.thread) onStarted(outcome.payload.thread.id);
  };

  return (
    <form ref={form} className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert errors={sorted} title="The conversation could not be started" />
      {portal ? (
        <div className="field">
          <p className="field__label">Client</p>
          <p>
            {portal.name}{' '}
            <Button size="sm" variant="quiet" onClick={() => setPortal(null)}>
              Change<span className="visually-hidden"> client</span>
            </Button>
          </p>
        </div>
      ) : (
        <div className="picker">
          <TextField
            label="Client"
            hint="Clients whose portal has registered members."
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            error={sorted.fields.get('portalId')}
            autoComplete="off"
            data-autofocus
          />
          <ul className="plain-list" aria-label="Matching clients" aria-busy={loading || undefined}>
            {candidates.map((candidate) => (
              <li key={candidate.id}>
                <Button
                  size="sm"
                  variant="quiet"
                  onClick={() => {
                    setPortal(candidate);
                    setMatterId('');
                  }}
                >
                  {candidate.name}
                </Button>
              </li>
            ))}
          </ul>
          {!loading && candidates.length === 0 ? <p className="muted">No client with a registered portal matches.</p> : null}
        </div>
      )}
      {portal ? (
        <SelectField
          label="Matter"
          value={matterId}
          onChange={(event) => setMatterId(event.target.value)}
          error={sorted.fields.get('matterId')}
          options={[{ value: '', label: 'No particular matter' }, ...portal.matters.map((m) => ({ value: m.id, label: `${m.number} — ${m.name}` }))]}
        />
      ) : null}
      <TextField label="Subject" value={subject} maxLength={200} onChange={(event) => setSubject(event.target.value)} error={sorted.fields.get('subject')} autoComplete="off" />
      <TextAreaField label="Message" rows={5} value={body} onChange={(event) => setBody(event.target.value)} error={sorted.fields.get('body')} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-files`}>
          Attach files
        </label>
        <input id={`${id}-files`} type="file" multiple onChange={(event) => setFiles(Array.from(event.target.files ?? []))} aria-invalid={sorted.fields.has('attachmentIds') || undefined} />
        {sorted.fields.get('attachmentIds') ? <p className="field__error">{sorted.fields.get('attachmentIds')!.join(' ')}</p> : null}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={uploading ? 'Uploading…' : 'Sending…'}>
          Send
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
