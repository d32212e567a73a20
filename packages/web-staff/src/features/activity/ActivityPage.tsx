import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { isOneOf, optionsOf } from '../../lib/enums';
import { formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { useLoadMore } from '../../lib/useLoadMore';
import { LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField } from '../../ui/Field';
import { ListSummary, LoadMore } from '../../ui/List';
import { Badge, Loading, Page } from '../../ui/Page';
import { Link } from 'react-router';
import { DataTable } from '../../ui/Table';
import { ACTIVITY_ACTION_LABELS, type ActivityAction } from './labels';

export const ActivityPage_ActivityQuery = graphql(`
  query ActivityPage_Activity($first: Int!, $after: String, $filter: ActivityFilterInput) {
    activity(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          actorName
          summary
          occurredAt
          ipAddress
          byClient
          portalName
          matter {
            id
            number
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;
const ACTION_OPTIONS = [{ value: '', label: 'All events' }, ...optionsOf(ACTIVITY_ACTION_LABELS)];

/** I17 and S12: every invitation, access and client event, newest first; client actions alone on request. */
export function ActivityPage() {
  const { params, updateParams } = useListParams();
  const actionParam = params.get('kind') ?? '';
  const action: ActivityAction | null = isOneOf(ACTIVITY_ACTION_LABELS, actionParam) ? actionParam : null;
  const clientsOnly = params.get('who') === 'clients';
  const matterId = params.get('matter');
  const filter =
    action || clientsOnly || matterId
      ? { ...(action ? { actions: [action] } : {}), ...(clientsOnly ? { clientActionsOnly: true } : {}), ...(matterId ? { matterId } : {}) }
      : null;
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ActivityPage_ActivityQuery, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const entries = shown?.activity.edges.map((edge) => edge.node) ?? [];
  const total = shown?.activity.totalCount ?? 0;

  const { loadMore, loadingMore, error: loadMoreError } = useLoadMore({
    endCursor: shown?.activity.pageInfo.endCursor,
    fetchPage: (after) => fetchMore({ variables: { after } }),
  });

  return (
    <Page title="Activity">
      <p className="lead">Every invitation, access and client event: who did what, and when. Choose “Client activity only” to see what clients did.</p>
      <div className="filters" role="search" aria-label="Filter activity">
        <SelectField
          label="Kind of event"
          value={action ?? ''}
          options={ACTION_OPTIONS}
          onChange={(event) => updateParams({ kind: event.target.value || null })}
        />
        <CheckboxField
          label="Client activity only"
          hint="Uploads, done to-dos, messages, requests and detail changes by clients."
          checked={clientsOnly}
          onChange={(event) => updateParams({ who: event.target.checked ? 'clients' : null })}
        />
      </div>
      {matterId ? (
        <p>
          Showing the events of one matter.{' '}
          <Button size="sm" variant="quiet" onClick={() => updateParams({ matter: null })}>
            Show every matter
          </Button>
        </p>
      ) : null}
      {error && !shown ? <LoadErrorAlert title="The activity could not be loaded" error={error} onRetry={refetch} /> : null}
      {!shown && loading ? <Loading>Loading activity…</Loading> : null}
      {shown ? (
        <>
          <ListSummary shown={entries.length} total={total} one="event" many="events" />
          {total === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">
                {clientsOnly ? 'No client activity of this kind yet.' : action ? 'No events of this kind yet.' : 'Nothing has happened yet.'}
              </p>
              {clientsOnly ? <p>What clients do in the portal (uploads, done to-dos, messages, appointment requests, detail changes) will appear here.</p> : null}
            </div>
          ) : (
            <DataTable caption="Activity, newest first">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Who</th>
                  <th scope="col">Client and matter</th>
                  <th scope="col">Address</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">
                      <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                    </td>
                    <td>
                      <span className="table__primary">{ACTIVITY_ACTION_LABELS[entry.action]}</span>
                      <span className="table__sub">{entry.summary}</span>
                    </td>
                    <td>
                      {entry.actorName} {entry.byClient ? <Badge tone="accent">Client</Badge> : null}
                    </td>
                    <td>
                      {entry.portalName ? <span className="table__primary">{entry.portalName}</span> : null}
                      {entry.matter ? (
                        <Link to={`/matters/${entry.matter.id}`} className="table__sub">
                          {entry.matter.number} {entry.matter.name}
                        </Link>
                      ) : null}
                      {!entry.portalName && !entry.matter ? <span className="muted">—</span> : null}
                    </td>
                    <td className="table__break">{entry.ipAddress ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <LoadMore hasNextPage={shown.activity.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={loadMore} error={loadMoreError}>
            Load more
          </LoadMore>
        </>
      ) : null}
    </Page>
  );
}
