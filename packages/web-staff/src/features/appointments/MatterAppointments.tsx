import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useNotice } from '../../app/notice';
import { LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Loading } from '../../ui/Page';
import { AcceptRequestDialog, AppointmentDialog, DeclineRequestDialog, type EditableAppointment, type RequestSummary } from './AppointmentDialogs';
import { AppointmentTable, type StaffAppointment } from './AppointmentTable';
import { useDeleteAppointment, useSetAppointmentShared } from './useAppointmentMutations';

const MatterAppointments_AppointmentsQuery = graphql(`
  query MatterAppointments_Appointments($id: ID!) {
    matter(id: $id) {
      id
      appointments {
        ...MatterAppointments_appointment
      }
    }
  }
`);

/** Appointments on a matter and the clients' requests about it (S2, S9). */
export function MatterAppointments({ matterId }: { matterId: string }) {
  const { notify } = useNotice();
  const { data, previousData, loading, error, refetch } = useQuery(MatterAppointments_AppointmentsQuery, { variables: { id: matterId } });
  const setShared = useSetAppointmentShared();
  const { deleteAppointment, loading: deleting } = useDeleteAppointment();
  const [dialog, setDialog] = useState<{ open: boolean; appointment: EditableAppointment | null }>({ open: false, appointment: null });
  const [accepting, setAccepting] = useState<RequestSummary | null>(null);
  const [declining, setDeclining] = useState<RequestSummary | null>(null);
  const [removing, setRemoving] = useState<StaffAppointment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const shown = data ?? previousData;
  const appointments = shown?.matter?.appointments ?? [];
  const requests = appointments.filter((a) => a.status === 'REQUESTED');
  const others = appointments.filter((a) => a.status !== 'REQUESTED');

  const confirmDelete = async () => {
    if (!removing) return;
    setDeleteError(null);
    const outcome = await deleteAppointment(removing.id);
    if (outcome.ok) {
      notify(`The appointment “${removing.title}” was deleted.`);
      setRemoving(null);
    } else {
      setDeleteError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  const actions = {
    onAccept: (a: StaffAppointment) => setAccepting(a),
    onDecline: (a: StaffAppointment) => setDeclining(a),
    onEdit: (a: StaffAppointment) => setDialog({ open: true, appointment: a }),
    onDelete: (a: StaffAppointment) => {
      setDeleteError(null);
      setRemoving(a);
    },
    onShare: (a: StaffAppointment, shared: boolean) => setShared(a.id, shared),
  };

  return (
    <div>
      <div className="section__header">
        <h2 className="section__title">Appointments</h2>
        <div className="section__actions">
          <Link to="/appointment-requests">All appointment requests</Link>
          <Button variant="primary" onClick={() => setDialog({ open: true, appointment: null })}>
            Add appointment
          </Button>
        </div>
      </div>
      {!shown && loading ? <Loading>Loading appointments…</Loading> : null}
      {!shown && error ? <LoadErrorAlert title="The appointments could not be loaded" error={error} onRetry={refetch} /> : null}
      {shown ? (
        <>
          <section aria-labelledby="matter-requests-heading">
            <h3 id="matter-requests-heading" className="subheading">
              Requests from the client
            </h3>
            {requests.length === 0 ? (
              <p className="muted">No open requests. When a client asks for an appointment about this matter, it appears here for you to accept or decline.</p>
            ) : (
              <AppointmentTable caption="Open appointment requests on this matter" appointments={requests} {...actions} />
            )}
          </section>
          <section aria-labelledby="matter-appointments-heading">
            <h3 id="matter-appointments-heading" className="subheading">
              Appointments
            </h3>
            {others.length === 0 ? (
              <div className="empty-state">
                <p className="empty-state__title">No appointments yet.</p>
                <p className="muted">Meetings on this matter appear here. Share one to show it on the client’s portal.</p>
              </div>
            ) : (
              <AppointmentTable caption="Appointments on this matter" appointments={others} {...actions} />
            )}
          </section>
        </>
      ) : null}
      <AppointmentDialog
        open={dialog.open}
        onClose={() => setDialog({ open: false, appointment: dialog.appointment })}
        matterId={matterId}
        appointment={dialog.appointment}
        onSaved={(title) => {
          setDialog({ open: false, appointment: dialog.appointment });
          notify(dialog.appointment ? `The appointment “${title}” was saved.` : `The appointment “${title}” was added. Share it when the client should see it.`);
        }}
      />
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
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="Delete this appointment?"
        confirmLabel="Delete appointment"
        busyLabel="Deleting…"
        busy={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
      >
        <p>“{removing?.title}” will disappear for staff and for the client.</p>
      </ConfirmDialog>
    </div>
  );
}
