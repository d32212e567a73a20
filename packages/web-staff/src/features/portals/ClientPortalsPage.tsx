import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { isOneOf } from '../../lib/enums';
import { plural } from '../../lib/format';
import { useSearchableListParams } from '../../lib/useListParams';
import { useLoadMore } from '../../lib/useLoadMore';
import { LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { ListSummary, LoadMore } from '../../ui/List';
import { Loading, Page } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { CONTACT_KIND_LABELS } from '../contacts/labels';
import { BulkInviteDialog, type SelectedContact } from './BulkInviteDialog';
import { PORTAL_STATUS_LABELS, type PortalStatus } from './labels';
import { PortalStatusBadge } from './StatusBadge';

export const ClientPortalsPage_ContactsQuery = graphql(`
  query ClientPortalsPage_Contacts($first: Int!, $after: String, $filter: ContactFilterInput) {
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
          kind
          primaryEmail
          portalStatus
          portalEligible
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;
const STATUS_OPTIONS = [
  { value: '', label: 'All' },
  { value: 'NONE', label: PORTAL_STATUS_LABELS.NONE },
  { value: 'PENDING', label: PORTAL_STATUS_LABELS.PENDING },
  { value: 'EXPIRED', label: PORTAL_STATUS_LABELS.EXPIRED },
  { value: 'ACTIVE', label: PORTAL_STATUS_LABELS.ACTIVE },
  { value: 'DISABLED', label: PORTAL_STATUS_LABELS.DISABLED },
];

/** I5, I7: the firm's contacts by portal status, to follow invitations and invite many at once. */
export function ClientPortalsPage() {
  const { params, updateParams, search, searchText, setSearchText, applySearch } = useSearchableListParams();
  const statusParam = params.get('status') ?? '';
  const status: PortalStatus | null = isOneOf(PORTAL_STATUS_LABELS, statusParam) ? statusParam : null;
  const [selected, setSelected] = useState<ReadonlyMap<string, SelectedContact>>(new Map());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [selectionHint, setSelectionHint] = useState<string | null>(null);

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ClientPortalsPage_ContactsQuery, {
    variables: { first: PAGE_SIZE, filter: { search: search || null, portalStatus: status } },
  });
  const shown = data ?? previousData;

  const contacts = shown?.contacts.edges.map((edge) => edge.node) ?? [];
  const total = shown?.contacts.totalCount ?? 0;
  const allOnPageSelected = contacts.length > 0 && contacts.every((contact) => selected.has(contact.id));
  const someOnPageSelected = contacts.some((contact) => selected.has(contact.id));

  const toggle = (contact: SelectedContact, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(contact.id, { id: contact.id, displayName: contact.displayName, primaryEmail: contact.primaryEmail });
      else next.delete(contact.id);
      return next;
    });

  const toggleAll = (on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const contact of contacts) {
        if (on) next.set(contact.id, { id: contact.id, displayName: contact.displayName, primaryEmail: contact.primaryEmail });
        else next.delete(contact.id);
      }
      return next;
    });

  const openBulk = () => {
    if (selected.size === 0) {
      setSelectionHint('Select the contacts to invite first.');
      return;
    }
    setSelectionHint(null);
    setBulkOpen(true);
  };

  const onFinished = useCallback(() => setSelected(new Map()), []);

  const { loadMore, loadingMore, error: loadMoreError } = useLoadMore({
    endCursor: shown?.contacts.pageInfo.endCursor,
    fetchPage: (after) => fetchMore({ variables: { after } }),
  });

  const selectedList = [...selected.values()];

  return (
    <Page title="Client portals">
      <p className="lead">Who has a portal, who has not registered yet, and whose invitation expired. Select clients without a portal to invite them all at once.</p>
      <div className="filters" role="search" aria-label="Filter client portals">
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
        <SelectField label="Portal status" value={status ?? ''} options={STATUS_OPTIONS} onChange={(event) => updateParams({ status: event.target.value || null })} />
      </div>

      <div className="selection-bar">
        <p role="status" className="selection-bar__count">
          {selected.size === 0 ? 'No contacts selected' : `${plural(selected.size, 'contact', 'contacts')} selected`}
        </p>
        <Button variant="primary" onClick={openBulk} aria-describedby={selectionHint ? 'selection-hint' : undefined}>
          Send invites
        </Button>
        {selected.size > 0 ? (
          <Button variant="quiet" onClick={() => setSelected(new Map())}>
            Clear selection
          </Button>
        ) : null}
        {selectionHint ? (
          <p id="selection-hint" className="field__error">
            {selectionHint}
          </p>
        ) : null}
      </div>

      {error && !shown ? <LoadErrorAlert title="Contacts could not be loaded" error={error} onRetry={refetch} /> : null}
      {!shown && loading ? <Loading>Loading contacts…</Loading> : null}

      {shown ? (
        <>
          <ListSummary shown={contacts.length} total={total} one="contact" many="contacts" updating={loading} />
          {total === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">{status || search ? 'No contacts match these filters.' : 'No contacts yet.'}</p>
            </div>
          ) : (
            <DataTable caption="Contacts and their client portals">
              <thead>
                <tr>
                  <th scope="col" className="table__select">
                    <input
                      type="checkbox"
                      className="check__input"
                      aria-label="Select all on this page"
                      checked={allOnPageSelected}
                      ref={(element) => {
                        if (element) element.indeterminate = someOnPageSelected && !allOnPageSelected;
                      }}
                      onChange={(event) => toggleAll(event.target.checked)}
                    />
                  </th>
                  <th scope="col">Name</th>
                  <th scope="col">Primary email</th>
                  <th scope="col">Portal</th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((contact) => (
                  <tr key={contact.id}>
                    <td className="table__select">
                      <input
                        type="checkbox"
                        className="check__input"
                        aria-label={`Select ${contact.displayName}`}
                        checked={selected.has(contact.id)}
                        onChange={(event) => toggle(contact, event.target.checked)}
                      />
                    </td>
                    <td>
                      <Link to={`/contacts/${contact.id}#client-portal`} className="table__primary-link">
                        {contact.displayName}
                      </Link>
                      <span className="table__sub">
                        {CONTACT_KIND_LABELS[contact.kind]}
                        {contact.portalEligible ? '' : ' · cannot have a portal'}
                      </span>
                    </td>
                    <td className="table__break">{contact.primaryEmail ?? <span className="muted">None</span>}</td>
                    <td>
                      <PortalStatusBadge status={contact.portalStatus} />
                    </td>
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

      <BulkInviteDialog open={bulkOpen} onClose={() => setBulkOpen(false)} contacts={selectedList} onFinished={onFinished} />
    </Page>
  );
}
