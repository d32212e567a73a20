import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { isOneOf, optionsOf } from '../../lib/enums';
import { formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { useLoadMore } from '../../lib/useLoadMore';
import { LoadErrorAlert } from '../../ui/Alert';
import { SelectField } from '../../ui/Field';
import { ListSummary, LoadMore } from '../../ui/List';
import { Loading, Page } from '../../ui/Page';
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
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;
const ACTION_OPTIONS = [{ value: '', label: 'All events' }, ...optionsOf(ACTIVITY_ACTION_LABELS)];

/** I17: every invitation and access event, newest first. */
export function ActivityPage() {
  const { params, updateParams } = useListParams();
  const actionParam = params.get('kind') ?? '';
  const action: ActivityAction | null = isOneOf(ACTIVITY_ACTION_LABELS, actionParam) ? actionParam : null;
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ActivityPage_ActivityQuery, {
    variables: { first: PAGE_SIZE, filter: action ? { actions: [action] } : null },
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
      <p className="lead">Every invitation and access event: who did what, and when.</p>
      <div className="filters" role="search" aria-label="Filter activity">
        <SelectField
          label="Kind of event"
          value={action ?? ''}
          options={ACTION_OPTIONS}
          onChange={(event) => updateParams({ kind: event.target.value || null })}
        />
      </div>
      {error && !shown ? <LoadErrorAlert title="The activity could not be loaded" error={error} onRetry={refetch} /> : null}
      {!shown && loading ? <Loading>Loading activity…</Loading> : null}
      {shown ? (
        <>
          <ListSummary shown={entries.length} total={total} one="event" many="events" />
          {total === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">{action ? 'No events of this kind yet.' : 'Nothing has happened yet.'}</p>
            </div>
          ) : (
            <DataTable caption="Activity, newest first">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Who</th>
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
                    <td>{entry.actorName}</td>
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
