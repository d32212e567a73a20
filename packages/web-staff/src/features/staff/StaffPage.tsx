import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNotice } from '../../app/notice';
import { formatDateTime } from '../../lib/format';
import type { FormError } from '../../lib/mutation';
import { Alert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Badge, Loading, Page } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { useViewer } from '../auth/viewer';
import { AddStaffMemberDialog } from './AddStaffMemberDialog';
import { EditStaffMemberDialog, type EditableStaffMember } from './EditStaffMemberDialog';
import { STAFF_ROLE_LABELS } from './labels';
import { useDeactivateStaffMember } from './useDeactivateStaffMember';
import { useReactivateStaffMember } from './useReactivateStaffMember';

const StaffPage_StaffMembersQuery = graphql(`
  query StaffPage_StaffMembers {
    staffMembers(includeDeactivated: true) {
      id
      name
      email
      role
      canInviteClients
      canShareItems
      active
      deactivatedAt
      lastSignInAt
    }
  }
`);

function YesNo({ value }: { value: boolean }) {
  return value ? <span>Yes</span> : <span className="muted">No</span>;
}

export function StaffPage() {
  const viewer = useViewer();
  const { notify } = useNotice();
  const { data, loading, error, refetch } = useQuery(StaffPage_StaffMembersQuery);
  const { reactivateStaffMember } = useReactivateStaffMember();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<EditableStaffMember | null>(null);
  const [deactivating, setDeactivating] = useState<{ id: string; name: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const staff = data?.staffMembers ?? [];

  const reactivate = async (member: { id: string; name: string }) => {
    setActionError(null);
    setBusyId(member.id);
    const outcome = await reactivateStaffMember(member.id);
    setBusyId(null);
    if (outcome.ok) notify(`${member.name} can sign in again.`);
    else setActionError(outcome.errors.map((e) => e.message).join(' '));
  };

  return (
    <Page
      title="Staff"
      actions={
        <Button variant="primary" onClick={() => setAdding(true)}>
          Add staff member
        </Button>
      }
    >
      <p className="lead">Everyone at {viewer.firm.name} who signs in to Atrium, with what they may do.</p>
      {actionError ? (
        <Alert tone="error" role="alert" title="That did not work">
          <p>{actionError}</p>
        </Alert>
      ) : null}
      {loading && !data ? <Loading>Loading staff…</Loading> : null}
      {error && !data ? (
        <LoadErrorAlert title="Staff could not be loaded" error={error} onRetry={refetch} />
      ) : null}
      {data ? (
        <DataTable caption={`Staff of ${viewer.firm.name}`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Can invite clients</th>
              <th scope="col">Can share items</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => {
              const self = member.id === viewer.id;
              return (
                <tr key={member.id} className={member.active ? undefined : 'table__row--inactive'}>
                  <td>
                    <span className="table__primary">{member.name}</span>
                    {self ? (
                      <>
                        {' '}
                        <Badge tone="accent">You</Badge>
                      </>
                    ) : null}
                    {member.lastSignInAt ? <span className="table__sub">Last signed in {formatDateTime(member.lastSignInAt)}</span> : <span className="table__sub">Never signed in</span>}
                  </td>
                  <td className="table__break">{member.email}</td>
                  <td>{STAFF_ROLE_LABELS[member.role]}</td>
                  <td>
                    <YesNo value={member.canInviteClients} />
                  </td>
                  <td>
                    <YesNo value={member.canShareItems} />
                  </td>
                  <td>{member.active ? <Badge tone="success">Active</Badge> : <Badge tone="muted">Deactivated</Badge>}</td>
                  <td className="table__actions">
                    <Button size="sm" onClick={() => setEditing(member)}>
                      Edit<span className="visually-hidden"> {member.name}</span>
                    </Button>
                    {self ? null : member.active ? (
                      <Button size="sm" variant="quiet" onClick={() => setDeactivating(member)}>
                        Deactivate<span className="visually-hidden"> {member.name}</span>
                      </Button>
                    ) : (
                      <Button size="sm" variant="quiet" busy={busyId === member.id} busyLabel="Reactivating…" onClick={() => void reactivate(member)}>
                        Reactivate<span className="visually-hidden"> {member.name}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      ) : null}

      <AddStaffMemberDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(name) => {
          setAdding(false);
          notify(`${name} was added. Give them their first password so they can sign in.`);
        }}
      />
      <EditStaffMemberDialog
        member={editing}
        isSelf={editing?.id === viewer.id}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          notify(`Changes to ${name} were saved.`);
        }}
      />
      <DeactivateDialog
        member={deactivating}
        onClose={() => setDeactivating(null)}
        onDone={(name) => {
          setDeactivating(null);
          notify(`${name} was deactivated and signed out.`);
        }}
      />
    </Page>
  );
}

function DeactivateDialog({ member, onClose, onDone }: { member: { id: string; name: string } | null; onClose: () => void; onDone: (name: string) => void }) {
  return (
    <Dialog open={member !== null} onClose={onClose} title={member ? `Deactivate ${member.name}?` : 'Deactivate'}>
      {member ? <DeactivateConfirm key={member.id} member={member} onCancel={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function DeactivateConfirm({ member, onCancel, onDone }: { member: { id: string; name: string }; onCancel: () => void; onDone: (name: string) => void }) {
  const { deactivateStaffMember, loading } = useDeactivateStaffMember();
  const [errors, setErrors] = useState<FormError[]>([]);

  const confirm = async () => {
    const outcome = await deactivateStaffMember(member.id);
    if (outcome.ok) onDone(member.name);
    else setErrors(outcome.errors);
  };

  return (
    <div className="form">
      {errors.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{member.name} could not be deactivated</p>
          <ul className="alert__list">
            {errors.map((error) => (
              <li key={error.message}>{error.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        {member.name} is signed out at once and cannot sign in until an admin reactivates them. Their matters and history stay as they are.
      </p>
      <div className="form-actions">
        <Button variant="danger" busy={loading} busyLabel="Deactivating…" onClick={() => void confirm()}>
          Deactivate
        </Button>
        <Button variant="quiet" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
      </div>
    </div>
  );
}
