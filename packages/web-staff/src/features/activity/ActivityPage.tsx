import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isOneOf, optionsOf } from '../../lib/enums';
import { formatDateTime, plural } from '../../lib/format';
import { describeError } from '../../lib/mutation';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
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
  const [params, setParams] = useSearchParams();
  const actionParam = params.get('kind') ?? '';
  const action: ActivityAction | null = isOneOf(ACTIVITY_ACTION_LABELS, actionParam) ? actionParam : null;
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ActivityPage_ActivityQuery, {
    variables: { first: PAGE_SIZE, filter: action ? { actions: [action] } : null },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const entries = shown?.activity.edges.map((edge) => edge.node) ?? [];
  const total = shown?.activity.totalCount ?? 0;

  const loadMore = async () => {
    const endCursor = shown?.activity.pageInfo.endCursor;
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (failure) {
      setLoadMoreError(describeError(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page title="Activity">
      <p className="lead">Every invitation and access event: who did what, and when.</p>
      <div className="filters" role="search" aria-label="Filter activity">
        <SelectField
          label="Kind of event"
          value={action ?? ''}
          options={ACTION_OPTIONS}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.target.value) next.set('kind', event.target.value);
            else next.delete('kind');
            setParams(next, { replace: true });
          }}
        />
      </div>
      {error && !shown ? (
        <Alert tone="error" role="alert" title="The activity could not be loaded">
          <p>{describeError(error)}</p>
          <Button onClick={() => void refetch().catch(() => undefined)}>Try again</Button>
        </Alert>
      ) : null}
      {!shown && loading ? <Loading>Loading activity…</Loading> : null}
      {shown ? (
        <>
          <p className="list-summary" role="status">
            {total === 0 ? '' : entries.length < total ? `Showing ${entries.length} of ${plural(total, 'event', 'events')}` : plural(total, 'event', 'events')}
          </p>
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
          {loadMoreError ? (
            <Alert tone="error" role="alert">
              <p>{loadMoreError}</p>
            </Alert>
          ) : null}
          {shown.activity.pageInfo.hasNextPage ? (
            <div className="load-more">
              <Button onClick={() => void loadMore()} busy={loadingMore} busyLabel="Loading…">
                Load more
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
