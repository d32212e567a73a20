import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useNotice } from '../../app/notice';
import { isOneOf, optionsOf } from '../../lib/enums';
import { formatDateTime } from '../../lib/format';
import type { ResultOf } from '../../lib/operations';
import { useListParams } from '../../lib/useListParams';
import { useLoadMore } from '../../lib/useLoadMore';
import { Alert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { EmailFrame } from '../../ui/EmailFrame';
import { SelectField } from '../../ui/Field';
import { ListSummary, LoadMore } from '../../ui/List';
import { Badge, Loading, Page } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { EMAIL_KIND_LABELS, EMAIL_STATUS_HINTS, EMAIL_STATUS_LABELS, type EmailStatus } from './labels';
import { useRetryEmail } from './useRetryEmail';

export const SentMailPage_EmailsQuery = graphql(`
  query SentMailPage_Emails($first: Int!, $after: String, $filter: SentEmailFilterInput) {
    sentEmails(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          status
          toAddress
          toName
          subject
          text
          html
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
    kept: sentEmails(first: 1, filter: { status: KEPT }) {
      totalCount
    }
  }
`);

type Email = ResultOf<typeof SentMailPage_EmailsQuery>['sentEmails']['edges'][number]['node'];

const PAGE_SIZE = 25;
const STATUS_OPTIONS = [{ value: '', label: 'All' }, ...optionsOf(EMAIL_STATUS_LABELS)];
const STATUS_TONES = { QUEUED: 'neutral', SENT: 'success', KEPT: 'warning', FAILED: 'danger' } as const satisfies Record<EmailStatus, string>;

function StatusCell({ email }: { email: Email }) {
  return (
    <>
      <Badge tone={STATUS_TONES[email.status]}>{EMAIL_STATUS_LABELS[email.status]}</Badge>
      {email.status === 'KEPT' ? <span className="table__sub">not sent: no mail server configured</span> : null}
      {email.status === 'SENT' && email.sentAt ? <span className="table__sub">{formatDateTime(email.sentAt)}</span> : null}
      {email.status === 'FAILED' ? <span className="table__sub table__error">{email.lastError ?? 'No reason given'}</span> : null}
    </>
  );
}

/** Q2: the firm's outgoing email and each one's delivery state; with no mail server, where mail is read. */
export function SentMailPage() {
  const { notify } = useNotice();
  const { params, updateParams } = useListParams();
  const statusParam = params.get('status') ?? '';
  const status: EmailStatus | null = isOneOf(EMAIL_STATUS_LABELS, statusParam) ? statusParam : null;
  const [openEmail, setOpenEmail] = useState<Email | null>(null);
  const [retrying, setRetrying] = useState<string | null>(null);
  const { retryEmail } = useRetryEmail();
  const { data, previousData, loading, error, fetchMore, refetch, startPolling, stopPolling } = useQuery(SentMailPage_EmailsQuery, {
    variables: { first: PAGE_SIZE, filter: status ? { status } : null },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const emails = shown?.sentEmails.edges.map((edge) => edge.node) ?? [];

  // Queued mail leaves the outbox within moments: look again until none is waiting.
  const queued = emails.some((email) => email.status === 'QUEUED');
  useEffect(() => {
    if (!queued) return;
    startPolling(3000);
    return () => stopPolling();
  }, [queued, startPolling, stopPolling]);
  const total = shown?.sentEmails.totalCount ?? 0;

  // One place for what went wrong with the list: a page that would not load, or a retry refused.
  const {
    loadMore,
    loadingMore,
    error: listError,
    setError: setListError,
  } = useLoadMore({
    endCursor: shown?.sentEmails.pageInfo.endCursor,
    fetchPage: (after) => fetchMore({ variables: { after } }),
  });

  const retry = async (email: Email) => {
    setListError(null);
    setRetrying(email.id);
    const outcome = await retryEmail(email.id);
    setRetrying(null);
    if (outcome.ok) notify(`The email to ${email.toAddress} was queued again.`);
    else setListError(outcome.errors.map((e) => e.message).join(' '));
  };

  return (
    <Page title="Sent mail">
      <p className="lead">Every email Atrium sends for the firm — invitations, confirmations, password resets, notices to staff — and whether it was delivered.</p>
      {shown && shown.kept.totalCount > 0 ? (
        <Alert tone="info" title="Atrium is not connected to a mail server">
          <p>
            Emails are not sent: they are kept here instead, marked “Kept”. Open one to read it — the links in it work, so you can follow an invitation yourself or copy its link
            to the client.
          </p>
        </Alert>
      ) : null}
      <div className="filters" role="search" aria-label="Filter sent mail">
        <SelectField
          label="Status"
          value={status ?? ''}
          options={STATUS_OPTIONS}
          onChange={(event) => updateParams({ status: event.target.value || null })}
        />
      </div>
      {error && !shown ? <LoadErrorAlert title="The mail could not be loaded" error={error} onRetry={refetch} /> : null}
      {listError ? (
        <Alert tone="error" role="alert" title="That did not work">
          <p>{listError}</p>
        </Alert>
      ) : null}
      {!shown && loading ? <Loading>Loading mail…</Loading> : null}
      {shown ? (
        <>
          <ListSummary shown={emails.length} total={total} one="email" many="emails" />
          {total === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">{status ? `No emails are ${EMAIL_STATUS_LABELS[status].toLowerCase()}.` : 'No email has been sent yet.'}</p>
            </div>
          ) : (
            <DataTable caption="Sent mail, newest first">
              <thead>
                <tr>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                  <th scope="col">Written</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {emails.map((email) => (
                  <tr key={email.id}>
                    <td className="table__break">
                      <span className="table__primary">{email.toName ?? email.toAddress}</span>
                      {email.toName ? <span className="table__sub">{email.toAddress}</span> : null}
                    </td>
                    <td>
                      {email.subject}
                      <span className="table__sub">{EMAIL_KIND_LABELS[email.kind]}</span>
                    </td>
                    <td>
                      <StatusCell email={email} />
                    </td>
                    <td className="nowrap">{formatDateTime(email.createdAt)}</td>
                    <td className="table__actions">
                      <Button size="sm" onClick={() => setOpenEmail(email)}>
                        Open<span className="visually-hidden"> the email “{email.subject}” to {email.toAddress}</span>
                      </Button>
                      {email.status === 'FAILED' ? (
                        <Button size="sm" variant="quiet" busy={retrying === email.id} busyLabel="Retrying…" onClick={() => void retry(email)}>
                          Retry<span className="visually-hidden"> the email to {email.toAddress}</span>
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <LoadMore hasNextPage={shown.sentEmails.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={loadMore}>
            Load more
          </LoadMore>
        </>
      ) : null}
      <EmailDialog email={openEmail} onClose={() => setOpenEmail(null)} />
    </Page>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/;

/** An email's text with its addresses as links that open in a new tab (an invitation's link works from here). */
function EmailText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="email-text">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

function EmailDialog({ email, onClose }: { email: Email | null; onClose: () => void }) {
  return (
    <Dialog open={email !== null} onClose={onClose} title={email?.subject ?? 'Email'} wide>
      {email ? (
        <div className="email-view">
          <dl className="details">
            <div>
              <dt>To</dt>
              <dd>{email.toName ? `${email.toName} <${email.toAddress}>` : email.toAddress}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                {EMAIL_STATUS_LABELS[email.status]} <span className="muted">({EMAIL_STATUS_HINTS[email.status]})</span>
              </dd>
            </div>
            <div>
              <dt>Written</dt>
              <dd>{formatDateTime(email.createdAt)}</dd>
            </div>
            <div>
              <dt>Attempts</dt>
              <dd>{email.attempts}</dd>
            </div>
            {email.lastError ? (
              <div className="details__wide">
                <dt>Last error</dt>
                <dd>{email.lastError}</dd>
              </div>
            ) : null}
          </dl>
          <h3 className="subheading">Text</h3>
          {email.text ? <EmailText text={email.text} /> : <p className="muted">The text is not shown: it holds a personal link, which only shows while mail is kept.</p>}
          {email.html ? (
            <>
              <h3 className="subheading">As the recipient sees it</h3>
              <EmailFrame html={email.html} title={`The email “${email.subject}” as its recipient sees it`} />
            </>
          ) : null}
          <div className="form-actions">
            <Button variant="primary" onClick={onClose}>
              Close
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
