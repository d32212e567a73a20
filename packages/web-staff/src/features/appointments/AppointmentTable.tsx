import { Link } from 'react-router';
import type { ResultOf } from '../../lib/operations';
import type { MatterAppointments_appointmentFragment } from './useAppointmentMutations';
import { formatDateTime } from '../../lib/format';
import type { MutationOutcome } from '../../lib/mutation';
import { Button } from '../../ui/Button';
import { Badge } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { ShareSwitch } from '../tasks/ShareSwitch';
import { formatSpan } from './times';

export type StaffAppointment = ResultOf<typeof MatterAppointments_appointmentFragment>;

const STATUS: Record<StaffAppointment['status'], { label: string; tone: 'success' | 'warning' | 'muted' | 'danger' }> = {
  SCHEDULED: { label: 'Scheduled', tone: 'success' },
  REQUESTED: { label: 'Requested', tone: 'warning' },
  DECLINED: { label: 'Declined', tone: 'danger' },
  CANCELLED: { label: 'Withdrawn by the client', tone: 'muted' },
};

interface AppointmentTableProps {
  caption: string;
  appointments: readonly StaffAppointment[];
  /** Show the matter column (on the firm-wide request list). */
  showMatter?: boolean;
  onShare?: (appointment: StaffAppointment, shared: boolean) => Promise<MutationOutcome<unknown>>;
  onAccept: (appointment: StaffAppointment) => void;
  onDecline: (appointment: StaffAppointment) => void;
  onEdit?: (appointment: StaffAppointment) => void;
  onDelete?: (appointment: StaffAppointment) => void;
}

/** Appointments and requests in a table: when, what, status, sharing, and what staff may do. */
export function AppointmentTable({ caption, appointments, showMatter = false, onShare, onAccept, onDecline, onEdit, onDelete }: AppointmentTableProps) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Appointment</th>
          {showMatter ? <th scope="col">Matter</th> : null}
          <th scope="col">Status</th>
          {onShare ? <th scope="col">Shared with client</th> : null}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {appointments.map((appointment) => {
          const status = STATUS[appointment.status];
          const open = appointment.status === 'REQUESTED';
          return (
            <tr key={appointment.id}>
              <td>
                {appointment.startsAt ? (
                  <span className="nowrap">{formatSpan(appointment.startsAt, appointment.endsAt)}</span>
                ) : (
                  <>
                    <span className="muted">No time set yet</span>
                    {appointment.preferredTimes ? <span className="table__sub pre-line">Client could come: {appointment.preferredTimes}</span> : null}
                  </>
                )}
              </td>
              <td>
                <span className="table__primary">{appointment.title}</span>
                {appointment.location ? <span className="table__sub">{appointment.location}</span> : null}
                {appointment.details ? <span className="table__sub pre-line">{appointment.details}</span> : null}
                {appointment.isRequest ? (
                  <span className="table__sub">
                    Requested by {appointment.requestedByName ?? 'a client'}
                    {appointment.portalName ? ` (${appointment.portalName})` : ''} on {formatDateTime(appointment.createdAt)}
                  </span>
                ) : null}
              </td>
              {showMatter ? (
                <td>
                  {appointment.matter ? (
                    <Link to={`/matters/${appointment.matter.id}?tab=appointments`}>
                      {appointment.matter.number} {appointment.matter.name}
                    </Link>
                  ) : (
                    <span className="muted">No particular matter</span>
                  )}
                </td>
              ) : null}
              <td>
                <Badge tone={status.tone}>{status.label}</Badge>
                {appointment.decidedByName && appointment.status !== 'REQUESTED' ? (
                  <span className="table__sub">
                    {appointment.status === 'DECLINED' ? 'Declined' : 'Accepted'} by {appointment.decidedByName}
                  </span>
                ) : null}
                {appointment.decisionNote ? <span className="table__sub pre-line">“{appointment.decisionNote}”</span> : null}
              </td>
              {onShare ? (
                <td>
                  <ShareSwitch
                    shared={appointment.shared}
                    itemLabel={`the appointment ${appointment.title}`}
                    onChange={(shared) => onShare(appointment, shared)}
                    unavailable={appointment.status === 'SCHEDULED' ? null : 'Only scheduled appointments can be shared; the client sees their own requests already.'}
                  />
                </td>
              ) : null}
              <td className="table__actions">
                {open && appointment.canDecide ? (
                  <>
                    <Button size="sm" variant="primary" onClick={() => onAccept(appointment)}>
                      Accept<span className="visually-hidden"> {appointment.title}</span>
                    </Button>
                    <Button size="sm" onClick={() => onDecline(appointment)}>
                      Decline<span className="visually-hidden"> {appointment.title}</span>
                    </Button>
                  </>
                ) : null}
                {open && !appointment.canDecide ? <span className="table__sub">The responsible staff member or staff who may share items answer this.</span> : null}
                {onEdit && appointment.status === 'SCHEDULED' ? (
                  <Button size="sm" variant="quiet" onClick={() => onEdit(appointment)}>
                    Edit<span className="visually-hidden"> {appointment.title}</span>
                  </Button>
                ) : null}
                {onDelete ? (
                  <Button size="sm" variant="quiet" onClick={() => onDelete(appointment)}>
                    Delete<span className="visually-hidden"> {appointment.title}</span>
                  </Button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
