import { useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useRef, useState } from 'react';
import type { ResultOf } from '../../app/operations';
import { describeRequestError } from '../../app/requestErrors';
import { SectionPage } from '../../app/SectionPage';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';
import { useFirm } from '../firm/FirmContext';
import type { ClientPortal } from '../home/portals';
import { ReadOnlyNote } from '../viewing/ViewingContext';
import { MyDetailsForm } from './MyDetailsForm';

export const MyDetailsPage_Details = graphql(`
  query MyDetailsPage_Details {
    myPortals {
      id
      myDetails {
        ...MyDetailsPage_details
      }
    }
  }
`);

export const MyDetailsPage_detailsFragment = graphql(`
  fragment MyDetailsPage_details on MyDetails {
    id
    name
    loginEmail
    hasContact
    editable
    emails {
      address
      label
      isPrimary
      isLoginEmail
    }
    phones {
      number
      label
      isPrimary
    }
  }
`);

export type MyDetailsData = NonNullable<ResultOf<typeof MyDetailsPage_Details>['myPortals'][number]['myDetails']>;

/** S10: the member's own contact details, and a form to change them when the firm allows it. */
export function MyDetailsPage() {
  return <SectionPage title="My details" permission="myDetails">{(portal) => <MyDetails portal={portal} />}</SectionPage>;
}

function MyDetails({ portal }: { portal: ClientPortal }) {
  const firm = useFirm();
  const sessionEnded = useSessionEnded();
  const { data, loading, error, refetch } = useQuery(MyDetailsPage_Details, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);

  if (error && !data) {
    return (
      <Alert title="Your details could not be loaded">
        <p>{describeRequestError(error)}</p>
        <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!data) return loading ? <Loading label="Loading your details…" /> : null;
  const details = data.myPortals.find((p) => p.id === portal.id)?.myDetails ?? null;
  if (!details) {
    return <p className="muted">This part of the portal is not available to you. Please contact {firm.name} if you need it.</p>;
  }

  if (editing && details.editable) {
    return (
      <section className="panel" aria-labelledby="my-details-edit-heading">
        <h2 id="my-details-edit-heading">Change your email addresses and phone numbers</h2>
        <MyDetailsForm
          portalId={portal.id}
          details={details}
          headingId="my-details-edit-heading"
          onDone={(changed) => {
            setEditing(false);
            setSaved(changed);
            focusLater(() => (changed ? savedRef.current : editButton.current));
          }}
          onCancel={() => {
            setEditing(false);
            focusLater(() => editButton.current);
          }}
        />
      </section>
    );
  }

  return (
    <div className="stack">
      {saved ? (
        <Alert ref={savedRef} tone="info" title="Your details were saved">
          {firm.name} has been told of the change.
        </Alert>
      ) : null}
      <section className="panel" aria-labelledby="my-details-heading">
        <h2 id="my-details-heading">Your details with {firm.name}</h2>
        <dl className="details-list">
          <div>
            <dt>Name</dt>
            <dd>{details.name}</dd>
          </div>
          <div>
            <dt>Sign-in email</dt>
            <dd className="break">{details.loginEmail}</dd>
          </div>
          {details.hasContact ? (
            <>
              <div>
                <dt>Email addresses</dt>
                <dd>
                  {details.emails.length === 0 ? (
                    <span className="muted">No email address on file.</span>
                  ) : (
                    <ul className="details-list__values">
                      {details.emails.map((email) => (
                        <li key={email.address}>
                          <span className="break">{email.address}</span>
                          <ChannelNotes label={email.label} primary={email.isPrimary && details.emails.length > 1} login={email.isLoginEmail} />
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div>
                <dt>Phone numbers</dt>
                <dd>
                  {details.phones.length === 0 ? (
                    <span className="muted">No phone number on file.{details.editable ? ' You can add one.' : ''}</span>
                  ) : (
                    <ul className="details-list__values">
                      {details.phones.map((phone, index) => (
                        <li key={`${phone.number}-${index}`}>
                          {phone.number}
                          <ChannelNotes label={phone.label} primary={phone.isPrimary && details.phones.length > 1} login={false} />
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </>
          ) : null}
        </dl>
        {portal.readOnly ? (
          <ReadOnlyNote what="Changing the details" />
        ) : details.editable ? (
          <div className="form__actions">
            <Button
              ref={editButton}
              variant="secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Change my details
            </Button>
          </div>
        ) : (
          <p className="note">
            {details.hasContact
              ? `To change your details, please write to ${firm.name}.`
              : `${firm.name} keeps no other contact details for you here. To change your sign-in email, please contact ${firm.name}.`}
          </p>
        )}
      </section>
    </div>
  );
}

function ChannelNotes({ label, primary, login }: { label: string | null; primary: boolean; login: boolean }) {
  const notes = [label, primary ? 'primary' : null, login ? 'you sign in with it' : null].filter(Boolean);
  return notes.length ? <span className="muted"> ({notes.join(', ')})</span> : null;
}
