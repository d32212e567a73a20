import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime, plural } from '../../lib/format';
import { useLoadMore } from '../../lib/useLoadMore';
import { LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/Field';
import { LoadMore } from '../../ui/List';
import { Badge, Loading, Page } from '../../ui/Page';
import '../billing/billing.css';
import { NewThreadDialog } from './NewThreadDialog';
import { MessagesPage_ThreadsQuery } from './operations';
import { ThreadView } from './ThreadView';

const PAGE_SIZE = 25;

/** Secure message threads with clients, across the firm's portals: the list, one open thread, and new ones. */
export function MessagesPage() {
  const [params, setParams] = useSearchParams();
  const openId = params.get('thread');
  const unreadOnly = params.get('unread') === '1';
  const [starting, setStarting] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MessagesPage_ThreadsQuery, {
    variables: { first: PAGE_SIZE, filter: { unreadOnly } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const threads = shown?.messageThreads.edges.map((edge) => edge.node) ?? [];
  const more = useLoadMore({
    endCursor: shown?.messageThreads.pageInfo.endCursor,
    fetchPage: (after) => fetchMore({ variables: { after } }),
    focusNewRows: { links: '.messages__thread', rowCount: threads.length },
  });

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: name === 'unread' });
  };

  return (
    <Page
      title="Messages"
      actions={
        <Button variant="primary" onClick={() => setStarting(true)}>
          New conversation
        </Button>
      }
    >
      <p className="lead">Secure conversations with clients in their portals. Clients see the messages of their own portal only.</p>
      <div className="filters">
        <CheckboxField label="Unread only" checked={unreadOnly} onChange={(event) => setParam('unread', event.target.checked ? '1' : null)} />
      </div>
      <div className="messages">
        <nav aria-label="Conversations">
          {!shown && loading ? <Loading>Loading conversations…</Loading> : null}
          {!shown && error ? <LoadErrorAlert title="The conversations could not be loaded" error={error} onRetry={refetch} /> : null}
          {shown && threads.length === 0 ? (
            <p className="muted">{unreadOnly ? 'No unread messages from clients.' : 'No conversations yet. Start one with a client, or wait for a client to write from their portal.'}</p>
          ) : null}
          {threads.length > 0 ? (
            <>
              <p className="list-summary">{plural(shown?.messageThreads.totalCount ?? threads.length, 'conversation', 'conversations')}</p>
              <ul className="messages__list">
                {threads.map((thread) => (
                  <li key={thread.id}>
                    <button
                      type="button"
                      className={thread.unreadCount > 0 ? 'messages__thread messages__thread--unread' : 'messages__thread'}
                      aria-current={thread.id === openId ? 'true' : undefined}
                      onClick={() => setParam('thread', thread.id)}
                    >
                      <span className="messages__subject">{thread.subject}</span>{' '}
                      {thread.unreadCount > 0 ? <Badge tone="accent">{plural(thread.unreadCount, 'unread', 'unread')}</Badge> : null}
                      <span className="messages__meta">
                        {thread.portalName}
                        {thread.matter ? ` · ${thread.matter.number}` : ''}
                      </span>
                      <span className="messages__meta">{formatDateTime(thread.lastMessageAt)}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <LoadMore hasNextPage={shown?.messageThreads.pageInfo.hasNextPage ?? false} loading={more.loadingMore} onLoadMore={more.loadMore} error={more.error}>
                More conversations
              </LoadMore>
            </>
          ) : null}
        </nav>
        <div>{openId ? <ThreadView key={openId} threadId={openId} /> : <p className="muted">Choose a conversation to read it and reply.</p>}</div>
      </div>
      <NewThreadDialog
        open={starting}
        onClose={() => setStarting(false)}
        onStarted={(threadId) => {
          setStarting(false);
          setParam('thread', threadId);
        }}
      />
    </Page>
  );
}
