import { useId } from 'react';
import { useSignedInViewer } from '../auth/ViewerContext';
import { useFirm } from '../firm/FirmContext';
import { ReadOnlyNote, useViewing } from '../viewing/ViewingContext';
import type { ClientPortal } from './portals';
import { InviteForm } from './InviteForm';
import { PortalOverview } from './PortalOverview';

const MATTER_STATUS: Record<ClientPortal['matters'][number]['status'], string> = {
  OPEN: 'Open',
  CLOSED: 'Closed',
};

const MEMBER_STATUS: Record<ClientPortal['members'][number]['status'], string> = {
  PENDING: 'Pending',
  ACTIVE: 'Active',
  DISABLED: 'Disabled',
};

/** One portal: the matters shared in it and, for members who may invite, who has access. */
export function PortalSection({ portal, several = false }: { portal: ClientPortal; several?: boolean }) {
  const firm = useFirm();
  const id = useId();
  const headingId = `${id}-heading`;
  return (
    <section className="portal" aria-labelledby={headingId}>
      <h2 id={headingId} className="portal__name">
        <span className="portal__kicker">Portal</span> {portal.name}
      </h2>
      <section className="portal__part" aria-labelledby={`${id}-overview`}>
        <h3 id={`${id}-overview`}>Your portal</h3>
        <PortalOverview portal={portal} several={several} headingId={`${id}-overview`} />
      </section>
      <section className="portal__part" aria-labelledby={`${id}-matters`}>
        <h3 id={`${id}-matters`}>Matters shared with you</h3>
        {portal.matters.length === 0 ? (
          <p className="muted">
            Nothing has been shared with you yet. When {firm.name} shares matters, files or to-dos with you, they appear here.
          </p>
        ) : (
          <ul className="cards" aria-labelledby={`${id}-matters`}>
            {portal.matters.map((matter) => (
              <li key={matter.id} className="card matter">
                <p className="matter__title">
                  <span className="matter__number">{matter.number}</span> <span className="matter__name">{matter.name}</span>
                </p>
                <dl className="matter__facts">
                  <div>
                    <dt>Status</dt>
                    <dd>
                      <span className={`badge badge--${matter.status.toLowerCase()}`}>{MATTER_STATUS[matter.status]}</span>
                    </dd>
                  </div>
                  <div>
                    <dt>Responsible</dt>
                    <dd>{matter.responsibleStaffName}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      {portal.canInviteOthers ? <PeopleWithAccess portal={portal} idPrefix={id} /> : null}
    </section>
  );
}

function PeopleWithAccess({ portal, idPrefix }: { portal: ClientPortal; idPrefix: string }) {
  const viewer = useSignedInViewer();
  const viewing = useViewing();
  const headingId = `${idPrefix}-people`;
  return (
    <section className="portal__part" aria-labelledby={headingId}>
      <h3 id={headingId}>People with access</h3>
      {portal.members.length === 0 ? (
        <p className="muted">Nobody else has access yet.</p>
      ) : (
        <ul className="people" aria-labelledby={headingId}>
          {portal.members.map((member, index) => (
            <li key={`${index}-${member.email}`} className="person">
              <span className="person__who">
                <span className="person__name">
                  {member.name}
                  {!viewing && member.email.toLowerCase() === viewer.email.toLowerCase() ? <span className="muted"> (you)</span> : null}
                </span>
                <span className="person__email">{member.email}</span>
              </span>
              <span className={`badge badge--${member.status.toLowerCase()}`}>{MEMBER_STATUS[member.status]}</span>
            </li>
          ))}
        </ul>
      )}
      {viewing ? (
        <ReadOnlyNote what="Inviting someone" />
      ) : (
        <InviteForm
          portalId={portal.id}
          portalName={portal.name}
          pendingEmails={portal.members.filter((member) => member.status === 'PENDING').map((member) => member.email)}
        />
      )}
    </section>
  );
}
