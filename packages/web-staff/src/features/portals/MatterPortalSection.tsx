import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { describeError } from '../../lib/mutation';
import { Button } from '../../ui/Button';
import { Loading, Section } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { AccessBadge, PortalStatusBadge } from './StatusBadge';

const MatterPortalSection_MatterQuery = graphql(`
  query MatterPortalSection_Matter($id: ID!) {
    matter(id: $id) {
      id
      participants {
        id
        role
        contact {
          id
          displayName
          portalEligible
          portalStatus
          portal {
            id
            members {
              id
              name
              email
              accessState
            }
            sharedMatters {
              id
            }
          }
        }
      }
    }
  }
`);

interface MatterPortalSectionProps {
  matterId: string;
  /** Opens the invite dialog for a client, with this matter ticked. */
  onInvite: (contact: { id: string; displayName: string }) => void;
}

/** The matter's "Client portal" view (I2): each client's portal, its members, and whether this matter is shared. */
export function MatterPortalSection({ matterId, onInvite }: MatterPortalSectionProps) {
  const { data, previousData, loading, error } = useQuery(MatterPortalSection_MatterQuery, { variables: { id: matterId } });
  const shown = data ?? previousData;
  const clients = (shown?.matter?.participants ?? []).filter((participant) => participant.role === 'CLIENT');

  return (
    <Section title="Client portal" headingId="matter-portal-heading">
      {!shown && loading ? <Loading>Loading client portals…</Loading> : null}
      {!shown && error ? <p className="muted">The client portals could not be loaded: {describeError(error)}</p> : null}
      {shown && clients.length === 0 ? <p className="muted">No participant has the Client role on this matter, so nobody can be invited from here.</p> : null}
      {clients.length > 0 ? (
        <DataTable caption="Client portals of this matter’s clients">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Portal</th>
              <th scope="col">Members</th>
              <th scope="col">This matter</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {clients.map(({ id, contact }) => {
              const portal = contact.portal;
              const shared = Boolean(portal?.sharedMatters.some((matter) => matter.id === matterId));
              return (
                <tr key={id}>
                  <td>
                    <Link to={`/contacts/${contact.id}`} className="table__primary-link">
                      {contact.displayName}
                    </Link>
                  </td>
                  <td>
                    <PortalStatusBadge status={contact.portalStatus} />
                  </td>
                  <td>
                    {portal && portal.members.length > 0 ? (
                      <ul className="plain-list">
                        {portal.members.map((member) => (
                          <li key={member.id}>
                            {member.name} <span className="muted table__break">{member.email}</span> <AccessBadge state={member.accessState} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">Nobody</span>
                    )}
                  </td>
                  <td>{shared ? 'Shared' : <span className="muted">Not shared</span>}</td>
                  <td className="table__actions">
                    <Link to={`/contacts/${contact.id}#client-portal`} className="btn btn--secondary btn--sm">
                      Manage portal<span className="visually-hidden"> of {contact.displayName}</span>
                    </Link>
                    {contact.portalEligible ? (
                      <Button size="sm" variant="quiet" onClick={() => onInvite(contact)}>
                        Portal invite<span className="visually-hidden"> for {contact.displayName}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      ) : null}
    </Section>
  );
}
