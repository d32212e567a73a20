import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { describeRequestError } from '../../app/requestErrors';
import { SectionPage } from '../../app/SectionPage';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';
import '../billing/portal-sections.css';
import { useFirm } from '../firm/FirmContext';
import type { ClientPortal } from '../home/portals';
import { formatSize } from '../../ui/format';
import { uploadFiles } from './upload';

const MessagesPage_Threads = graphql(`
  query MessagesPage_Threads {
    myPortals {
      id
      unreadMessageCount
      messageThreads {
        id
        subject
        unreadCount
        lastMessageAt
        startedByName
        matter {
          id
          number
          name
        }
      }
    }
  }
`);

const MessagesPage_Thread = graphql(`
  query MessagesPage_Thread($portalId: ID!, $id: ID!) {
    portalMessageThread(portalId: $portalId, id: $id) {
      id
      subject
      unreadCount
      matter {
        id
        number
        name
      }
      messages {
        id
        body
        createdAt
        authorName
        fromFirm
        mine
        attachments {
          id
          fileName
          size
        }
      }
    }
  }
`);

const MessagesPage_Start = graphql(`
  mutation MessagesPage_Start($input: StartMessageThreadInput!) {
    startMessageThread(input: $input) {
      errors {
        code
        message
        field
      }
      thread {
        id
      }
    }
  }
`);

const MessagesPage_Send = graphql(`
  mutation MessagesPage_Send($input: SendMessageInput!) {
    sendMessage(input: $input) {
      errors {
        code
        message
        field
      }
      thread {
        id
        unreadCount
        messages {
          id
          body
          createdAt
          authorName
          fromFirm
          mine
          attachments {
            id
            fileName
            size
          }
        }
      }
    }
  }
`);

const MessagesPage_MarkRead = graphql(`
  mutation MessagesPage_MarkRead($input: MarkThreadReadInput!) {
    markThreadRead(input: $input) {
      errors {
        code
        message
        field
      }
      thread {
        id
        unreadCount
      }
    }
  }
`);

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Secure messages with the firm: the conversations, one conversation, and a new message. */
export function MessagesPage() {
  return (
    <SectionPage title="Messages" permission="secureMessaging">
      {(portal) => (
        <Routes>
          <Route index element={<ThreadList portal={portal} />} />
          <Route path="new" element={<NewMessage portal={portal} />} />
          <Route path=":threadId" element={<ThreadPage portal={portal} />} />
        </Routes>
      )}
    </SectionPage>
  );
}

/** An address under /messages, keeping the chosen portal (?portal=). */
function useMessagesPath(): (rest: string) => string {
  const firm = useFirm();
  const { search } = useLocation();
  return (rest) => `/p/${firm.slug}/messages${rest}${search}`;
}

function useReportSessionEnd(error: unknown): void {
  const sessionEnded = useSessionEnded();
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);
}

