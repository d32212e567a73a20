import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useNotice } from '../../app/notice';
import type { ResultOf } from '../../lib/operations';
import { describeError } from '../../lib/mutation';
import { Alert } from '../../ui/Alert';
import { Loading, Page } from '../../ui/Page';
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
  return (
    <Page title="New contact" back={{ to: '/contacts', label: 'Contacts' }}>
      <ContactForm
        initial={emptyContactValues}
        submitLabel="Create contact"
        cancelTo="/contacts"
        saving={loading}
        onSubmit={async (input) => {
          const outcome = await createContact(input);
          if (!outcome.ok) return outcome.errors;
          const contact = outcome.payload.contact;
          const path = contact ? `/contacts/${contact.id}` : '/contacts';
          notify(contact ? `${contact.displayName} was added.` : 'The contact was added.', path);
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
            notify('Your changes were saved.', detailPath);
            await navigate(detailPath);
            return [];
          }}
        />
      ) : null}
    </Page>
  );
}
