import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/mutation';
import { CheckboxField } from '../../ui/Field';
import { Badge, Loading, Section } from '../../ui/Page';
import { ACTIVITY_ACTION_LABELS } from './labels';

const MatterActivity_ActivityQuery = graphql(`
  query MatterActivity_Activity($matterId: ID!, $clientActionsOnly: Boolean) {
    activity(first: 10, filter: { matterId: $matterId, clientActionsOnly: $clientActionsOnly }) {
      totalCount
      edges {
        cursor
        node {
          id
          action
          actorName
          summary
          occurredAt
          byClient
          portalName
        }
      }
    }
  }
`);

/**
 * S12: the latest events of a matter (sharing, and what its clients did in the portal), newest
 * first, for the matter's page. Staff can narrow it to what clients did.
 */
export function MatterActivity({ matterId }: { matterId: string }) {
  const [clientsOnly, setClientsOnly] = useState(false);
  const { data, previousData, loading, error } = useQuery(MatterActivity_ActivityQuery, {
    variables: { matterId, clientActionsOnly: clientsOnly || null },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const entries = shown?.activity.edges.map((edge) => edge.node) ?? [];
  return (
    <Section title="Recent activity" headingId="matter-activity-heading">
      <CheckboxField label="Client activity only" checked={clientsOnly} onChange={(event) => setClientsOnly(event.target.checked)} />
      {!shown && loading ? <Loading>Loading activity…</Loading> : null}
      {!shown && error ? <p className="muted">The activity could not be loaded: {describeError(error)}</p> : null}
      {shown && entries.length === 0 ? (
        <p className="muted">
          {clientsOnly
            ? 'Nothing yet. When clients upload files, finish to-dos, send messages or ask for appointments on this matter, it shows here.'
            : 'Nothing yet. Sharing this matter with a portal, and what clients then do on it, shows here.'}
        </p>
      ) : null}
      {entries.length > 0 ? (
        <ol className="activity-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.occurredAt} className="activity-list__time">
                {formatDateTime(entry.occurredAt)}
              </time>
              <span className="activity-list__what">
                <span className="visually-hidden">{ACTIVITY_ACTION_LABELS[entry.action]}: </span>
                {entry.byClient ? (
                  <>
                    <Badge tone="accent">Client</Badge>{' '}
                  </>
                ) : null}
                {entry.summary}
                {entry.portalName ? <span className="muted"> · portal of {entry.portalName}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {shown && shown.activity.totalCount > entries.length ? (
        <p>
          <Link to={`/activity?matter=${encodeURIComponent(matterId)}${clientsOnly ? '&who=clients' : ''}`}>All activity of this matter</Link>
        </p>
      ) : null}
    </Section>
  );
}
