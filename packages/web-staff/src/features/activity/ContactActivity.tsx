import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/mutation';
import { Loading, Section } from '../../ui/Page';
import { ACTIVITY_ACTION_LABELS } from './labels';

const ContactActivity_ActivityQuery = graphql(`
  query ContactActivity_Activity($contactId: ID!) {
    activity(first: 8, filter: { contactId: $contactId }) {
      totalCount
      edges {
        cursor
        node {
          id
          action
          actorName
          summary
          occurredAt
        }
      }
    }
  }
`);

/** The latest events of a contact's portal, compactly, on the contact's page. */
export function ContactActivity({ contactId }: { contactId: string }) {
  const { data, previousData, loading, error } = useQuery(ContactActivity_ActivityQuery, { variables: { contactId }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const entries = shown?.activity.edges.map((edge) => edge.node) ?? [];
  return (
    <Section title="Portal activity" headingId="contact-activity-heading">
      {!shown && loading ? <Loading>Loading activity…</Loading> : null}
      {!shown && error ? <p className="muted">The activity could not be loaded: {describeError(error)}</p> : null}
      {shown && entries.length === 0 ? <p className="muted">No portal activity yet.</p> : null}
      {entries.length > 0 ? (
        <ol className="activity-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.occurredAt} className="activity-list__time">
                {formatDateTime(entry.occurredAt)}
              </time>
              <span className="activity-list__what">
                <span className="visually-hidden">{ACTIVITY_ACTION_LABELS[entry.action]}: </span>
                {entry.summary}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {shown && shown.activity.totalCount > entries.length ? (
        <p>
          <Link to="/activity">All activity</Link>
        </p>
      ) : null}
    </Section>
  );
}