function ThreadList({ portal }: { portal: ClientPortal }) {
  const firm = useFirm();
  const path = useMessagesPath();
  const { data, loading, error } = useQuery(MessagesPage_Threads, { fetchPolicy: 'cache-and-network' });
  useReportSessionEnd(error);
  const mine = data?.myPortals.find((p) => p.id === portal.id);

  return (
    <>
      {portal.readOnly ? (
        <p className="read-only-note">You are viewing the portal as this member: messages cannot be sent or marked read.</p>
      ) : (
        <p className="actions">
          <Link className="button button--primary" to={path('/new')}>
            New message
          </Link>
        </p>
      )}
      {!data && loading ? <Loading label="Loading your messages…" /> : null}
      {!data && error ? <Alert title="Your messages could not be loaded">{describeRequestError(error)}</Alert> : null}
      {mine ? (
        <>
          <p role="status">{mine.unreadMessageCount === 0 ? 'No unread messages.' : `${mine.unreadMessageCount} unread ${mine.unreadMessageCount === 1 ? 'message' : 'messages'}.`}</p>
          {mine.messageThreads.length === 0 ? (
            <div className="empty">
              <p>No messages yet. Messages between you and {firm.name} will appear here; they are private to your portal.</p>
            </div>
          ) : (
            <ul className="thread-list" aria-label="Conversations">
              {mine.messageThreads.map((thread) => (
                <li key={thread.id} className={thread.unreadCount > 0 ? 'thread-list__unread' : undefined}>
                  <Link to={path(`/${thread.id}`)}>
                    <span className="thread-list__subject">{thread.subject}</span>
                    {thread.unreadCount > 0 ? <strong> — {thread.unreadCount} unread</strong> : null}
                    <span className="thread-list__meta">
                      {thread.matter ? `${thread.matter.number} — ${thread.matter.name} · ` : ''}
                      Last message {dateTime.format(new Date(thread.lastMessageAt))}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}

function FilesInput({ id, onChange, disabled }: { id: string; onChange: (files: File[]) => void; disabled?: boolean }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        Attach files (optional)
      </label>
      <input id={id} type="file" multiple disabled={disabled} onChange={(event) => onChange(Array.from(event.target.files ?? []))} />
    </div>
  );
}

function NewMessage({ portal }: { portal: ClientPortal }) {
  const id = useId();
  const firm = useFirm();
  const path = useMessagesPath();
  const navigate = useNavigate();
  const [subject, setSubject] = useState('');
  const [matterId, setMatterId] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'subject' | 'body' | 'matterId', string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const focusLater = useFocusLater();
  const sessionEnded = useSessionEnded();
  const [start, { loading }] = useMutation(MessagesPage_Start, { refetchQueries: ['MessagesPage_Threads'] });
  const busy = uploading || loading;

  if (portal.readOnly) return <p className="read-only-note">You are viewing the portal as this member: no message can be sent.</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const missing: typeof fieldErrors = {};
    if (!subject.trim()) missing.subject = 'Write a subject.';
    if (!body.trim()) missing.body = 'Write your message.';
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusLater(() => (missing.subject ? subjectRef.current : bodyRef.current));
      return;
    }
    const fail = (message: string) => {
      setProblem(message);
      focusLater(() => alertRef.current);
    };
    setUploading(true);
    const uploaded = await uploadFiles(`/p/${firm.slug}/files/portals/${portal.id}/attachments`, files);
    setUploading(false);
    if (!uploaded.ok) return fail(uploaded.message);
    try {
      const { data } = await start({ variables: { input: { portalId: portal.id, matterId: matterId || null, subject, body, attachmentIds: uploaded.ids } } });
      const payload = data?.startMessageThread;
      if (payload && payload.errors.length === 0 && payload.thread) {
        void navigate(path(`/${payload.thread.id}`));
        return;
      }
      fail(payload?.errors.map((e) => e.message).join(' ') || 'Your message was not sent. Please try again.');
    } catch (failure) {
      if (sessionEnded(failure)) return;
      fail(describeRequestError(failure));
    }
  };

  return (
    <form className="form panel" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>New message to {firm.name}</h2>
      {problem ? (
        <Alert ref={alertRef} title="Your message was not sent">
          {problem}
        </Alert>
      ) : null}
      <TextField ref={subjectRef} label="Subject" value={subject} maxLength={200} onChange={(event) => setSubject(event.target.value)} error={fieldErrors.subject} autoComplete="off" />
      {portal.matters.length > 0 ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-matter`}>
            About (optional)
          </label>
          <select id={`${id}-matter`} className="field__input" value={matterId} onChange={(event) => setMatterId(event.target.value)}>
            <option value="">No particular matter</option>
            {portal.matters.map((matter) => (
              <option key={matter.id} value={matter.id}>
                {matter.number} — {matter.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <MessageBody ref={bodyRef} id={`${id}-body`} label="Message" value={body} onChange={setBody} error={fieldErrors.body} />
      <FilesInput id={`${id}-files`} onChange={setFiles} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={uploading ? 'Uploading…' : 'Sending…'}>
          Send
        </Button>
        <Link className="button button--secondary" to={path('')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

function MessageBody({
  id,
  label,
  value,
  onChange,
  error,
  ref,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea ref={ref} id={id} className="field__input" rows={5} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
    </div>
  );
}

function ThreadPage({ portal }: { portal: ClientPortal }) {
  const { threadId = '' } = useParams();
  const firm = useFirm();
  const path = useMessagesPath();
  const { data, loading, error } = useQuery(MessagesPage_Thread, { variables: { portalId: portal.id, id: threadId } });
  useReportSessionEnd(error);
  const [markRead] = useMutation(MessagesPage_MarkRead, { refetchQueries: ['MessagesPage_Threads'] });
  const thread = data?.portalMessageThread;
  const unread = thread?.unreadCount ?? 0;

  useEffect(() => {
    // A staff member's read-only view leaves the member's unread messages as they are.
    if (unread > 0 && !portal.readOnly) void markRead({ variables: { input: { portalId: portal.id, threadId } } }).catch(() => undefined);
  }, [unread, portal.readOnly, portal.id, threadId, markRead]);

  if (!data && loading) return <Loading label="Loading the conversation…" />;
  if (!data && error) return <Alert title="This conversation could not be loaded">{describeRequestError(error)}</Alert>;
  if (!thread) {
    return (
      <p className="muted">
        This conversation is not available. <Link to={path('')}>Back to your messages</Link>
      </p>
    );
  }

  return (
    <article aria-labelledby="thread-subject" className="stack">
      <p>
        <Link to={path('')}>← All messages</Link>
      </p>
      <h2 id="thread-subject">{thread.subject}</h2>
      {thread.matter ? <p className="muted">About {thread.matter.number} — {thread.matter.name}</p> : null}
      <ol className="message-list" aria-label="Messages">
        {thread.messages.map((message) => (
          <li key={message.id} className={message.fromFirm ? 'message message--firm' : 'message'}>
            <p className="message__head">
              <strong>{message.mine ? 'You' : message.fromFirm ? `${message.authorName} (${firm.name})` : message.authorName}</strong>
              <time dateTime={message.createdAt}>{dateTime.format(new Date(message.createdAt))}</time>
            </p>
            {message.body ? <p className="message__body">{message.body}</p> : null}
            {message.attachments.length > 0 ? (
              <ul className="message__files" aria-label="Files">
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`/p/${firm.slug}/files/attachments/${file.id}`} download>
                      {file.fileName}
                    </a>{' '}
                    <span className="muted">({formatSize(file.size)})</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {portal.readOnly ? <p className="read-only-note">You are viewing the portal as this member: no reply can be sent.</p> : <Reply portalId={portal.id} threadId={thread.id} />}
    </article>
  );
}

function Reply({ portalId, threadId }: { portalId: string; threadId: string }) {
  const id = useId();
  const firm = useFirm();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fileKey, setFileKey] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [uploading, setUploading] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const sessionEnded = useSessionEnded();
  const [send, { loading }] = useMutation(MessagesPage_Send, { refetchQueries: ['MessagesPage_Threads'] });
  const busy = uploading || loading;

  const focusLater = useFocusLater();
  const fail = (message: string) => {
    setProblem(message);
    focusLater(() => alertRef.current);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    setSent(false);
    if (!body.trim() && files.length === 0) return fail('Write a message or attach a file.');
    setUploading(true);
    const uploaded = await uploadFiles(`/p/${firm.slug}/files/threads/${threadId}/attachments`, files);
    setUploading(false);
    if (!uploaded.ok) return fail(uploaded.message);
    try {
      const { data } = await send({ variables: { input: { portalId, threadId, body, attachmentIds: uploaded.ids } } });
      const payload = data?.sendMessage;
      if (payload && payload.errors.length === 0) {
        setBody('');
        setFiles([]);
        setFileKey((k) => k + 1);
        setSent(true);
        return;
      }
      fail(payload?.errors.map((e) => e.message).join(' ') || 'Your reply was not sent. Please try again.');
    } catch (failure) {
      if (sessionEnded(failure)) return;
      fail(describeRequestError(failure));
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label="Reply to this conversation">
      {problem ? (
        <Alert ref={alertRef} title="Your reply was not sent">
          {problem}
        </Alert>
      ) : null}
      <p role="status" className="visually-hidden">
        {sent ? 'Your reply was sent.' : ''}
      </p>
      <MessageBody id={`${id}-body`} label="Reply" value={body} onChange={setBody} />
      <FilesInput key={fileKey} id={`${id}-files`} onChange={setFiles} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={uploading ? 'Uploading…' : 'Sending…'}>
          Send reply
        </Button>
      </div>
    </form>
  );
}
