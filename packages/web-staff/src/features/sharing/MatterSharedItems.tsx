import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { LoadErrorAlert } from '../../ui/Alert';
import { Badge, Loading } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import type { ResultOf } from '../../lib/operations';

const MatterSharedItems_SharedQuery = graphql(`
  query MatterSharedItems_Shared($id: ID!) {
    matter(id: $id) {
      id
      number
      name
      sharedWithPortals {
        id
        contact {
          id
          displayName
        }
      }
      sharedItems {
        kind
        id
        title
        sharedAt
        sharedByName
      }
    }
  }
`);

type SharedItemKind = NonNullable<ResultOf<typeof MatterSharedItems_SharedQuery>['matter']>['sharedItems'][number]['kind'];

const KIND_LABELS: Readonly<Record<SharedItemKind, string>> = {
  FOLDER: 'Folder',
  DOCUMENT: 'Document',
  TASK: 'To-do',
  NOTE: 'Note',
  CUSTOM_FIELD: 'Custom field',
  APPOINTMENT: 'Appointment',
  INVOICE: 'Invoice',
};

/** Where on the matter page each kind of item is managed. */
const KIND_TABS: Readonly<Record<SharedItemKind, string>> = {
  FOLDER: 'documents',
  DOCUMENT: 'documents',
  TASK: 'tasks',
  NOTE: 'notes',
  CUSTOM_FIELD: 'notes',
  APPOINTMENT: 'appointments',
  INVOICE: 'billing',
};

/** The matter's "Shared with client" tab (S2): which portals see the matter, and every item they see. */
export function MatterSharedItems({ matterId }: { matterId: string }) {
  const { data, loading, error, refetch } = useQuery(MatterSharedItems_SharedQuery, { variables: { id: matterId }, fetchPolicy: 'cache-and-network' });
  const matter = data?.matter;
  if (!matter) {
    if (error) return <LoadErrorAlert title="What is shared could not be loaded" error={error} onRetry={refetch} />;
    return loading ? <Loading>Loading what is shared…</Loading> : null;
  }
  const portals = matter.sharedWithPortals;
  return (
    <div className="stack">
      <p>
        {portals.length === 0 ? (
          <>This matter is not shared with any client portal, so clients see none of its items yet. Share it from the client portal section above.</>
        ) : (
          <>
            Shared with the portal{portals.length > 1 ? 's' : ''} of{' '}
            {portals.map((portal, index) => (
              <span key={portal.id}>
                {index > 0 ? (index === portals.length - 1 ? ' and ' : ', ') : null}
                <Link to={`/contacts/${portal.contact.id}`}>{portal.contact.displayName}</Link>
              </span>
            ))}
            . Their members see the items below, as their permissions allow.
          </>
        )}
      </p>
      {matter.sharedItems.length === 0 ? (
        <p className="muted">Nothing on this matter is shared with the client yet. Documents, to-dos, notes, fields, appointments and issued invoices you share appear here.</p>
      ) : (
        <DataTable caption={`Shared with the client on ${matter.number} ${matter.name}`}>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Kind</th>
              <th scope="col">Shared by</th>
              <th scope="col">Shared on</th>
            </tr>
          </thead>
          <tbody>
            {matter.sharedItems.map((item) => (
              <tr key={`${item.kind}-${item.id}`}>
                <td>
                  <Link to={`/matters/${matter.id}?tab=${KIND_TABS[item.kind]}`}>{item.title}</Link>
                </td>
                <td>
                  <Badge tone="neutral">{KIND_LABELS[item.kind]}</Badge>
                </td>
                <td>{item.sharedByName ?? <span className="muted">A former staff member</span>}</td>
                <td>{formatDateTime(item.sharedAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
