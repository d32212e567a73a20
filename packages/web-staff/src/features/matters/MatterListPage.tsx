import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isOneOf, optionsOf } from '../../lib/enums';
import { plural } from '../../lib/format';
import { describeError } from '../../lib/mutation';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
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
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const statusParam = params.get('status') ?? '';
  const status: MatterStatus | null = isOneOf(MATTER_STATUS_LABELS, statusParam) ? statusParam : null;
  const includeArchived = params.get('archived') === '1';
  const [searchText, setSearchText] = useState(search);
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(MatterListPage_MattersQuery, {
    variables: { first: PAGE_SIZE, filter: { search: search || null, status, includeArchived } },
  });
  const shown = data ?? previousData;
  const filtered = Boolean(search || status || includeArchived);

  const updateParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  // Searching as one types: the settled text goes into the address.
  const appliedSearch = useRef(debouncedSearch);
  useEffect(() => {
    if (appliedSearch.current === debouncedSearch) return;
    appliedSearch.current = debouncedSearch;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, setParams]);

  const applySearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    updateParams({ q: searchText.trim() || null });
  };

  const clearFilters = () => {
    setSearchText('');
    setParams(new URLSearchParams(), { replace: true });
  };

  // After "Load more", focus moves to the first new row, as the button may be gone.
  const focusRow = useRef<number | null>(null);
  const rowCount = shown?.matters.edges.length ?? 0;
  useEffect(() => {
    if (focusRow.current === null) return;
    const target = document.querySelectorAll<HTMLElement>('#matter-rows .table__primary-link')[focusRow.current];
    if (!target) return;
    focusRow.current = null;
    target.focus();
  }, [rowCount]);

  const loadMore = async () => {
    const endCursor = shown?.matters.pageInfo.endCursor;
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    focusRow.current = rowCount;
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (failure) {
      focusRow.current = null;
      setLoadMoreError(describeError(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  const matters = shown?.matters.edges.map((edge) => edge.node) ?? [];
  const total = shown?.matters.totalCount ?? 0;

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

      {error && !shown ? (
        <Alert tone="error" role="alert" title="Matters could not be loaded">
          <p>{describeError(error)}</p>
          <Button onClick={() => void refetch().catch(() => undefined)}>Try again</Button>
        </Alert>
      ) : null}

      {!shown && loading ? <Loading>Loading matters…</Loading> : null}

      {shown ? (
        <>
          <p className="list-summary" role="status">
            {total === 0 ? '' : matters.length < total ? `Showing ${matters.length} of ${plural(total, 'matter', 'matters')}` : plural(total, 'matter', 'matters')}
            {loading ? ' · Updating…' : ''}
          </p>
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
          {loadMoreError ? (
            <Alert tone="error" role="alert">
              <p>{loadMoreError}</p>
            </Alert>
          ) : null}
          {shown.matters.pageInfo.hasNextPage ? (
            <div className="load-more">
              <Button onClick={() => void loadMore()} busy={loadingMore} busyLabel="Loading…">
                Load more matters
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
