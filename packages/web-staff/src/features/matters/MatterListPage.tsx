import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { isOneOf, optionsOf } from '../../lib/enums';
import { useLoadMore } from '../../lib/useLoadMore';
import { useSearchableListParams } from '../../lib/useListParams';
import { LoadErrorAlert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { ListSummary, LoadMore } from '../../ui/List';
import { Badge, Loading, Page } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { MATTER_STATUS_LABELS, type MatterStatus } from './labels';

const MatterListPage_MattersQuery = graphql(`
  query MatterListPage_Matters($first: Int!, $after: String, $filter: MatterFilterInput) {
    matters(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          name
          status
          archivedAt
          responsibleStaff {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const STATUS_OPTIONS = [{ value: '', label: 'Open and closed' }, ...optionsOf(MATTER_STATUS_LABELS)];

export function MatterListPage() {
  const { params, updateParams, search, searchText, setSearchText, applySearch, clearFilters } = useSearchableListParams();
  const statusParam = params.get('status') ?? '';
  const status: MatterStatus | null = isOneOf(MATTER_STATUS_LABELS, statusParam) ? statusParam : null;
  const includeArchived = params.get('archived') === '1';

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(MatterListPage_MattersQuery, {
    variables: { first: PAGE_SIZE, filter: { search: search || null, status, includeArchived } },
  });
  const shown = data ?? previousData;
  const filtered = Boolean(search || status || includeArchived);
  const matters = shown?.matters.edges.map((edge) => edge.node) ?? [];
  const total = shown?.matters.totalCount ?? 0;
  const { loadMore, loadingMore, error: loadMoreError } = useLoadMore({
    endCursor: shown?.matters.pageInfo.endCursor,
    fetchPage: (after) => fetchMore({ variables: { after } }),
    focusNewRows: { links: '#matter-rows .table__primary-link', rowCount: matters.length },
  });

  return (
    <Page
      title="Matters"
      actions={
        <ButtonLink to="/matters/new" variant="primary">
          New matter
        </ButtonLink>
      }
    >
      <div className="filters" role="search" aria-label="Filter matters">
        <form className="filters__search" onSubmit={applySearch}>
          <TextField
            label="Search by name or number"
            type="search"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="filters__grow"
          />
          <Button type="submit">Search</Button>
        </form>
        <SelectField label="Status" value={status ?? ''} options={STATUS_OPTIONS} onChange={(event) => updateParams({ status: event.target.value || null })} />
        <CheckboxField label="Show archived" checked={includeArchived} onChange={(event) => updateParams({ archived: event.target.checked ? '1' : null })} className="filters__check" />
      </div>

      {error && !shown ? <LoadErrorAlert title="Matters could not be loaded" error={error} onRetry={refetch} /> : null}

      {!shown && loading ? <Loading>Loading matters…</Loading> : null}

      {shown ? (
        <>
          <ListSummary shown={matters.length} total={total} one="matter" many="matters" updating={loading} />
          {total === 0 ? (
            <div className="empty-state">
              {filtered ? (
                <>
                  <p className="empty-state__title">No matters match these filters.</p>
                  <Button onClick={clearFilters}>Clear filters</Button>
                </>
              ) : (
                <>
                  <p className="empty-state__title">No matters yet.</p>
                  <p>Open a matter for each piece of work you do for a client.</p>
                  <ButtonLink to="/matters/new" variant="primary">
                    New matter
                  </ButtonLink>
                </>
              )}
            </div>
          ) : (
            <DataTable caption="Matters">
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Name</th>
                  <th scope="col">Responsible</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody id="matter-rows">
                {matters.map((matter) => (
                  <tr key={matter.id}>
                    <td className="nowrap">{matter.number}</td>
                    <td>
                      <Link to={`/matters/${matter.id}`} className="table__primary-link">
                        {matter.name}
                      </Link>
                      {matter.archivedAt ? (
                        <>
                          {' '}
                          <Badge tone="muted">Archived</Badge>
                        </>
                      ) : null}
                    </td>
                    <td>{matter.responsibleStaff.name}</td>
                    <td>
                      <Badge tone={matter.status === 'OPEN' ? 'success' : 'neutral'}>{MATTER_STATUS_LABELS[matter.status]}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <LoadMore hasNextPage={shown.matters.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={loadMore} error={loadMoreError}>
            Load more matters
          </LoadMore>
        </>
      ) : null}
    </Page>
  );
}
