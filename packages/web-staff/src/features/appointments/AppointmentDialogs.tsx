import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { fromLocalInput, toLocalInput } from './times';
import { useAcceptAppointmentRequest, useCreateAppointment, useDeclineAppointmentRequest, useUpdateAppointment } from './useAppointmentMutations';

export interface EditableAppointment {
  id: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  details: string | null;
}

/** A request as the accept and decline dialogs show it. */
export interface RequestSummary {
  id: string;
  title: string;
  preferredTimes: string | null;
  requestedByName: string | null;
  portalName: string | null;
}

/** Errors for empty or unreadable time fields, found before asking the server. */
function timeErrors(startsAt: string | null, endsAt: string | null): FormError[] {
  const errors: FormError[] = [];
  if (!startsAt) errors.push({ code: 'INVALID_INPUT', message: 'Enter when it starts.', field: ['startsAt'] });
  if (!endsAt) errors.push({ code: 'INVALID_INPUT', message: 'Enter when it ends.', field: ['endsAt'] });
  return errors;
}

const appointmentKeyOf = keyFromKnown(['title', 'startsAt', 'endsAt', 'location', 'details']);

/** Adds an appointment to a matter or changes a scheduled one. */
export function AppointmentDialog({
  open,
  onClose,
  matterId,
  appointment,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  matterId: string;
  appointment: EditableAppointment | null;
  onSaved: (title: string) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={appointment ? 'Change the appointment' : 'Add an appointment'} description={appointment ? undefined : 'It stays with staff until you share it.'}>
      <AppointmentForm key={appointment?.id ?? 'new'} matterId={matterId} appointment={appointment} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}

function AppointmentForm({ matterId, appointment, onSaved, onCancel }: { matterId: string; appointment: EditableAppointment | null; onSaved: (title: string) => void; onCancel: () => void }) {
  const { createAppointment, loading: creating } = useCreateAppointment();
  const { updateAppointment, loading: updating } = useUpdateAppointment();
  const [title, setTitle] = useState(appointment?.title ?? '');
  const [startsAt, setStartsAt] = useState(toLocalInput(appointment?.startsAt));
  const [endsAt, setEndsAt] = useState(toLocalInput(appointment?.endsAt));
  const [location, setLocation] = useState(appointment?.location ?? '');
  const [details, setDetails] = useState(appointment?.details ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, appointmentKeyOf);
  const loading = creating || updating;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const start = fromLocalInput(startsAt);
    const end = fromLocalInput(endsAt);
    if (!start || !end) {
      setErrors(timeErrors(start, end));
      return;
    }
    const fields = { title, startsAt: start, endsAt: end, location: location || null, details: details || null };
    const outcome = appointment ? await updateAppointment({ appointmentId: appointment.id, ...fields }) : await createAppointment({ matterId, ...fields });
    if (outcome.ok) onSaved(title.trim());
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The appointment could not be saved" />
      <TextField label="What it is about" value={title} onChange={(event) => setTitle(event.target.value)} error={sorted.fields.get('title')} required maxLength={200} data-autofocus />
      <div className="form-grid">
        <TextField label="Starts" type="datetime-local" value={startsAt} onChange={(event) => setStartsAt(event.target.value)} error={sorted.fields.get('startsAt')} required />
        <TextField label="Ends" type="datetime-local" value={endsAt} onChange={(event) => setEndsAt(event.target.value)} error={sorted.fields.get('endsAt')} required />
      </div>
      <TextField label="Where" hint="Optional: an address, a room or a video link." value={location} onChange={(event) => setLocation(event.target.value)} error={sorted.fields.get('location')} maxLength={500} />
      <TextAreaField label="Details" hint="Optional. The client reads this once the appointment is shared." value={details} onChange={(event) => setDetails(event.target.value)} error={sorted.fields.get('details')} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
          {appointment ? 'Save appointment' : 'Add appointment'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function RequestFacts({ request }: { request: RequestSummary }) {
  return (
    <dl className="details">
      <div>
        <dt>Asked by</dt>
        <dd>
          {request.requestedByName ?? 'A client'}
          {request.portalName ? <span className="muted"> ({request.portalName})</span> : null}
        </dd>
      </div>
      <div className="details__wide">
        <dt>When they could come</dt>
        <dd className="pre-line">{request.preferredTimes ?? '—'}</dd>
      </div>
    </dl>
  );
}

const acceptKeyOf = keyFromKnown(['startsAt', 'endsAt', 'location', 'note']);

/** Accepts a client's request at a date and time staff choose; the client sees it at once. */
export function AcceptRequestDialog({ request, onClose, onDone }: { request: RequestSummary | null; onClose: () => void; onDone: (title: string) => void }) {
  return (
    <Dialog open={request !== null} onClose={onClose} title={`Accept “${request?.title ?? ''}”`} description="Choose the time. The appointment is shared with the client’s portal at once.">
      {request ? <AcceptForm key={request.id} request={request} onDone={onDone} onCancel={onClose} /> : null}
    </Dialog>
  );
}

function AcceptForm({ request, onDone, onCancel }: { request: RequestSummary; onDone: (title: string) => void; onCancel: () => void }) {
  const { accept, loading } = useAcceptAppointmentRequest();
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [location, setLocation] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, acceptKeyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const start = fromLocalInput(startsAt);
    const end = fromLocalInput(endsAt);
    if (!start || !end) {
      setErrors(timeErrors(start, end));
      return;
    }
    const outcome = await accept({ appointmentId: request.id, startsAt: start, endsAt: end, location: location || null, note: note || null });
    if (outcome.ok) onDone(request.title);
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The request could not be accepted" />
      <RequestFacts request={request} />
      <div className="form-grid">
        <TextField label="Starts" type="datetime-local" value={startsAt} onChange={(event) => setStartsAt(event.target.value)} error={sorted.fields.get('startsAt')} required data-autofocus />
        <TextField label="Ends" type="datetime-local" value={endsAt} onChange={(event) => setEndsAt(event.target.value)} error={sorted.fields.get('endsAt')} required />
      </div>
      <TextField label="Where" hint="Optional." value={location} onChange={(event) => setLocation(event.target.value)} error={sorted.fields.get('location')} maxLength={500} />
      <TextAreaField label="A word for the client" hint="Optional; they read it with the answer." value={note} onChange={(event) => setNote(event.target.value)} error={sorted.fields.get('note')} rows={3} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Accepting…">
          Accept and share
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

const declineKeyOf = keyFromKnown(['note']);

/** Declines a client's request with a note the client reads. */
export function DeclineRequestDialog({ request, onClose, onDone }: { request: RequestSummary | null; onClose: () => void; onDone: (title: string) => void }) {
  return (
    <Dialog open={request !== null} onClose={onClose} title={`Decline “${request?.title ?? ''}”`} description="The client sees that the request was declined, with your note.">
      {request ? <DeclineForm key={request.id} request={request} onDone={onDone} onCancel={onClose} /> : null}
    </Dialog>
  );
}

function DeclineForm({ request, onDone, onCancel }: { request: RequestSummary; onDone: (title: string) => void; onCancel: () => void }) {
  const { decline, loading } = useDeclineAppointmentRequest();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, declineKeyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = await decline(request.id, note);
    if (outcome.ok) onDone(request.title);
    else setErrors(outcome.errors);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} title="The request could not be declined" />
      <RequestFacts request={request} />
      <TextAreaField
        label="Note for the client"
        hint="Say why, or what they could do instead."
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={sorted.fields.get('note')}
        required
        rows={4}
        data-autofocus
      />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={loading} busyLabel="Declining…">
          Decline request
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
