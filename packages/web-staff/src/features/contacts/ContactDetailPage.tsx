import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useNotice } from '../../app/notice';
import { formatDate } from '../../lib/format';
import { Alert, LoadErrorAlert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { Badge, Loading, Page, Section } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { ContactActivity } from '../activity/ContactActivity';
import { PARTICIPANT_ROLE_LABELS, MATTER_STATUS_LABELS } from '../matters/labels';
import { PortalPanel } from '../portals/PortalPanel';
import { LinkContactDialog } from './LinkContactDialog';
import { CONTACT_KIND_LABELS, CONTACT_TYPE_LABELS, RELATIONSHIP_LABELS } from './labels';
import { useArchiveContact } from './useArchiveContact';
import { useRestoreContact } from './useRestoreContact';
import { useUnlinkContacts } from './useUnlinkContacts';

/** A contact's own details, as the contact page shows them; the mutations that change them answer with them too. */
export const ContactDetailPage_contactFragment = graphql(`
  fragment ContactDetailPage_contact on Contact {
    id
    displayName
    type
    kind
    firstName
    lastName
    organizationName
    notes
    primaryEmail
    archivedAt
    createdAt
    updatedAt
    emails {
      id
      address
      label
      isPrimary
    }
    phones {
      id
      number
      label
      isPrimary
    }
  }
`);

export const ContactDetailPage_ContactQuery = graphql(`
  query ContactDetailPage_Contact($id: ID!) {
    contact(id: $id) {
      ...ContactDetailPage_contact
      linkedContacts {
        linkId
        relationship
        contact {
          id
          displayName
          type
          kind
          archivedAt
        }
      }
      participations {
        id
        role
        matter {
          id
          number
          name
          status
          archivedAt
        }
      }
    }
  }
`);

export function ContactDetailPage() {
  const { contactId = '' } = useParams();
  const { notify } = useNotice();
  const { data, loading, error, refetch } = useQuery(ContactDetailPage_ContactQuery, { variables: { id: contactId } });
  const { archiveContact, loading: archiving } = useArchiveContact();
  const { restoreContact, loading: restoring } = useRestoreContact();
  const { unlinkContacts } = useUnlinkContacts();
  const [linkOpen, setLinkOpen] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [linksError, setLinksError] = useState<string | null>(null);
  const [unlinking, setUnlinking] = useState<string | null>(null);
  const contact = data?.contact;
  const location = useLocation();
  const portalInviteProblem = portalInviteProblemOf(location.state);

  // Links to "#client-portal" (from a matter or the Client portals page) land on the panel.
  const hasContact = Boolean(contact);
  useEffect(() => {
    if (!hasContact || location.hash !== '#client-portal') return;
    const heading = document.getElementById('client-portal-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [hasContact, location.hash]);

  if (!contact) {
    return (
      <Page title={data ? 'Contact not found' : 'Contact'} back={{ to: '/contacts', label: 'Contacts' }}>
        {loading && !data ? <Loading>Loading contact…</Loading> : null}
        {error && !data ? (
          <LoadErrorAlert title="The contact could not be loaded" error={error} onRetry={refetch} />
        ) : null}
        {data ? <p>There is no contact at this address. It may have been removed, or the link is wrong.</p> : null}
      </Page>
    );
  }

  const archived = Boolean(contact.archivedAt);
  const person = contact.type === 'PERSON';

  const toggleArchived = async () => {
    setActionError(null);
    const outcome = archived ? await restoreContact(contact.id) : await archiveContact(contact.id);
    if (outcome.ok) notify(archived ? `${contact.displayName} was restored.` : `${contact.displayName} was archived. It no longer shows in lists.`);
    else setActionError(outcome.errors.map((e) => e.message).join(' '));
  };

  const unlink = async (linkId: string, other: { id: string; displayName: string }) => {
    setLinksError(null);
    setUnlinking(linkId);
    const outcome = await unlinkContacts({ linkId, contactId: contact.id, otherContactId: other.id });
    setUnlinking(null);
    if (outcome.ok) {
      notify(`${other.displayName} is no longer linked.`);
      // The row (and its button) is gone: keep keyboard users in the section.
      document.getElementById('linked-contacts-heading')?.focus();
    } else {
      setLinksError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  return (
    <Page
      title={contact.displayName}
      back={{ to: '/contacts', label: 'Contacts' }}
      meta={
        <>
          <Badge tone="accent">{CONTACT_KIND_LABELS[contact.kind]}</Badge>
          <Badge>{CONTACT_TYPE_LABELS[contact.type]}</Badge>
          {archived ? <Badge tone="warning">Archived</Badge> : null}
        </>
      }
      actions={
        <>
          <ButtonLink to={`/contacts/${contact.id}/edit`} variant="primary">
            Edit
          </ButtonLink>
          <Button onClick={() => void toggleArchived()} busy={archiving || restoring} busyLabel={archived ? 'Restoring…' : 'Archiving…'}>
            {archived ? 'Restore' : 'Archive'}
          </Button>
        </>
      }
    >
      {actionError ? (
        <Alert tone="error" role="alert" title={archived ? 'The contact could not be restored' : 'The contact could not be archived'}>
          <p>{actionError}</p>
        </Alert>
      ) : null}
      {portalInviteProblem ? (
        <Alert tone="error" role="alert" title="The contact was added, but the portal invitation was not sent">
          <p>{portalInviteProblem}</p>
          <p>Use “Invite to portal” below to try again.</p>
        </Alert>
      ) : null}
      {archived ? (
        <Alert tone="warning">
          <p>Archived on {formatDate(contact.archivedAt)}. Archived contacts are kept with their history but hidden from lists.</p>
        </Alert>
      ) : null}

      <div className="detail-grid">
        <Section title="Details" headingId="contact-details-heading">
          <dl className="details">
            {person ? (
              <>
                <div>
                  <dt>First name</dt>
                  <dd>{contact.firstName ?? <span className="muted">Not given</span>}</dd>
                </div>
                <div>
                  <dt>Last name</dt>
                  <dd>{contact.lastName ?? <span className="muted">Not given</span>}</dd>
                </div>
                <div>
                  <dt>Employer</dt>
                  <dd>{contact.organizationName ?? <span className="muted">Not given</span>}</dd>
                </div>
              </>
            ) : (
              <div>
                <dt>Organization name</dt>
                <dd>{contact.organizationName}</dd>
              </div>
            )}
            <div>
              <dt>Kind</dt>
              <dd>{CONTACT_KIND_LABELS[contact.kind]}</dd>
            </div>
            <div>
              <dt>Added</dt>
              <dd>{formatDate(contact.createdAt)}</dd>
            </div>
            <div className="details__wide">
              <dt>Notes</dt>
              <dd className="pre-line">{contact.notes ?? <span className="muted">No notes</span>}</dd>
            </div>
          </dl>
        </Section>

        <Section title="Email and phone" headingId="contact-channels-heading">
          <h3 className="subheading">Email addresses</h3>
          {contact.emails.length === 0 ? (
            <p className="muted">No email addresses.</p>
          ) : (
            <ul className="plain-list">
              {contact.emails.map((email) => (
                <li key={email.id}>
                  <a href={`mailto:${email.address}`} className="table__break">
                    {email.address}
                  </a>
                  {email.label ? <span className="muted"> · {email.label}</span> : null}
                  {email.isPrimary ? (
                    <>
                      {' '}
                      <Badge tone="success">Primary</Badge>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <h3 className="subheading">Phone numbers</h3>
          {contact.phones.length === 0 ? (
            <p className="muted">No phone numbers.</p>
          ) : (
            <ul className="plain-list">
              {contact.phones.map((phone) => (
                <li key={phone.id}>
                  <a href={`tel:${phone.number.replace(/[^0-9+]/g, '')}`}>{phone.number}</a>
                  {phone.label ? <span className="muted"> · {phone.label}</span> : null}
                  {phone.isPrimary ? (
                    <>
                      {' '}
                      <Badge tone="success">Primary</Badge>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <PortalPanel contactId={contact.id} />

      <Section
        title="Linked contacts"
        headingId="linked-contacts-heading"
        actions={
          <Button size="sm" onClick={() => setLinkOpen(true)}>
            Link contact
          </Button>
        }
      >
        {linksError ? (
          <Alert tone="error" role="alert" title="The link could not be removed">
            <p>{linksError}</p>
          </Alert>
        ) : null}
        {contact.linkedContacts.length === 0 ? (
          <p className="muted">No linked contacts. Link spouses, partners, family members, employers or employees.</p>
        ) : (
          <DataTable caption={`Contacts linked to ${contact.displayName}`}>
            <thead>
              <tr>
                <th scope="col">Relationship</th>
                <th scope="col">Contact</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contact.linkedContacts.map((link) => (
                <tr key={link.linkId}>
                  <td>{RELATIONSHIP_LABELS[link.relationship]}</td>
                  <td>
                    <Link to={`/contacts/${link.contact.id}`}>{link.contact.displayName}</Link>
                    {link.contact.archivedAt ? (
                      <>
                        {' '}
                        <Badge tone="muted">Archived</Badge>
                      </>
                    ) : null}
                  </td>
                  <td className="table__actions">
                    <Button size="sm" variant="quiet" busy={unlinking === link.linkId} busyLabel="Unlinking…" onClick={() => void unlink(link.linkId, link.contact)}>
                      Unlink<span className="visually-hidden"> {link.contact.displayName}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      <Section title="Matters" headingId="contact-matters-heading">
        {contact.participations.length === 0 ? (
          <p className="muted">{contact.displayName} takes part in no matters.</p>
        ) : (
          <DataTable caption={`Matters ${contact.displayName} takes part in`}>
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Matter</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {contact.participations.map((participation) => (
                <tr key={participation.id}>
                  <td className="nowrap">{participation.matter.number}</td>
                  <td>
                    <Link to={`/matters/${participation.matter.id}`}>{participation.matter.name}</Link>
                    {participation.matter.archivedAt ? (
                      <>
                        {' '}
                        <Badge tone="muted">Archived</Badge>
                      </>
                    ) : null}
                  </td>
                  <td>{PARTICIPANT_ROLE_LABELS[participation.role]}</td>
                  <td>{MATTER_STATUS_LABELS[participation.matter.status]}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      <ContactActivity contactId={contact.id} />

      <LinkContactDialog
        open={linkOpen}
        onClose={() => setLinkOpen(false)}
        contact={contact}
        linkedIds={contact.linkedContacts.map((link) => link.contact.id)}
        onLinked={(other) => {
          setLinkOpen(false);
          notify(`${other.displayName} is now linked to ${contact.displayName}.`);
        }}
      />
    </Page>
  );
}

/** The reason an invitation sent on creating the contact failed, handed over by the new-contact page. */
function portalInviteProblemOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('portalInviteProblem' in state)) return null;
  const problem = state.portalInviteProblem;
  return typeof problem === 'string' ? problem : null;
}
