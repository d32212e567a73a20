import { graphql } from '@atrium/schema/client';
import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { ResultOf } from '../../app/operations';
import { describeRequestError } from '../../app/requestErrors';
import { SectionPage } from '../../app/SectionPage';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useFirm } from '../firm/FirmContext';
import type { ClientPortal } from '../home/portals';
import { formatSize } from '../../ui/format';
import { uploadFile } from './uploadFile';

const FilesPage_FilesQuery = graphql(`
  query FilesPage_Files {
    myPortals {
      id
      folders {
        id
        name
        parentId
        matterId
      }
      documents {
        id
        name
        size
        version
        updatedAt
        folderId
        matterId
        matterName
        uploadedByMe
        downloadUrl
      }
    }
  }
`);

type PortalFiles = ResultOf<typeof FilesPage_FilesQuery>['myPortals'][number];
type FileRow = PortalFiles['documents'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Files the firm shares, and the client's own uploads (S2, S6). */
export function FilesPage() {
  return <SectionPage title="Files" permission="myDocuments">{(portal) => <PortalFilesView portal={portal} />}</SectionPage>;
}

function PortalFilesView({ portal }: { portal: ClientPortal }) {
  const firm = useFirm();
  const { data, error, refetch } = useQuery(FilesPage_FilesQuery, { fetchPolicy: 'cache-and-network' });
  const files = data?.myPortals.find((candidate) => candidate.id === portal.id);
  if (!data) {
    return error ? (
      <Alert title="Your files could not be loaded">
        <p>{describeRequestError(error)}</p>
      </Alert>
    ) : (
      <Loading label="Loading your files…" />
    );
  }
  const documents = files?.documents ?? [];
  return (
    <>
      {portal.readOnly ? (
        <p className="muted">You are viewing the portal as this member: files cannot be added.</p>
      ) : portal.matters.length > 0 ? (
        <AddFile portal={portal} slug={firm.slug} onAdded={() => void refetch().catch(() => undefined)} />
      ) : null}
      {documents.length === 0 ? (
        <div className="empty">
          <h2>No files yet</h2>
          <p>Documents {firm.name} shares with you will appear here, with the files you add yourself.</p>
        </div>
      ) : (
        <MatterFiles files={files} matters={portal.matters} />
      )}
    </>
  );
}

/** Files grouped by matter, then by folder; files outside any shown folder come first. */
function MatterFiles({ files, matters }: { files: PortalFiles | undefined; matters: ClientPortal['matters'] }) {
  if (!files) return null;
  const matterIds = [...new Set([...matters.map((m) => m.id), ...files.documents.map((d) => d.matterId)])];
  const byId = new Map(files.folders.map((folder) => [folder.id, folder]));
  const pathOf = (folderId: string): string => {
    const names: string[] = [];
    const seen = new Set<string>();
    let cursor = byId.get(folderId);
    while (cursor && !seen.has(cursor.id)) {
      seen.add(cursor.id);
      names.unshift(cursor.name);
      cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined;
    }
    return names.join(' / ');
  };
  return (
    <div className="stack">
      {matterIds.map((matterId) => {
        const inMatter = files.documents.filter((d) => d.matterId === matterId);
        if (inMatter.length === 0) return null;
        const name = matters.find((m) => m.id === matterId)?.name ?? inMatter[0]?.matterName ?? '';
        const loose = inMatter.filter((d) => !d.folderId);
        const folderIds = [...new Set(inMatter.flatMap((d) => (d.folderId ? [d.folderId] : [])))].sort((a, b) => pathOf(a).localeCompare(pathOf(b)));
        return (
          <section key={matterId} className="panel" aria-labelledby={`matter-${matterId}`}>
            <h2 id={`matter-${matterId}`}>{name}</h2>
            {loose.length > 0 ? <FileList files={loose} label={`Files of ${name}`} /> : null}
            {folderIds.map((folderId) => (
              <div key={folderId}>
                <h3>{pathOf(folderId)}</h3>
                <FileList files={inMatter.filter((d) => d.folderId === folderId)} label={`Files in ${pathOf(folderId)}`} />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}

function FileList({ files, label }: { files: readonly FileRow[]; label: string }) {
  return (
    <ul className="stack" aria-label={label}>
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.downloadUrl} download>
            {file.name}
            <span className="visually-hidden"> (download)</span>
          </a>
          <br />
          <span className="muted">
            {formatSize(file.size)} · {dateFormat.format(new Date(file.updatedAt))}
            {file.version > 1 ? ` · version ${file.version}` : ''}
            {file.uploadedByMe ? ' · added by you' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

interface Sending {
  key: string;
  name: string;
  progress: number;
  state: 'sending' | 'done' | 'failed';
  message: string | null;
}

/** "Add a file": the file goes to the chosen matter (asked only when there are several). */
function AddFile({ portal, slug, onAdded }: { portal: ClientPortal; slug: string; onAdded: () => void }) {
  const [matterId, setMatterId] = useState(portal.matters[0]?.id ?? '');
  const [sending, setSending] = useState<Sending[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const selectId = useId();

  const onChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (chosen.length === 0 || !matterId) return;
    const items = chosen.map((file) => ({ file, key: `${file.name}-${crypto.randomUUID()}` }));
    setSending((current) => [...items.map(({ file, key }) => ({ key, name: file.name, progress: 0, state: 'sending' as const, message: null })), ...current.filter((item) => item.state !== 'done')]);
    const update = (key: string, change: Partial<Sending>) => setSending((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
    let added = 0;
    for (const { file, key } of items) {
      const url = `/p/${encodeURIComponent(slug)}/files/portals/${encodeURIComponent(portal.id)}/documents?matterId=${encodeURIComponent(matterId)}`;
      const outcome = await uploadFile(url, file, (progress) => update(key, { progress }));
      if (outcome.ok) {
        added += 1;
        update(key, { state: 'done', progress: 1, message: `${outcome.name} was added.` });
      } else {
        update(key, { state: 'failed', message: outcome.message });
      }
    }
    if (added > 0) onAdded();
  };

  return (
    <section className="panel" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>Add a file</h2>
      <p className="muted">Files you add are shared with the firm and with the other people in this portal.</p>
      {portal.matters.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            Matter
          </label>
          <select id={selectId} className="field__input" value={matterId} onChange={(event) => setMatterId(event.target.value)}>
            {portal.matters.map((matter) => (
              <option key={matter.id} value={matter.id}>
                {matter.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {/* Opened by the button below, which keyboard and screen reader users reach like any other. */}
      <input ref={input} type="file" multiple className="visually-hidden" tabIndex={-1} aria-hidden="true" aria-label="Files to add" onChange={(event) => void onChosen(event)} />
      <div className="actions">
        <Button onClick={() => input.current?.click()}>Choose files…</Button>
      </div>
      {sending.length > 0 ? (
        <ul className="stack" aria-label="Files being added">
          {sending.map((item) => (
            <li key={item.key}>
              {item.state === 'sending' ? (
                <>
                  {item.name}{' '}
                  <progress max={1} value={item.progress} aria-label={`Adding ${item.name}`}>
                    {Math.round(item.progress * 100)}%
                  </progress>
                </>
              ) : item.state === 'done' ? (
                <span role="status">{item.message}</span>
              ) : (
                <span className="field__error" role="alert">
                  {item.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
