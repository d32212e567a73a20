import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useNotice } from '../../app/notice';
import { formatDate, formatDateTime } from '../../lib/format';
import type { ResultOf } from '../../lib/operations';
import { Alert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading, Section } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { INVITATION_EMAIL_LABELS } from './labels';
import { InviteDialog } from './InviteDialog';
import { MemberActions } from './MemberActions';
import { AccessBadge } from './StatusBadge';

export const PortalPanel_memberFragment = graphql(`
  fragment PortalPanel_member on PortalMember {
    id
    name
    email
    status
    accessState
    activatedAt
    disabledAt
    lastSignInAt
    createdAt
    invitedBy {
      name
      isMember
    }
    permissions {
      myDocuments
      myDetails
      secureMessaging
      appointmentRequests
      billingDocuments
      payBalance
      inviteOthers
    }
    latestInvitation {
      id
      createdAt
      expiresAt
      emailStatus
      status
      linkOnly
      openedAt
    }
  }
`);

export const PortalPanel_ContactQuery = graphql(`
  query PortalPanel_Contact($id: ID!) {
    contact(id: $id) {
      id
      displayName
      portalEligible
      portalStatus
      archivedAt
      portal {
        id
        createdAt
        members {
          ...PortalPanel_member
        }
        sharedMatters {
          id
          number
          name
          archivedAt
        }
      }
    }
    portalSettings {
      enabled
      membersMayInvite
    }
  }
`);

export type PanelMember = ResultOf<typeof PortalPanel_memberFragment>;

/** Who invited a member, saying so when it was another member of the portal (I14). */
function inviterText(member: PanelMember): string {
  if (!member.invitedBy) return 'Not recorded';
  return member.invitedBy.isMember ? `${member.invitedBy.name} (a member of this portal)` : `${member.invitedBy.name} (staff)`;
}

function AccessCell({ member }: { member: PanelMember }) {
  return (
    <>
      <AccessBadge state={member.accessState} />
      {member.accessState === 'ACTIVE' ? (
        <span className="table__sub">{member.lastSignInAt ? `Last signed in ${formatDateTime(member.lastSignInAt)}` : 'Has not signed in yet'}</span>
      ) : null}
      {member.accessState === 'DISABLED' && member.disabledAt ? <span className="table__sub">Since {formatDate(member.disabledAt)}</span> : null}
    </>
  );
}

function InvitationCell({ member }: { member: PanelMember }) {
  const invitation = member.latestInvitation;
  if (!invitation) return <span className="muted">None</span>;
  return (
    <>
      <span className="nowrap">
        {invitation.linkOnly ? 'Link made' : 'Sent'} {formatDate(invitation.createdAt)}
      </span>
      {member.status === 'PENDING' ? (
        <span className="table__sub">
          {member.accessState === 'EXPIRED' ? 'Expired' : 'Expires'} {formatDate(invitation.expiresAt)}
        </span>
      ) : null}
      {invitation.emailStatus ? <span className="table__sub">{INVITATION_EMAIL_LABELS[invitation.emailStatus]}</span> : <span className="table__sub">Link copied, no email</span>}
      {invitation.openedAt && member.status === 'PENDING' ? <span className="table__sub">Opened {formatDate(invitation.openedAt)}</span> : null}
    </>
  );
}

/**
 * The contact's "Client portal" panel (the CRM's "Client Portal Subscribers"): who has access,
 * their state, who invited them and their latest invitation, with an actions menu per member,
 * the matters shared with the portal, and the invite button.
 */
