import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useNotice } from '../../app/notice';
import { formatDate } from '../../lib/format';
import { Alert, LoadErrorAlert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { Badge, Loading, Page, Section } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { InviteDialog } from '../portals/InviteDialog';
import { MatterPortalSection } from '../portals/MatterPortalSection';
import { AddParticipantDialog } from './AddParticipantDialog';
import { MATTER_STATUS_LABELS, PARTICIPANT_ROLE_LABELS, type ParticipantRole } from './labels';
import { ParticipantRoleSelect } from './ParticipantRoleSelect';
import { useArchiveMatter } from './useArchiveMatter';
import { useRemoveMatterParticipant } from './useRemoveMatterParticipant';
import { useRestoreMatter } from './useRestoreMatter';
import { useUpdateMatter } from './useUpdateMatter';
import { useUpdateMatterParticipant } from './useUpdateMatterParticipant';
import { MatterWorkspace } from './MatterWorkspace';

/** What the matter page shows of a matter; the mutations that change one answer with it too. */
export const MatterDetailPage_matterFragment = graphql(`
  fragment MatterDetailPage_matter on Matter {
    id
    number
    name
    status
    description
    archivedAt
    closedAt
    createdAt
    updatedAt
    responsibleStaff {
      id
      name
      email
      active
    }
    participants {
      id
      role
      contact {
        id
        displayName
        primaryEmail
        type
        archivedAt
      }
    }
  }
`);

const MatterDetailPage_MatterQuery = graphql(`
  query MatterDetailPage_Matter($id: ID!) {
    matter(id: $id) {
      ...MatterDetailPage_matter
    }
  }
`);

export function MatterDetailPage() {
  const { matterId = '' } = useParams();
  const { notify } = useNotice();
  const { data, loading, error, refetch } = useQuery(MatterDetailPage_MatterQuery, { variables: { id: matterId } });
  const { updateMatter, loading: updatingStatus } = useUpdateMatter();
  const { archiveMatter, loading: archiving } = useArchiveMatter();
  const { restoreMatter, loading: restoring } = useRestoreMatter();
  const { updateParticipant } = useUpdateMatterParticipant();
  const { removeParticipant } = useRemoveMatterParticipant();
  const [addOpen, setAddOpen] = useState(false);
  const [inviting, setInviting] = useState<{ id: string; displayName: string } | null>(null);
  const [actionError, setActionError] = useState<{ title: string; message: string } | null>(null);
  const [participantError, setParticipantError] = useState<{ title: string; message: string } | null>(null);
  const [busyParticipant, setBusyParticipant] = useState<string | null>(null);
  const matter = data?.matter;

  if (!matter) {
    return (
      <Page title={data ? 'Matter not found' : 'Matter'} back={{ to: '/matters', label: 'Matters' }}>
        {loading && !data ? <Loading>Loading matter…</Loading> : null}
        {error && !data ? (
          <LoadErrorAlert title="The matter could not be loaded" error={error} onRetry={refetch} />
        ) : null}
        {data ? <p>There is no matter at this address. It may have been removed, or the link is wrong.</p> : null}
      </Page>
    );
  }

  const archived = Boolean(matter.archivedAt);
  const open = matter.status === 'OPEN';

  const toggleStatus = async () => {
    setActionError(null);
    const outcome = await updateMatter({
      id: matter.id,
      name: matter.name,
      description: matter.description,
      responsibleStaffId: matter.responsibleStaff.id,
      status: open ? 'CLOSED' : 'OPEN',
    });
    if (outcome.ok) notify(open ? `Matter ${matter.number} was closed.` : `Matter ${matter.number} was reopened.`);
    else setActionError({ title: open ? 'The matter could not be closed' : 'The matter could not be reopened', message: outcome.errors.map((e) => e.message).join(' ') });
  };

  const toggleArchived = async () => {
    setActionError(null);
    const outcome = archived ? await restoreMatter(matter.id) : await archiveMatter(matter.id);
    if (outcome.ok) notify(archived ? `Matter ${matter.number} was restored.` : `Matter ${matter.number} was archived. It no longer shows in lists.`);
    else setActionError({ title: archived ? 'The matter could not be restored' : 'The matter could not be archived', message: outcome.errors.map((e) => e.message).join(' ') });
  };

  const changeRole = async (participantId: string, name: string, role: ParticipantRole) => {
    setParticipantError(null);
    setBusyParticipant(participantId);
    const outcome = await updateParticipant({ participantId, role });
    setBusyParticipant(null);
    if (outcome.ok) notify(`${name} is now ${PARTICIPANT_ROLE_LABELS[role].toLowerCase()} on this matter.`);
    else setParticipantError({ title: 'The role could not be changed', message: outcome.errors.map((e) => e.message).join(' ') });
  };

  const remove = async (participantId: string, contact: { id: string; displayName: string }) => {
    setParticipantError(null);
    setBusyParticipant(participantId);
    const outcome = await removeParticipant({ participantId, contactId: contact.id });
    setBusyParticipant(null);
    if (outcome.ok) {
      notify(`${contact.displayName} was removed from this matter.`);
      document.getElementById('participants-heading')?.focus();
    } else {
      setParticipantError({ title: 'The participant could not be removed', message: outcome.errors.map((e) => e.message).join(' ') });
    }
  };

  return (
    <Page
      title={`${matter.number} ${matter.name}`}
      back={{ to: '/matters', label: 'Matters' }}
      meta={
        <>
          <Badge tone={open ? 'success' : 'neutral'}>{MATTER_STATUS_LABELS[matter.status]}</Badge>
          {archived ? <Badge tone="warning">Archived</Badge> : null}
        </>
      }
      actions={
        <>
          <ButtonLink to={`/matters/${matter.id}/edit`} variant="primary">
            Edit
          </ButtonLink>
          <Button onClick={() => void toggleStatus()} busy={updatingStatus} busyLabel={open ? 'Closing…' : 'Reopening…'}>
            {open ? 'Close matter' : 'Reopen matter'}
          </Button>
          <Button onClick={() => void toggleArchived()} busy={archiving || restoring} busyLabel={archived ? 'Restoring…' : 'Archiving…'}>
            {archived ? 'Restore' : 'Archive'}
          </Button>
        </>
      }
    >
      {actionError ? (
        <Alert tone="error" role="alert" title={actionError.title}>
          <p>{actionError.message}</p>
        </Alert>
      ) : null}
      {archived ? (
        <Alert tone="warning">
          <p>Archived on {formatDate(matter.archivedAt)}. Archived matters are kept with their history but hidden from lists.</p>
        </Alert>
      ) : null}

      <Section title="Details" headingId="matter-details-heading">
        <dl className="details">
          <div>
            <dt>Number</dt>
            <dd>{matter.number}</dd>
          </div>
          <div>
            <dt>Name</dt>
            <dd>{matter.name}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              {MATTER_STATUS_LABELS[matter.status]}
              {matter.closedAt && !open ? <span className="muted"> since {formatDate(matter.closedAt)}</span> : null}
            </dd>
          </div>
          <div>
            <dt>Responsible</dt>
            <dd>
              {matter.responsibleStaff.name}
              {matter.responsibleStaff.active ? null : <span className="muted"> (deactivated)</span>}
            </dd>
          </div>
          <div>
            <dt>Opened</dt>
            <dd>{formatDate(matter.createdAt)}</dd>
          </div>
          <div className="details__wide">
            <dt>Description</dt>
            <dd className="pre-line">{matter.description ?? <span className="muted">No description</span>}</dd>
          </div>
        </dl>
      </Section>

      <Section
        title="Participants"
        headingId="participants-heading"
        actions={
          <Button size="sm" onClick={() => setAddOpen(true)}>
            Add participant
          </Button>
        }
      >
        {participantError ? (
          <Alert tone="error" role="alert" title={participantError.title}>
            <p>{participantError.message}</p>
          </Alert>
        ) : null}
        {matter.participants.length === 0 ? (
          <p className="muted">Nobody takes part in this matter yet.</p>
        ) : (
          <DataTable caption={`Participants in ${matter.number} ${matter.name}`}>
            <thead>
              <tr>
                <th scope="col">Contact</th>
                <th scope="col">Role</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {matter.participants.map((participant) => (
                <tr key={participant.id}>
                  <td>
                    <Link to={`/contacts/${participant.contact.id}`} className="table__primary-link">
                      {participant.contact.displayName}
                    </Link>
                    {participant.contact.primaryEmail ? <span className="table__sub table__break">{participant.contact.primaryEmail}</span> : null}
                    {participant.contact.archivedAt ? <Badge tone="muted">Archived</Badge> : null}
                  </td>
                  <td>
                    <ParticipantRoleSelect
                      contactName={participant.contact.displayName}
                      value={participant.role}
                      onChange={(role) => void changeRole(participant.id, participant.contact.displayName, role)}
                    />
                  </td>
                  <td className="table__actions">
                    {participant.role === 'CLIENT' ? (
                      <Button size="sm" onClick={() => setInviting(participant.contact)}>
                        Portal invite<span className="visually-hidden"> for {participant.contact.displayName}</span>
                      </Button>
                    ) : null}
                    <Button size="sm" variant="quiet" busy={busyParticipant === participant.id} onClick={() => void remove(participant.id, participant.contact)}>
                      Remove<span className="visually-hidden"> {participant.contact.displayName}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      <MatterPortalSection matterId={matter.id} onInvite={setInviting} />

      <MatterWorkspace matterId={matter.id} />

      <InviteDialog
        open={inviting !== null}
        onClose={() => setInviting(null)}
        contactId={inviting?.id ?? ''}
        matterId={matter.id}
        onInvited={(message) => {
          setInviting(null);
          notify(message);
        }}
      />

      <AddParticipantDialog
        open={addOpen}
        onClose={() => setAddOpen(false)}
        matter={matter}
        participantIds={matter.participants.map((participant) => participant.contact.id)}
        onAdded={(contact) => {
          setAddOpen(false);
          notify(`${contact.displayName} was added to this matter.`);
        }}
      />
    </Page>
  );
}
