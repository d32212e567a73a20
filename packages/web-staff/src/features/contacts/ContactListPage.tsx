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
import { CONTACT_KIND_LABELS, CONTACT_TYPE_LABELS, type ContactKind } from './labels';

const ContactListPage_ContactsQuery = graphql(`
  query ContactListPage_Contacts($first: Int!, $after: String, $filter: ContactFilterInput) {
    contacts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          type
          kind
          primaryEmail
          archivedAt
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const KIND_OPTIONS = [{ value: '', label: 'All kinds' }, ...optionsOf(CONTACT_KIND_LABELS)];

export function ContactListPage() {
  // The filters live in the address, so Back from a contact returns to the same list.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind: ContactKind | null = isOneOf(CONTACT_KIND_LABELS, kindParam) ? kindParam : null;
  const includeArchived = params.get('archived') === '1';
  const [searchText, setSearchText] = useState(search);
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ContactListPage_ContactsQuery, {
    variables: { first: PAGE_SIZE, filter: { search: search || null, kind, includeArchived } },
  });
  const shown = data ?? previousData;
  const filtered = Boolean(search || kind || includeArchived);

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
  const rowCount = shown?.contacts.edges.length ?? 0;
  useEffect(() => {
    if (focusRow.current === null) return;
    const target = document.querySelectorAll<HTMLElement>('#contact-rows .table__primary-link')[focusRow.current];
    if (!target) return;
    focusRow.current = null;
    target.focus();
  }, [rowCount]);

  const loadMore = async () => {
    const endCursor = shown?.contacts.pageInfo.endCursor;
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

  const contacts = shown?.contacts.edges.map((edge) => edge.node) ?? [];
  const total = shown?.contacts.totalCount ?? 0;

  return (
    <Page
      title="Contacts"
      actions={
        <ButtonLink to="/contacts/new" variant="primary">
          New contact
        </ButtonLink>
      }
    >
      <div className="filters" role="search" aria-label="Filter contacts">
        <form className="filters__search" onSubmit={applySearch}>
          <TextField
            label="Search by name or email"
            type="search"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="filters__grow"
          />
          <Button type="submit">Search</Button>
        </form>
        <SelectField label="Kind" value={kind ?? ''} options={KIND_OPTIONS} onChange={(event) => updateParams({ kind: event.target.value || null })} />
        <CheckboxField label="Show archived" checked={includeArchived} onChange={(event) => updateParams({ archived: event.target.checked ? '1' : null })} className="filters__check" />
      </div>

      {error && !shown ? (
        <Alert tone="error" role="alert" title="Contacts could not be loaded">
          <p>{describeError(error)}</p>
          <Button onClick={() => void refetch().catch(() => undefined)}>Try again</Button>
        </Alert>
      ) : null}

      {!shown && loading ? <Loading>Loading contacts…</Loading> : null}

      {shown ? (
        <>
          <p className="list-summary" role="status">
            {total === 0 ? '' : contacts.length < total ? `Showing ${contacts.length} of ${plural(total, 'contact', 'contacts')}` : `${plural(total, 'contact', 'contacts')}`}
            {loading ? ' · Updating…' : ''}
          </p>
          {total === 0 ? (
            <div className="empty-state">
              {filtered ? (
                <>
                  <p className="empty-state__title">No contacts match these filters.</p>
                  <Button onClick={clearFilters}>Clear filters</Button>
                </>
              ) : (
                <>
                  <p className="empty-state__title">No contacts yet.</p>
                  <p>Add the people and organizations your firm works with.</p>
                  <ButtonLink to="/contacts/new" variant="primary">
                    New contact
                  </ButtonLink>
                </>
              )}
            </div>
          ) : (
            <DataTable caption="Contacts">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Primary email</th>
                </tr>
              </thead>
              <tbody id="contact-rows">
                {contacts.map((contact) => (
                  <tr key={contact.id}>
                    <td>
                      <Link to={`/contacts/${contact.id}`} className="table__primary-link">
                        {contact.displayName}
                      </Link>
                      <span className="table__sub">
                        {CONTACT_TYPE_LABELS[contact.type]}
                        {contact.archivedAt ? (
                          <>
                            {' '}
                            <Badge tone="muted">Archived</Badge>
                          </>
                        ) : null}
                      </span>
                    </td>
                    <td>{CONTACT_KIND_LABELS[contact.kind]}</td>
                    <td className="table__break">{contact.primaryEmail ?? <span className="muted">None</span>}</td>
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
          {shown.contacts.pageInfo.hasNextPage ? (
            <div className="load-more">
              <Button onClick={() => void loadMore()} busy={loadingMore} busyLabel="Loading…">
                Load more contacts
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
