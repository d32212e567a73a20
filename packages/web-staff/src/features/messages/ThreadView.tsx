import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatDateTime } from '../../lib/format';
import { usePayloadMutation } from '../../lib/mutation';
import { Alert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { Loading } from '../../ui/Page';
import { MessagesPage_MarkReadMutation, MessagesPage_SendMessageMutation, MessagesPage_ThreadQuery } from './operations';
import { formatSize, uploadAll } from './upload';

/** One conversation: its messages and files, and the reply form. Opening it marks it read. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { data, loading, error, refetch } = useQuery(MessagesPage_ThreadQuery, { variables: { id: threadId } });
  const [markRead] = useMutation(MessagesPage_MarkReadMutation);
  const thread = data?.messageThread;
  const unread = thread?.unreadCount ?? 0;

  useEffect(() => {
    if (unread > 0) void markRead({ variables: { input: { threadId } } }).catch(() => undefined);
  }, [unread, threadId, markRead]);

  if (!data && loading) return <Loading>Loading the conversation…</Loading>;
  if (!data && error) return <LoadErrorAlert title="The conversation could not be loaded" error={error} onRetry={refetch} />;
  if (!thread) return <p className="muted">This conversation could not be found.</p>;

  return (
    <article aria-labelledby="thread-heading">
      <h2 id="thread-heading" className="section__title" tabIndex={-1}>
        {thread.subject}
      </h2>
      <p className="muted">
        With {thread.portalName}
        {thread.matter ? ` · Matter ${thread.matter.number} — ${thread.matter.name}` : ''} · started by {thread.startedByName}
      </p>
      <ol className="message-list" aria-label="Messages">
        {thread.messages.map((message) => (
          <li key={message.id} className={message.fromFirm ? 'message message--firm' : 'message'}>
            <p className="message__head">
              <strong>
                {message.authorName}
                {message.fromFirm ? '' : ' (client)'}
              </strong>
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </p>
            {message.body ? <p className="message__body">{message.body}</p> : null}
            {message.attachments.length > 0 ? (
              <ul className="message__files" aria-label="Files">
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`/files/attachments/${file.id}`} download>
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
      <ReplyForm threadId={thread.id} />
    </article>
  );
}

function ReplyForm({ threadId }: { threadId: string }) {
  const id = useId();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const send = usePayloadMutation(MessagesPage_SendMessageMutation, 'sendMessage', { refetchQueries: ['MessagesPage_Threads'] });
  const busy = uploading || send.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    setSent(false);
    if (!body.trim() && files.length === 0) {
      setProblem('Write a message or attach a file.');
      return;
    }
    setUploading(true);
    const uploaded = await uploadAll(`/files/threads/${threadId}/attachments`, files);
    setUploading(false);
    if (!uploaded.ok) {
      setProblem(uploaded.message);
      return;
    }
    const outcome = await send.run({ variables: { input: { threadId, body, attachmentIds: uploaded.ids } } });
    if (!outcome.ok) {
      setProblem(outcome.errors.map((e) => e.message).join(' '));
      return;
    }
    setBody('');
    setFiles([]);
    if (fileInput.current) fileInput.current.value = '';
    setSent(true);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Reply to this conversation">
      {problem ? (
        <Alert tone="error" role="alert" title="The message was not sent">
          <p>{problem}</p>
        </Alert>
      ) : null}
      <p role="status" className="visually-hidden">
        {sent ? 'Message sent.' : ''}
      </p>
      <TextAreaField label="Reply" rows={4} value={body} onChange={(event) => setBody(event.target.value)} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-files`}>
          Attach files
        </label>
        <input ref={fileInput} id={`${id}-files`} type="file" multiple onChange={(event) => setFiles(Array.from(event.target.files ?? []))} />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={uploading ? 'Uploading…' : 'Sending…'}>
          Send
        </Button>
      </div>
    </form>
  );
}
