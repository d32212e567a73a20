import { graphql } from '@atrium/schema/staff';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { plural } from '../../lib/format';
import { describeError } from '../../lib/mutation';
import { newRequestKey } from '../../lib/requestKey';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { evictPortalLists } from './cache';
import { useBulkInviteToPortal } from './useBulkInviteToPortal';

export const BulkInviteDialog_runFragment = graphql(`
  fragment BulkInviteDialog_run on BulkInvitationRun {
    id
    status
    total
    processed
    invited
    finishedAt
    skipped {
      contactId
      name
      reason
    }
  }
`);

const BulkInviteDialog_RunQuery = graphql(`
  query BulkInviteDialog_Run($id: ID!) {
    bulkInvitationRun(id: $id) {
      ...BulkInviteDialog_run
    }
  }
`);

export interface SelectedContact {
  id: string;
  displayName: string;
  primaryEmail: string | null;
}

interface BulkInviteDialogProps {
  open: boolean;
  onClose: () => void;
  contacts: readonly SelectedContact[];
  /** Once the run has finished (the selection can then be cleared). */
  onFinished: () => void;
}

/** I5: invites the selected clients at once, then shows the progress and who was skipped. */
export function BulkInviteDialog({ open, onClose, contacts, onFinished }: BulkInviteDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Send portal invitations">
      <BulkInviteBody contacts={contacts} onClose={onClose} onFinished={onFinished} />
    </Dialog>
  );
}

function BulkInviteBody({ contacts, onClose, onFinished }: { contacts: readonly SelectedContact[]; onClose: () => void; onFinished: () => void }) {
  // One key for this dialog: a double click, or sending again after a lost answer, starts nothing new.
  const [requestKey] = useState(newRequestKey);
  const { bulkInviteToPortal, loading } = useBulkInviteToPortal();
  const [runId, setRunId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const withoutEmail = contacts.filter((contact) => !contact.primaryEmail);

  const send = async () => {
    setError(null);
    const outcome = await bulkInviteToPortal(
      contacts.map((contact) => contact.id),
      requestKey,
    );
    if (outcome.ok && outcome.payload.run) setRunId(outcome.payload.run.id);
    else setError(outcome.ok ? 'The server did not start the invitations. Try again.' : outcome.errors.map((e) => e.message).join(' '));
  };

  if (runId) return <BulkProgress runId={runId} onClose={onClose} onFinished={onFinished} />;

  return (
    <div className="confirm">
      {error ? (
        <Alert tone="error" role="alert" title="The invitations were not sent">
          <p>{error}</p>
        </Alert>
      ) : null}
      <p>
        Invite {plural(contacts.length, 'selected contact', 'selected contacts')} to their client portal. Each gets an email with a personal link at their primary address.
      </p>
      {withoutEmail.length > 0 ? (
        <Alert tone="warning" title={`${plural(withoutEmail.length, 'contact has', 'contacts have')} no email address and will be skipped`}>
          <ul className="alert__list">
            {withoutEmail.map((contact) => (
              <li key={contact.id}>{contact.displayName}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <details className="disclosure">
        <summary>Who is selected</summary>
        <ul className="plain-list">
          {contacts.map((contact) => (
            <li key={contact.id}>
              {contact.displayName} <span className="muted">{contact.primaryEmail ?? 'no email'}</span>
            </li>
          ))}
        </ul>
      </details>
      <p className="muted">Contacts that are not clients, or were invited already, are skipped too; the list at the end says why.</p>
      <div className="form-actions">
        <Button variant="primary" onClick={() => void send()} busy={loading} busyLabel="Starting…">
          Send {plural(contacts.length, 'invitation', 'invitations')}
        </Button>
        <Button variant="quiet" onClick={onClose} data-autofocus>
          Cancel
        </Button>
      </div>
    </div>
  );
}

function BulkProgress({ runId, onClose, onFinished }: { runId: string; onClose: () => void; onFinished: () => void }) {
  const client = useApolloClient();
  const progressId = useId();
  const { data, error, stopPolling } = useQuery(BulkInviteDialog_RunQuery, { variables: { id: runId }, pollInterval: 1000, notifyOnNetworkStatusChange: false });
  const run = data?.bulkInvitationRun;
  const done = run?.status === 'DONE';
  const finishedRef = useRef(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!done || finishedRef.current) return;
    finishedRef.current = true;
    stopPolling();
    // The invitations went out after the mutation answered: the lists it changed are stale now.
    evictPortalLists(client.cache);
    onFinished();
    summaryRef.current?.focus();
  }, [done, stopPolling, client, onFinished]);

  return (
    <div className="confirm">
      {error && !run ? (
        <Alert tone="error" role="alert" title="The progress could not be read">
          <p>{describeError(error)} The invitations go on in the background; see Sent mail.</p>
        </Alert>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={progressId}>
          {done ? 'Finished' : 'Sending invitations…'}
        </label>
        <progress id={progressId} className="progress" max={run?.total ?? 1} value={run?.processed ?? 0}>
          {run ? `${run.processed} of ${run.total}` : ''}
        </progress>
        <p className="field__hint" role="status">
          {run ? `${run.processed} of ${run.total} handled · ${plural(run.invited, 'invited', 'invited')}` : 'Starting…'}
        </p>
      </div>
      {done && run ? (
        <>
          <h3 className="invite__heading" tabIndex={-1} ref={summaryRef}>
            {plural(run.invited, 'contact invited', 'contacts invited')}
            {run.skipped.length > 0 ? `, ${run.skipped.length} skipped` : ''}
          </h3>
          {run.skipped.length > 0 ? (
            <ul className="plain-list skipped-list" aria-label="Skipped contacts">
              {run.skipped.map((skip) => (
                <li key={skip.contactId}>
                  <strong>{skip.name}</strong>: {skip.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <div className="form-actions">
        <Button variant={done ? 'primary' : 'quiet'} onClick={onClose}>
          {done ? 'Done' : 'Close (sending goes on)'}
        </Button>
      </div>
    </div>
  );
}
