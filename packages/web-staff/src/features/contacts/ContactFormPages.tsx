import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useNotice } from '../../app/notice';
import type { ResultOf } from '../../lib/operations';
import { describeError } from '../../lib/mutation';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Loading, Page } from '../../ui/Page';
import { useChangeMemberEmail } from '../portals/useChangeMemberEmail';
import { useInviteToPortal } from '../portals/useInviteToPortal';
import { ContactForm, emptyContactValues, newRowKey, type ContactFormValues } from './ContactForm';
import { useCreateContact } from './useCreateContact';
import { useUpdateContact } from './useUpdateContact';

const EditContactPage_ContactQuery = graphql(`
  query EditContactPage_Contact($id: ID!) {
    contact(id: $id) {
      id
      displayName
      type
      kind
      firstName
      lastName
      organizationName
      notes
      primaryEmail
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
      memberships {
        id
        name
        email
        status
        portal {
          id
          contact {
            id
            displayName
          }
        }
      }
    }
  }
`);

type EditableContact = NonNullable<ResultOf<typeof EditContactPage_ContactQuery>['contact']>;

function valuesOf(contact: EditableContact): ContactFormValues {
  return {
    type: contact.type,
    kind: contact.kind,
    firstName: contact.firstName ?? '',
    lastName: contact.lastName ?? '',
    organizationName: contact.organizationName ?? '',
    notes: contact.notes ?? '',
    emails: contact.emails.map((email) => ({ key: newRowKey(), address: email.address, label: email.label ?? '', isPrimary: email.isPrimary })),
    phones: contact.phones.map((phone) => ({ key: newRowKey(), number: phone.number, label: phone.label ?? '', isPrimary: phone.isPrimary })),
  };
}

export function NewContactPage() {
  const navigate = useNavigate();
  const { notify } = useNotice();
  const { createContact, loading } = useCreateContact();
  const { inviteToPortal, loading: inviting } = useInviteToPortal();
  return (
    <Page title="New contact" back={{ to: '/contacts', label: 'Contacts' }}>
      <ContactForm
        initial={emptyContactValues}
        submitLabel="Create contact"
        cancelTo="/contacts"
        saving={loading || inviting}
        offerPortalInvite
        onSubmit={async (input, { invitePortal }) => {
          const outcome = await createContact(input);
          if (!outcome.ok) return outcome.errors;
          const contact = outcome.payload.contact;
          if (!contact) {
            notify('The contact was added.', '/contacts');
            await navigate('/contacts');
            return [];
          }
          const path = `/contacts/${contact.id}`;
          // I2: invite on create, at the primary email, with the firm's default permissions.
          if (invitePortal && contact.primaryEmail) {
            const invited = await inviteToPortal({ contactId: contact.id, email: contact.primaryEmail });
            if (!invited.ok) {
              await navigate(path, { state: { portalInviteProblem: invited.errors.map((e) => e.message).join(' ') } });
              return [];
            }
            notify(`${contact.displayName} was added and invited to the client portal at ${contact.primaryEmail}.`, path);
          } else {
            notify(`${contact.displayName} was added.`, path);
          }
          await navigate(path);
          return [];
        }}
      />
    </Page>
  );
}

export function EditContactPage() {
  const { contactId = '' } = useParams();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const { updateContact, loading: saving } = useUpdateContact();
  const [portalUpdate, setPortalUpdate] = useState<PortalUpdate | null>(null);
  const { data, loading, error } = useQuery(EditContactPage_ContactQuery, { variables: { id: contactId } });
  const contact = data?.contact;
  const detailPath = `/contacts/${contactId}`;

  return (
    <Page title={contact ? `Edit ${contact.displayName}` : 'Edit contact'} back={{ to: contact ? detailPath : '/contacts', label: contact ? contact.displayName : 'Contacts' }}>
      {loading && !data ? <Loading>Loading contact…</Loading> : null}
      {error && !data ? (
        <Alert tone="error" role="alert" title="The contact could not be loaded">
          <p>{describeError(error)}</p>
        </Alert>
      ) : null}
      {data && !contact ? (
        <Alert tone="warning" title="Contact not found">
          <p>There is no contact at this address. It may have been removed, or the link is wrong.</p>
        </Alert>
      ) : null}
      {contact ? (
        <ContactForm
          key={contact.id}
          initial={() => valuesOf(contact)}
          submitLabel="Save changes"
          cancelTo={detailPath}
          saving={saving}
          onSubmit={async (input) => {
            const outcome = await updateContact({ ...input, id: contact.id });
            if (!outcome.ok) return outcome.errors;
            // I10: a new primary email while a pending invitation went to the old one: ask.
            const newEmail = outcome.payload.contact?.primaryEmail ?? null;
            const oldEmail = contact.primaryEmail;
            const pending = contact.memberships.filter((member) => member.status === 'PENDING' && oldEmail && member.email.toLowerCase() === oldEmail.toLowerCase());
            if (newEmail && oldEmail && newEmail.toLowerCase() !== oldEmail.toLowerCase() && pending.length > 0) {
              setPortalUpdate({ oldEmail, newEmail, members: pending });
              return [];
            }
            notify('Your changes were saved.', detailPath);
            await navigate(detailPath);
            return [];
          }}
        />
      ) : null}
      {portalUpdate && contact ? (
        <UpdatePortalAccessDialog
          update={portalUpdate}
          contactName={contact.displayName}
          onDone={async (message) => {
            setPortalUpdate(null);
            notify(message, detailPath);
            await navigate(detailPath);
          }}
        />
      ) : null}
    </Page>
  );
}

interface PortalUpdate {
  oldEmail: string;
  newEmail: string;
  members: EditableContact['memberships'];
}

/** Asked after a primary email changed while an invitation to the old address is pending (I10). */
function UpdatePortalAccessDialog({ update, contactName, onDone }: { update: PortalUpdate; contactName: string; onDone: (message: string) => Promise<void> }) {
  const { changeMemberEmail, loading } = useChangeMemberEmail();
  const [error, setError] = useState<string | null>(null);

  const disableAndResend = async () => {
    setError(null);
    const problems: string[] = [];
    for (const member of update.members) {
      const outcome = await changeMemberEmail({ memberId: member.id, contactId: member.portal.contact.id }, update.newEmail);
      if (!outcome.ok) problems.push(outcome.errors.map((e) => e.message).join(' '));
    }
    if (problems.length > 0) setError(problems.join(' '));
    else await onDone(`Your changes were saved. The invitation to ${update.oldEmail} was disabled and a new one was sent to ${update.newEmail}.`);
  };

  return (
    <Dialog open onClose={() => void onDone('Your changes were saved. Portal access was left as it was.')} title="Update portal access?">
      <div className="confirm">
        {error ? (
          <Alert tone="error" role="alert" title="Portal access was not updated">
            <p>{error}</p>
          </Alert>
        ) : null}
        <p>
          {contactName} was invited to the client portal at {update.oldEmail} and has not registered yet. Send the invitation to {update.newEmail} instead? The link sent to{' '}
          {update.oldEmail} stops working.
        </p>
        <ul className="plain-list">
          {update.members.map((member) => (
            <li key={member.id}>Portal of {member.portal.contact.displayName}</li>
          ))}
        </ul>
        <div className="form-actions">
          <Button variant="primary" onClick={() => void disableAndResend()} busy={loading} busyLabel="Sending…">
            Yes, disable and resend
          </Button>
          <Button variant="quiet" onClick={() => void onDone('Your changes were saved. Portal access was left as it was.')} data-autofocus>
            No
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
