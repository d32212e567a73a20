import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNotice } from '../../app/notice';
import { LoadErrorAlert } from '../../ui/Alert';
import { SelectField } from '../../ui/Field';
import { Loading, Page } from '../../ui/Page';
import { AcceptRequestDialog, DeclineRequestDialog, type RequestSummary } from './AppointmentDialogs';
import { AppointmentTable } from './AppointmentTable';

const AppointmentRequestsPage_RequestsQuery = graphql(`
  query AppointmentRequestsPage_Requests($status: AppointmentStatus!) {
    appointmentRequests(status: $status) {
      ...MatterAppointments_appointment
    }
  }
`);

type RequestStatus = 'REQUESTED' | 'SCHEDULED' | 'DECLINED' | 'CANCELLED';

const STATUS_OPTIONS: { value: RequestStatus; label: string }[] = [
  { value: 'REQUESTED', label: 'Open' },
  { value: 'SCHEDULED', label: 'Accepted' },
  { value: 'DECLINED', label: 'Declined' },
  { value: 'CANCELLED', label: 'Withdrawn by the client' },
];

function isRequestStatus(value: string): value is RequestStatus {
  return STATUS_OPTIONS.some((option) => option.value === value);
}

/** Clients' appointment requests across the firm, including those about no particular matter (S9). */
export function AppointmentRequestsPage() {
  const { notify } = useNotice();
  const [status, setStatus] = useState<RequestStatus>('REQUESTED');
  const { data, previousData, loading, error, refetch } = useQuery(AppointmentRequestsPage_RequestsQuery, { variables: { status } });
  const [accepting, setAccepting] = useState<RequestSummary | null>(null);
  const [declining, setDeclining] = useState<RequestSummary | null>(null);
  const shown = data ?? previousData;
  const requests = shown?.appointmentRequests ?? [];
  const label = STATUS_OPTIONS.find((option) => option.value === status)?.label.toLowerCase() ?? '';

  return (
    <Page title="Appointment requests">
      <p className="lead">Clients who may request appointments ask for them in their portal. Accept one by choosing the time (the client sees it at once) or decline it with a note.</p>
      <div className="filters">
        <SelectField
          label="Show"
          options={STATUS_OPTIONS}
          value={status}
          onChange={(event) => {
            if (isRequestStatus(event.target.value)) setStatus(event.target.value);
          }}
        />
      </div>
      {!shown && loading ? <Loading>Loading requests…</Loading> : null}
      {!shown && error ? <LoadErrorAlert title="The requests could not be loaded" error={error} onRetry={refetch} /> : null}
      {shown && requests.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">No {label} requests.</p>
          <p className="muted">When a client asks for an appointment, the request appears here with the times they suggest.</p>
        </div>
      ) : null}
      {requests.length > 0 ? (
        <AppointmentTable caption={`Appointment requests: ${label}`} appointments={requests} showMatter onAccept={setAccepting} onDecline={setDeclining} />
      ) : null}
      <AcceptRequestDialog
        request={accepting}
        onClose={() => setAccepting(null)}
        onDone={(title) => {
          setAccepting(null);
          notify(`“${title}” is scheduled and shared with the client.`);
        }}
      />
      <DeclineRequestDialog
        request={declining}
        onClose={() => setDeclining(null)}
        onDone={(title) => {
          setDeclining(null);
          notify(`“${title}” was declined; the client sees your note.`);
        }}
      />
    </Page>
  );
}
