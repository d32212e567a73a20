import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useNotice } from '../../app/notice';
import { describeError } from '../../lib/mutation';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Loading, Section } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { isAdmin, useViewer } from '../auth/viewer';
import { ShareMatterDialog } from './ShareMatterDialog';
import { AccessBadge, PortalStatusBadge } from './StatusBadge';
import { useUnshareMatter } from './useShareMatter';

const MatterPortalSection_MatterQuery = graphql(`
  query MatterPortalSection_Matter($id: ID!) {
    matter(id: $id) {
      id
      number
      name
      sharedWithPortals {
        id
        contact {
          id
          displayName
        }
      }
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

/**
 * The matter's "Client portal" view (I2, S1): each client's portal, its members, whether this
 * matter is shared with it; the portals the matter is shared with, sharing with another and
 * stopping.
 */
export function MatterPortalSection({ matterId, onInvite }: MatterPortalSectionProps) {
  const { data, previousData, loading, error } = useQuery(MatterPortalSection_MatterQuery, { variables: { id: matterId } });
  const viewer = useViewer();
  const { notify } = useNotice();
  const { unshareMatter, loading: unsharing } = useUnshareMatter();
  const [sharing, setSharing] = useState(false);
  const [stopping, setStopping] = useState<{ id: string; name: string } | null>(null);
  const [stopError, setStopError] = useState<string | null>(null);
  const shown = data ?? previousData;
  const matter = shown?.matter ?? null;
  const clients = (matter?.participants ?? []).filter((participant) => participant.role === 'CLIENT');
  const sharedWith = matter?.sharedWithPortals ?? [];
  const mayShare = viewer.canShareItems || isAdmin(viewer);

  const stopSharing = async () => {
    if (!stopping || !matter) return;
    setStopError(null);
    const outcome = await unshareMatter(matter.id, stopping.id);
    if (outcome.ok) {
      notify(`${matter.number} is no longer shared with the portal of ${stopping.name}.`);
      setStopping(null);
    } else {
      setStopError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  return (
    <Section
      title="Client portal"
      headingId="matter-portal-heading"
      actions={
        matter && mayShare ? (
          <Button size="sm" onClick={() => setSharing(true)}>
            Share with a portal
          </Button>
        ) : null
      }
    >
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
      {matter ? (
        <div className="shared-portals">
          <h3 className="shared-portals__title">Shared with</h3>
          {sharedWith.length === 0 ? (
            <p className="muted">This matter is not shared with any portal. Portals it is shared with appear here; their members see the matter and what is shared on it.</p>
          ) : (
            <ul className="plain-list shared-portals__list">
              {sharedWith.map((portal) => (
                <li key={portal.id} className="shared-portals__item">
                  <Link to={`/contacts/${portal.contact.id}#client-portal`}>Portal of {portal.contact.displayName}</Link>
                  {mayShare ? (
                    <Button
                      size="sm"
                      variant="quiet"
                      onClick={() => {
                        setStopError(null);
                        setStopping({ id: portal.id, name: portal.contact.displayName });
                      }}
                    >
                      Stop sharing<span className="visually-hidden"> with the portal of {portal.contact.displayName}</span>
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {!mayShare ? <p className="field__hint">Sharing matters with portals needs the “share items” right.</p> : null}
        </div>
      ) : null}
      {matter ? (
        <ShareMatterDialog
          open={sharing}
          onClose={() => setSharing(false)}
          matter={matter}
          onShared={(portalName) => notify(`${matter.number} is now shared with the portal of ${portalName}.`)}
        />
      ) : null}
      <ConfirmDialog
        open={stopping !== null}
        onClose={() => setStopping(null)}
        title="Stop sharing this matter?"
        confirmLabel="Stop sharing"
        busyLabel="Stopping…"
        busy={unsharing}
        error={stopError}
        onConfirm={() => void stopSharing()}
      >
        <p>
          Members of the portal of <strong>{stopping?.name}</strong> will no longer see {matter?.number} {matter?.name} or anything shared on it, from now on. Nothing is deleted; you can
          share it again later.
        </p>
      </ConfirmDialog>
    </Section>
  );
}