export function PortalPanel({ contactId }: { contactId: string }) {
  const { notify } = useNotice();
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(PortalPanel_ContactQuery, { variables: { id: contactId } });
  const [inviteOpen, setInviteOpen] = useState(false);
  const removedId = useRef<string | null>(null);
  /** Once the removed member's row has left the page, focus goes to the panel's heading. */
  const focusAfterRemoval = useCallback(() => {
    const id = removedId.current;
    if (!id || document.querySelector(`[data-member-id="${CSS.escape(id)}"]`)) return;
    removedId.current = null;
    document.getElementById('client-portal-heading')?.focus();
  }, []);
  const onRemoved = useCallback(
    (memberId: string) => {
      removedId.current = memberId;
      focusAfterRemoval();
    },
    [focusAfterRemoval],
  );
  const shown = data ?? previousData;
  const contact = shown?.contact;

  // A removed member's row (and the menu that had focus) goes once the portal is fetched again:
  // then keep keyboard users in the panel.
  const memberIds = (contact?.portal?.members ?? []).map((member) => member.id).join(' ');
  useEffect(focusAfterRemoval, [memberIds, focusAfterRemoval]);

  // An invitation email waits in the outbox for a moment: look again until it has left.
  const emailQueued = Boolean(contact?.portal?.members.some((member) => member.latestInvitation?.emailStatus === 'QUEUED'));
  useEffect(() => {
    if (!emailQueued) return;
    startPolling(3000);
    return () => stopPolling();
  }, [emailQueued, startPolling, stopPolling]);

  const headingId = 'client-portal-heading';
  if (!contact || !shown) {
    return (
      <Section title="Client portal" headingId={headingId}>
        {loading ? <Loading>Loading the client portal…</Loading> : null}
        {error && !loading ? (
          <LoadErrorAlert title="The client portal could not be loaded" error={error} onRetry={refetch} />
        ) : null}
      </Section>
    );
  }

  const portal = contact.portal;
  const members = portal?.members ?? [];
  const archived = Boolean(contact.archivedAt);
  const canInvite = contact.portalEligible && !archived;

  return (
    <Section
      title="Client portal"
      headingId={headingId}
      actions={
        canInvite ? (
          <Button size="sm" variant="primary" onClick={() => setInviteOpen(true)}>
            {portal ? 'Invite more to portal' : 'Invite to portal'}
          </Button>
        ) : null
      }
    >
      {!shown.portalSettings.enabled ? (
        <Alert tone="warning" title="The client portal is turned off">
          <p>No client can sign in and no invitation can be sent. An admin can turn it on in Portal settings.</p>
        </Alert>
      ) : null}
      {!contact.portalEligible ? (
        <Alert tone="info" title={`${contact.displayName} cannot be invited to a portal`}>
          <p>
            Only clients have a portal. Make {contact.displayName} a client contact, give them the Client role on a matter, or link them to a client (a spouse, partner, family
            member or colleague can then be invited to that client’s portal).
          </p>
        </Alert>
      ) : null}
      {archived && contact.portalEligible ? <p className="muted">Restore this contact to invite anyone to the portal.</p> : null}

      {portal ? (
        members.length === 0 ? (
          <p className="muted">Nobody has access to this portal now. Invite someone to give them access.</p>
        ) : (
          <DataTable caption={`People with access to the portal of ${contact.displayName}`}>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Access</th>
                <th scope="col">Invited by</th>
                <th scope="col">Latest invitation</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id} data-member-id={member.id}>
                  <td>
                    <span className="table__primary">{member.name}</span>
                    <span className="table__sub table__break">{member.email}</span>
                  </td>
                  <td>
                    <AccessCell member={member} />
                  </td>
                  <td>{inviterText(member)}</td>
                  <td>
                    <InvitationCell member={member} />
                  </td>
                  <td className="table__actions">
                    <MemberActions member={member} portalContact={contact} membersMayInvite={shown.portalSettings.membersMayInvite} onRemoved={onRemoved} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )
      ) : contact.portalEligible ? (
        <p className="muted">{contact.displayName} has no portal yet. It is created with the first invitation.</p>
      ) : null}

      {portal ? (
        <>
          <h3 className="subheading">Shared matters</h3>
          {portal.sharedMatters.length === 0 ? (
            <p className="muted">No matters are shared with this portal.</p>
          ) : (
            <ul className="plain-list">
              {portal.sharedMatters.map((matter) => (
                <li key={matter.id}>
                  <Link to={`/matters/${matter.id}`}>
                    {matter.number} {matter.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      <InviteDialog
        open={inviteOpen}
        onClose={() => setInviteOpen(false)}
        contactId={contact.id}
        onInvited={(message) => {
          setInviteOpen(false);
          notify(message);
        }}
      />
    </Section>
  );
}
