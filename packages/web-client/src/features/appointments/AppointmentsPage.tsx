import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import type { ResultOf } from '../../app/operations';
import { describeRequestError, splitUserErrors } from '../../app/requestErrors';
import { SectionPage } from '../../app/SectionPage';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';
import { useFirm } from '../firm/FirmContext';
import type { ClientPortal } from '../home/portals';
import { formatDateTime, formatSpan } from '../todos/dates';
import { ReadOnlyNote } from '../viewing/ViewingContext';
import '../todos/items.css';

export const AppointmentsPage_appointmentFragment = graphql(`
  fragment AppointmentsPage_appointment on PortalAppointment {
    id
    title
    status
    startsAt
    endsAt
    upcoming
    location
    details
    isRequest
    preferredTimes
    requestedByName
    createdAt
    decisionNote
    matter {
      id
      name
      number
    }
  }
`);

const AppointmentsPage_Appointments = graphql(`
  query AppointmentsPage_Appointments {
    myPortals {
      id
      appointments {
        ...AppointmentsPage_appointment
      }
    }
  }
`);

const AppointmentsPage_Request = graphql(`
  mutation AppointmentsPage_Request($input: RequestAppointmentInput!) {
    requestAppointment(input: $input) {
      appointment {
        ...AppointmentsPage_appointment
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

const AppointmentsPage_Cancel = graphql(`
  mutation AppointmentsPage_Cancel($input: CancelAppointmentRequestInput!) {
    cancelAppointmentRequest(input: $input) {
      appointment {
        ...AppointmentsPage_appointment
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

type PortalAppointment = ResultOf<typeof AppointmentsPage_appointmentFragment>;

const REQUEST_STATUS: Record<PortalAppointment['status'], { label: string; badge: string }> = {
  REQUESTED: { label: 'Waiting for an answer', badge: 'badge--requested' },
  DECLINED: { label: 'Declined', badge: 'badge--declined' },
  CANCELLED: { label: 'Withdrawn', badge: 'badge--cancelled' },
  SCHEDULED: { label: 'Accepted', badge: 'badge--scheduled' },
};

/** Appointments shared with the client, and their requests (S9). */
export function AppointmentsPage() {
  return <SectionPage title="Appointments">{(portal) => <Appointments portal={portal} />}</SectionPage>;
}

function Appointments({ portal }: { portal: ClientPortal }) {
  const firm = useFirm();
  const id = useId();
  const sessionEnded = useSessionEnded();
  const { data, error, refetch } = useQuery(AppointmentsPage_Appointments, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);
  const appointments = data?.myPortals.find((p) => p.id === portal.id)?.appointments;
  const mayRequest = portal.permissions.appointmentRequests;

  if (!appointments) {
    return error ? (
      <Alert title="Your appointments could not be loaded">
        {describeRequestError(error)}{' '}
        <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </Button>
      </Alert>
    ) : (
      <Loading label="Loading your appointments…" />
    );
  }

  const upcoming = appointments.filter((a) => a.status === 'SCHEDULED' && a.upcoming);
  const past = appointments.filter((a) => a.status === 'SCHEDULED' && !a.upcoming);
  const requests = appointments.filter((a) => a.status !== 'SCHEDULED');

  return (
    <>
      <section className="item-group" aria-labelledby={`${id}-upcoming`}>
        <h2 id={`${id}-upcoming`}>Upcoming</h2>
        {upcoming.length === 0 ? (
          <p className="muted">No appointments coming up. When {firm.name} schedules a meeting with you, it appears here with its time and place.</p>
        ) : (
          <AppointmentList appointments={upcoming} labelledBy={`${id}-upcoming`} />
        )}
      </section>
      {mayRequest ? (
        <section className="item-group" aria-labelledby={`${id}-requests`}>
          <h2 id={`${id}-requests`}>Your requests</h2>
          {requests.length === 0 ? (
            <p className="muted">You have no open requests. Requests you make appear here until {firm.name} answers them.</p>
          ) : (
            <ul className="items" aria-labelledby={`${id}-requests`}>
              {requests.map((request) => (
                <RequestItem key={request.id} request={request} portal={portal} />
              ))}
            </ul>
          )}
          {portal.readOnly ? <ReadOnlyNote what="Requesting an appointment" /> : <RequestForm portal={portal} />}
        </section>
      ) : null}
      {past.length > 0 ? (
        <section className="item-group" aria-labelledby={`${id}-past`}>
          <h2 id={`${id}-past`}>Past</h2>
          <AppointmentList appointments={past} labelledBy={`${id}-past`} />
        </section>
      ) : null}
    </>
  );
}

function AppointmentList({ appointments, labelledBy }: { appointments: PortalAppointment[]; labelledBy: string }) {
  return (
    <ul className="items" aria-labelledby={labelledBy}>
      {appointments.map((appointment) => (
        <li key={appointment.id} className="item">
          <p className="item__title">{appointment.title}</p>
          {appointment.startsAt ? <p>{formatSpan(appointment.startsAt, appointment.endsAt)}</p> : null}
          {appointment.location ? <p className="item__meta">Where: {appointment.location}</p> : null}
          {appointment.matter ? (
            <p className="item__meta">
              {appointment.matter.number} · {appointment.matter.name}
            </p>
          ) : null}
          {appointment.details ? <p className="item__text">{appointment.details}</p> : null}
          {appointment.decisionNote ? <p className="item__text">Note from the firm: {appointment.decisionNote}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function RequestItem({ request, portal }: { request: PortalAppointment; portal: ClientPortal }) {
  const sessionEnded = useSessionEnded();
  const [cancel, { loading }] = useMutation(AppointmentsPage_Cancel, { refetchQueries: ['AppointmentsPage_Appointments'] });
  const [failure, setFailure] = useState<string | null>(null);
  const status = REQUEST_STATUS[request.status];

  async function withdraw() {
    if (loading) return;
    setFailure(null);
    try {
      const payload = (await cancel({ variables: { input: { portalId: portal.id, appointmentId: request.id } } })).data?.cancelAppointmentRequest;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length > 0) setFailure(payload.errors.map((e) => e.message).join(' '));
    } catch (error) {
      if (!sessionEnded(error)) setFailure(describeRequestError(error));
    }
  }

  return (
    <li className="item">
      <div className="item__row">
        <p className="item__title">{request.title}</p>
        <span className={`badge ${status.badge}`}>{status.label}</span>
      </div>
      <p className="item__meta">
        Asked by {request.requestedByName ?? 'a member of this portal'} on {formatDateTime(request.createdAt)}
        {request.matter ? ` · ${request.matter.number} ${request.matter.name}` : ''}
      </p>
      {request.preferredTimes ? <p className="item__text">When you could come: {request.preferredTimes}</p> : null}
      {request.details ? <p className="item__text">{request.details}</p> : null}
      {request.decisionNote ? <p className="item__text">Answer from the firm: {request.decisionNote}</p> : null}
      {failure ? <Alert title="The request could not be withdrawn">{failure}</Alert> : null}
      {request.status === 'REQUESTED' && !portal.readOnly ? (
        <div>
          <Button variant="secondary" busy={loading} busyLabel="Withdrawing…" onClick={() => void withdraw()}>
            Withdraw request<span className="visually-hidden">: {request.title}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

const FIELDS = ['title', 'preferredTimes', 'details', 'matterId'] as const;
type FieldName = (typeof FIELDS)[number];

/** Asks the firm for an appointment; shown to members with the appointment-requests permission. */
function RequestForm({ portal }: { portal: ClientPortal }) {
  const firm = useFirm();
  const id = useId();
  const sessionEnded = useSessionEnded();
  const focusLater = useFocusLater();
  const [request, { loading }] = useMutation(AppointmentsPage_Request, { refetchQueries: ['AppointmentsPage_Appointments'], awaitRefetchQueries: true });
  const [title, setTitle] = useState('');
  const [preferredTimes, setPreferredTimes] = useState('');
  const [details, setDetails] = useState('');
  const [matterId, setMatterId] = useState(portal.matters.length === 1 ? (portal.matters[0]?.id ?? '') : '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const timesRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSent(false);
    setFormError(null);
    const local: Partial<Record<FieldName, string>> = {};
    if (!title.trim()) local.title = 'Say what the appointment is about.';
    if (!preferredTimes.trim()) local.preferredTimes = 'Say when you could come.';
    setErrors(local);
    if (local.title || local.preferredTimes) {
      focusLater(() => (local.title ? titleRef.current : timesRef.current));
      return;
    }
    try {
      const { data } = await request({ variables: { input: { portalId: portal.id, matterId: matterId || null, title, preferredTimes, details: details || null } } });
      const payload = data?.requestAppointment;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0) {
        setTitle('');
        setPreferredTimes('');
        setDetails('');
        setSent(true);
        return;
      }
      const { fieldErrors, formErrors } = splitUserErrors(payload.errors, FIELDS);
      setErrors(fieldErrors);
      setFormError(formErrors.length > 0 ? formErrors.join(' ') : null);
      focusLater(() => (formErrors.length > 0 ? alertRef.current : fieldErrors.title ? titleRef.current : timesRef.current));
    } catch (failure) {
      if (sessionEnded(failure)) return;
      setFormError(describeRequestError(failure));
      focusLater(() => alertRef.current);
    }
  }

  const field = (name: FieldName) => `${id}-${name}`;
  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Request an appointment</h3>
      <p className="muted">{firm.name} will answer with a time, or get in touch.</p>
      {formError ? (
        <Alert ref={alertRef} title="Your request was not sent">
          {formError}
        </Alert>
      ) : null}
      <TextField ref={titleRef} label="What it is about" name="title" maxLength={200} required value={title} onChange={(event) => setTitle(event.target.value)} error={errors.title ?? null} />
      <TextArea
        ref={timesRef}
        id={field('preferredTimes')}
        label="When you could come"
        hint="For example “Tuesday or Thursday mornings, not before 10”."
        value={preferredTimes}
        onChange={setPreferredTimes}
        error={errors.preferredTimes ?? null}
        required
      />
      {portal.matters.length > 0 ? (
        <div className={['field', errors.matterId ? 'field--invalid' : null].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={field('matterId')}>
            Matter
          </label>
          {errors.matterId ? (
            <p className="field__error" id={`${field('matterId')}-error`}>
              <span className="visually-hidden">Error: </span>
              {errors.matterId}
            </p>
          ) : null}
          <select
            id={field('matterId')}
            className="field__input"
            value={matterId}
            onChange={(event) => setMatterId(event.target.value)}
            aria-invalid={errors.matterId ? true : undefined}
            aria-describedby={errors.matterId ? `${field('matterId')}-error` : undefined}
          >
            <option value="">No particular matter</option>
            {portal.matters.map((matter) => (
              <option key={matter.id} value={matter.id}>
                {matter.number} {matter.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <TextArea id={field('details')} label="Anything else" hint="Optional." value={details} onChange={setDetails} error={errors.details ?? null} />
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Sending…">
          Send request
        </Button>
        <p className="form__status" role="status">
          {sent ? 'Your request was sent. It is listed above until the firm answers.' : ''}
        </p>
      </div>
    </form>
  );
}

function TextArea({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  required = false,
  ref,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  required?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        className="field__input field__input--textarea"
        value={value}
        required={required}
        maxLength={2000}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
