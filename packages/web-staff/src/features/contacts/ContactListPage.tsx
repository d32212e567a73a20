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
  const { params, updateParams, search, searchText, setSearchText, applySearch, clearFilters } = useSearchableListParams();
  const kindParam = params.get('kind') ?? '';
  const kind: ContactKind | null = isOneOf(CONTACT_KIND_LABELS, kindParam) ? kindParam : null;
  const includeArchived = params.get('archived') === '1';

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ContactListPage_ContactsQuery, {
    variables: { first: PAGE_SIZE, filter: { search: search || null, kind, includeArchived } },
  });
  const shown = data ?? previousData;
  const filtered = Boolean(search || kind || includeArchived);
  const contacts = shown?.contacts.edges.map((edge) => edge.node) ?? [];
  const total = shown?.contacts.totalCount ?? 0;
  const { loadMore, loadingMore, error: loadMoreError } = useLoadMore({
    endCursor: shown?.contacts.pageInfo.endCursor,
    fetchPage: (after) => fetchMore({ variables: { after } }),
    focusNewRows: { links: '#contact-rows .table__primary-link', rowCount: contacts.length },
  });

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

      {error && !shown ? <LoadErrorAlert title="Contacts could not be loaded" error={error} onRetry={refetch} /> : null}

      {!shown && loading ? <Loading>Loading contacts…</Loading> : null}

      {shown ? (
        <>
          <ListSummary shown={contacts.length} total={total} one="contact" many="contacts" updating={loading} />
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
          <LoadMore hasNextPage={shown.contacts.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={loadMore} error={loadMoreError}>
            Load more contacts
          </LoadMore>
        </>
      ) : null}
    </Page>
  );
}
