import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNotice } from '../../app/notice';
import { formatDate } from '../../lib/format';
import type { FormError } from '../../lib/mutation';
import type { ResultOf } from '../../lib/operations';
import { Alert, FormAlert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { sortErrors } from '../../ui/formErrors';
import { Menu } from '../../ui/Menu';
import { Badge, Loading, Section } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { isAdmin, useViewer } from '../auth/viewer';
import { InviteDialog } from '../portals/InviteDialog';
import { formatSize, uploadFile } from './uploadFile';
import {
  useAllowToMember,
  useCreateFolder,
  useDeleteDocument,
  useDeleteFolder,
  useDenyToMember,
  useMoveDocument,
  useMoveFolder,
  useRenameDocument,
  useRenameFolder,
  useShareDocument,
  useShareFolder,
  useUnshareDocument,
  useUnshareFolder,
} from './useDocumentMutations';

const MatterDocuments_MatterQuery = graphql(`
  query MatterDocuments_Matter($id: ID!) {
    portalSettings {
      uploadMaxMegabytes
      allowedFileTypes
    }
    matter(id: $id) {
      id
      name
      portalMembers {
        id
        name
        email
        status
      }
      folders {
        id
        name
        parentId
        sharedAt
        deniedTo {
          id
          name
        }
      }
      documents {
        id
        name
        folderId
        size
        contentType
        downloadUrl
        sharedAt
        updatedAt
        currentVersion
        uploadedByClient
        sharedBy {
          id
          name
        }
        deniedTo {
          id
          name
        }
        versions {
          id
          number
          size
          fileName
          createdAt
          uploadedByName
          downloadUrl
        }
      }
    }
  }
`);

type MatterData = NonNullable<ResultOf<typeof MatterDocuments_MatterQuery>['matter']>;
type FolderRow = MatterData['folders'][number];
type DocumentRow = MatterData['documents'][number];
type Member = MatterData['portalMembers'][number];
interface Rules {
  uploadMaxMegabytes: number;
  allowedFileTypes: readonly string[];
}

/** One file on its way up (or refused before leaving). */
interface UploadItem {
  key: string;
  name: string;
  progress: number;
  state: 'sending' | 'done' | 'failed';
  message: string | null;
}

/** Folder names with the folders above them ("Court papers / Filed"), for labels and choices. */
function folderPaths(folders: readonly FolderRow[]): Map<string, string> {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const paths = new Map<string, string>();
  for (const folder of folders) {
    const names: string[] = [];
    const seen = new Set<string>();
    let cursor: FolderRow | undefined = folder;
    while (cursor && !seen.has(cursor.id)) {
      seen.add(cursor.id);
      names.unshift(cursor.name);
      cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined;
    }
    paths.set(folder.id, names.join(' / '));
  }
  return paths;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The firm's rules, checked before sending so that a refusal is immediate; the server checks again. */
function refusalOf(file: File, rules: Rules): string | null {
  const extension = extensionOf(file.name);
  if (!rules.allowedFileTypes.includes(extension)) {
    return `${file.name}: files of this type${extension ? ` (.${extension})` : ''} cannot be uploaded. Allowed: ${rules.allowedFileTypes.map((t) => `.${t}`).join(', ')}.`;
  }
  if (file.size > rules.uploadMaxMegabytes * 1024 * 1024) return `${file.name} is larger than ${rules.uploadMaxMegabytes} MB, the most this firm accepts.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}

type Editing =
  | { kind: 'new-folder' }
  | { kind: 'rename-folder'; folder: FolderRow }
  | { kind: 'rename-document'; document: DocumentRow }
  | { kind: 'move'; document: DocumentRow }
  | { kind: 'access'; item: { id: string; name: string; isFolder: boolean } }
  | { kind: 'versions'; document: DocumentRow }
  | { kind: 'delete'; document: DocumentRow }
  | { kind: 'delete-folder'; folder: FolderRow }
  | { kind: 'move-folder'; folder: FolderRow };

/** Documents and folders on a matter, as staff see and share them (S2, S3, S6, I2). */
export function MatterDocuments({ matterId }: { matterId: string }) {
  // Asked afresh on each visit to the tab: clients add files in the meantime.
  const { data, error, refetch } = useQuery(MatterDocuments_MatterQuery, { variables: { id: matterId }, fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <LoadErrorAlert title="The documents could not be loaded" error={error} onRetry={refetch} /> : <Loading>Loading documents…</Loading>;
  if (!data.matter) return <p className="muted">This matter no longer exists.</p>;
  return <DocumentsPanel matter={data.matter} rules={data.portalSettings} onChanged={() => void refetch().catch(() => undefined)} />;
}

function DocumentsPanel({ matter, rules, onChanged }: { matter: MatterData; rules: Rules; onChanged: () => void }) {
  const viewer = useViewer();
  const mayShare = viewer.canShareItems || isAdmin(viewer);
  const { notify } = useNotice();
  const paths = folderPaths(matter.folders);
  const folderOptions = [{ value: '', label: 'Top of the matter' }, ...[...paths].map(([id, path]) => ({ value: id, label: path })).sort((a, b) => a.label.localeCompare(b.label))];

  const [uploads, setUploads] = useState<UploadItem[]>([]);
  const [targetFolder, setTargetFolder] = useState('');
  const [shareUploads, setShareUploads] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [withoutAccess, setWithoutAccess] = useState<{ id: string; displayName: string }[]>([]);
  const [inviting, setInviting] = useState<{ id: string; displayName: string } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [busyRow, setBusyRow] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const versionInput = useRef<HTMLInputElement>(null);
  const [versionOf, setVersionOf] = useState<DocumentRow | null>(null);
  const fileInputId = useId();

  const shareDocument = useShareDocument();
  const unshareDocument = useUnshareDocument();
  const shareFolder = useShareFolder();
  const unshareFolder = useUnshareFolder();

  const send = async (files: readonly File[], query: Record<string, string>) => {
    const items = files.map((file) => ({ file, item: { key: `${file.name}-${crypto.randomUUID()}`, name: file.name, progress: 0, state: 'sending' as const, message: null } }));
    setUploads((current) => [...items.map(({ item }) => item), ...current.filter((item) => item.state !== 'done')]);
    const update = (key: string, change: Partial<UploadItem>) => setUploads((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
    let stored = 0;
    // One at a time: each file gets the whole connection and its own progress bar.
    for (const { file, item } of items) {
      const refusal = refusalOf(file, rules);
      if (refusal) {
        update(item.key, { state: 'failed', message: refusal });
        continue;
      }
      const url = `/files/matters/${encodeURIComponent(matter.id)}/documents?${new URLSearchParams(query).toString()}`;
      const outcome = await uploadFile(url, file, (progress) => update(item.key, { progress }));
      if (outcome.ok) {
        stored += 1;
        update(item.key, { state: 'done', progress: 1, message: outcome.document.version > 1 ? `Version ${outcome.document.version} uploaded.` : 'Uploaded.' });
      } else {
        update(item.key, { state: 'failed', message: outcome.message });
      }
    }
    if (stored > 0) {
      onChanged();
      notify(stored === 1 ? 'One file was uploaded.' : `${stored} files were uploaded.`);
    }
  };

  const onFilesChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    const query: Record<string, string> = {};
    if (targetFolder) query.folderId = targetFolder;
    if (shareUploads && mayShare) query.share = 'true';
    void send(files, query);
  };

  const onVersionChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !versionOf) return;
    void send([file], { documentId: versionOf.id });
    setVersionOf(null);
  };

  const toggleDocument = async (document: DocumentRow) => {
    setRowError(null);
    setBusyRow(document.id);
    const input = { variables: { input: { documentId: document.id } } };
    if (document.sharedAt) {
      const outcome = await unshareDocument.run(input);
      if (!outcome.ok) setRowError(outcome.errors.map((e) => e.message).join(' '));
      else notify(`${document.name} is no longer shared.`);
    } else {
      const outcome = await shareDocument.run(input);
      if (!outcome.ok) setRowError(outcome.errors.map((e) => e.message).join(' '));
      else {
        setWithoutAccess(outcome.payload.portalsWithoutAccess);
        notify(`${document.name} is shared with the client.`);
      }
    }
    setBusyRow(null);
  };

  const toggleFolder = async (folder: FolderRow) => {
    setRowError(null);
    setBusyRow(folder.id);
    const input = { variables: { input: { folderId: folder.id } } };
    if (folder.sharedAt) {
      const outcome = await unshareFolder.run(input);
      if (!outcome.ok) setRowError(outcome.errors.map((e) => e.message).join(' '));
    } else {
      const outcome = await shareFolder.run(input);
      if (!outcome.ok) setRowError(outcome.errors.map((e) => e.message).join(' '));
      else setWithoutAccess(outcome.payload.portalsWithoutAccess);
    }
    setBusyRow(null);
  };

  return (
    <Section title="Documents" actions={<Button onClick={() => setEditing({ kind: 'new-folder' })}>New folder</Button>}>
      {withoutAccess.length > 0 ? (
        <Alert tone="warning" role="status" title="Shared, but no one can see it yet">
          {withoutAccess.map((contact) => (
            <p key={contact.id}>
              {contact.displayName} has no portal access yet; access will be granted when you invite them.{' '}
              <Button size="sm" variant="primary" onClick={() => setInviting(contact)}>
                Invite to portal<span className="visually-hidden"> ({contact.displayName})</span>
              </Button>
            </p>
          ))}
          <Button size="sm" variant="quiet" onClick={() => setWithoutAccess([])}>
            Dismiss
          </Button>
        </Alert>
      ) : null}

      <div className="form-grid">
        <SelectField label="Upload to" options={folderOptions} value={targetFolder} onChange={(event) => setTargetFolder(event.target.value)} />
        {mayShare ? (
          <CheckboxField label="Share the uploaded files with the client" checked={shareUploads} onChange={(event) => setShareUploads(event.target.checked)} />
        ) : null}
      </div>
      <p>
        {/* Opened by the button below, which keyboard and screen reader users reach like any other. */}
        <input ref={fileInput} id={fileInputId} type="file" multiple className="visually-hidden" onChange={onFilesChosen} tabIndex={-1} aria-hidden="true" aria-label="Files to upload" />
        <Button variant="primary" onClick={() => fileInput.current?.click()}>
          Upload files…
        </Button>{' '}
        <span className="muted">
          Up to {rules.uploadMaxMegabytes} MB each: {rules.allowedFileTypes.map((t) => `.${t}`).join(', ')}.
        </span>
      </p>
      <input ref={versionInput} type="file" className="visually-hidden" onChange={onVersionChosen} tabIndex={-1} aria-hidden="true" aria-label="New version to upload" />

      {uploads.length > 0 ? (
        <ul className="plain-list" aria-label="Uploads">
          {uploads.map((item) => (
            <li key={item.key}>
              <span className="nowrap">{item.name}</span>{' '}
              {item.state === 'sending' ? (
                <progress className="progress" max={1} value={item.progress} aria-label={`Uploading ${item.name}`}>
                  {Math.round(item.progress * 100)}%
                </progress>
              ) : item.state === 'done' ? (
                <Badge tone="success">{item.message ?? 'Uploaded.'}</Badge>
              ) : (
                <span className="field__error" role="alert">
                  {item.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      {rowError ? (
        <Alert tone="error" role="alert" title="That did not work">
          <p>{rowError}</p>
        </Alert>
      ) : null}

      {matter.folders.length > 0 ? (
        <DataTable caption={`Folders of ${matter.name}`}>
          <thead>
            <tr>
              <th scope="col">Folder</th>
              <th scope="col">Shared</th>
              <th scope="col">Kept from</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...matter.folders]
              .sort((a, b) => (paths.get(a.id) ?? '').localeCompare(paths.get(b.id) ?? ''))
              .map((folder) => (
                <tr key={folder.id}>
                  <td className="table__primary">{paths.get(folder.id)}</td>
                  <td>
                    <ShareSwitch label={folder.name} shared={Boolean(folder.sharedAt)} disabled={!mayShare} busy={busyRow === folder.id} onToggle={() => void toggleFolder(folder)} />
                  </td>
                  <td>{folder.deniedTo.length ? folder.deniedTo.map((m) => m.name).join(', ') : <span className="muted">No one</span>}</td>
                  <td className="table__actions">
                    <Menu
                      label="Actions"
                      accessibleLabel={`Actions for folder ${folder.name}`}
                      items={[
                        { key: 'rename', label: 'Rename', onSelect: () => setEditing({ kind: 'rename-folder', folder }) },
                        { key: 'move', label: 'Move…', onSelect: () => setEditing({ kind: 'move-folder', folder }) },
                        ...(mayShare ? [{ key: 'access', label: 'Who can see it…', onSelect: () => setEditing({ kind: 'access', item: { id: folder.id, name: folder.name, isFolder: true } }) }] : []),
                        { key: 'delete', label: 'Delete…', tone: 'danger' as const, onSelect: () => setEditing({ kind: 'delete-folder', folder }) },
                      ]}
                    />
                  </td>
                </tr>
              ))}
          </tbody>
        </DataTable>
      ) : null}

      {matter.documents.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">No documents yet.</p>
          <p className="muted">Files you or the client upload to this matter will appear here. Nothing is shown to the client until you share it.</p>
        </div>
      ) : (
        <DataTable caption={`Documents of ${matter.name}`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Folder</th>
              <th scope="col">Size</th>
              <th scope="col">Updated</th>
              <th scope="col">Shared</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {matter.documents.map((document) => (
              <tr key={document.id}>
                <td className="table__primary">
                  <a href={document.downloadUrl} download>
                    {document.name}
                    <span className="visually-hidden"> (download)</span>
                  </a>
                  <span className="table__sub">
                    Version {document.currentVersion}
                    {document.uploadedByClient ? ' · uploaded by the client' : ''}
                    {document.deniedTo.length ? ` · kept from ${document.deniedTo.map((m) => m.name).join(', ')}` : ''}
                  </span>
                </td>
                <td>{document.folderId ? paths.get(document.folderId) : <span className="muted">Top</span>}</td>
                <td className="nowrap">{formatSize(document.size)}</td>
                <td className="nowrap">{formatDate(document.versions[0]?.createdAt ?? document.updatedAt)}</td>
                <td>
                  <ShareSwitch label={document.name} shared={Boolean(document.sharedAt)} disabled={!mayShare} busy={busyRow === document.id} onToggle={() => void toggleDocument(document)} />
                </td>
                <td className="table__actions">
                  <Menu
                    label="Actions"
                    accessibleLabel={`Actions for ${document.name}`}
                    items={[
                      {
                        key: 'version',
                        label: 'Upload a new version…',
                        onSelect: () => {
                          setVersionOf(document);
                          versionInput.current?.click();
                        },
                      },
                      { key: 'versions', label: 'Versions…', onSelect: () => setEditing({ kind: 'versions', document }) },
                      { key: 'rename', label: 'Rename…', onSelect: () => setEditing({ kind: 'rename-document', document }) },
                      { key: 'move', label: 'Move…', onSelect: () => setEditing({ kind: 'move', document }) },
                      ...(mayShare ? [{ key: 'access', label: 'Who can see it…', onSelect: () => setEditing({ kind: 'access', item: { id: document.id, name: document.name, isFolder: false } }) }] : []),
                      { key: 'delete', label: 'Delete…', tone: 'danger' as const, onSelect: () => setEditing({ kind: 'delete', document }) },
                    ]}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <FolderDialog editing={editing} matterId={matter.id} folderOptions={folderOptions} onClose={() => setEditing(null)} onDone={notify} />
      <RenameDocumentDialog editing={editing} onClose={() => setEditing(null)} onDone={notify} />
      <MoveDialog editing={editing} folders={matter.folders} folderOptions={folderOptions} onClose={() => setEditing(null)} onDone={notify} />
      <AccessDialog editing={editing} members={matter.portalMembers} matter={matter} onClose={() => setEditing(null)} />
      <VersionsDialog editing={editing} onClose={() => setEditing(null)} />
      <DeleteDialog editing={editing} onClose={() => setEditing(null)} onDone={notify} />
      <InviteDialog
        open={inviting !== null}
        onClose={() => setInviting(null)}
        contactId={inviting?.id ?? ''}
        matterId={matter.id}
        onInvited={(message) => {
          setInviting(null);
          setWithoutAccess((current) => current.filter((contact) => contact.id !== inviting?.id));
          notify(message);
          onChanged();
        }}
      />
    </Section>
  );
}

/** A two-state button saying whether the item is shared; pressing it changes that. */
function ShareSwitch({ label, shared, disabled, busy, onToggle }: { label: string; shared: boolean; disabled: boolean; busy: boolean; onToggle: () => void }) {
  if (disabled) return shared ? <Badge tone="success">Shared</Badge> : <Badge tone="muted">Not shared</Badge>;
  return (
    <Button size="sm" variant={shared ? 'secondary' : 'quiet'} aria-pressed={shared} busy={busy} busyLabel="Saving…" onClick={onToggle}>
      {shared ? 'Shared' : 'Not shared'}
      <span className="visually-hidden">: {label}</span>
    </Button>
  );
}

function messages(errors: readonly FormError[]) {
  return sortErrors(errors, (path) => (path[0] === 'name' ? 'name' : null));
}

function FolderDialog({ editing, matterId, folderOptions, onClose, onDone }: { editing: Editing | null; matterId: string; folderOptions: { value: string; label: string }[]; onClose: () => void; onDone: (message: string) => void }) {
  const open = editing?.kind === 'new-folder' || editing?.kind === 'rename-folder';
  const folder = editing?.kind === 'rename-folder' ? editing.folder : null;
  return (
    <Dialog open={open} onClose={onClose} title={folder ? `Rename ${folder.name}` : 'New folder'}>
      <FolderForm key={folder?.id ?? 'new'} folder={folder} matterId={matterId} folderOptions={folderOptions} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function FolderForm({ folder, matterId, folderOptions, onClose, onDone }: { folder: FolderRow | null; matterId: string; folderOptions: { value: string; label: string }[]; onClose: () => void; onDone: (message: string) => void }) {
  const [name, setName] = useState(folder?.name ?? '');
  const [parentId, setParentId] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useCreateFolder();
  const rename = useRenameFolder();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = folder
      ? await rename.run({ variables: { input: { folderId: folder.id, name } } })
      : await create.run({ variables: { input: { matterId, name, parentId: parentId || null } } });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    onDone(folder ? `The folder is now called ${name.trim()}.` : `Folder ${name.trim()} was made.`);
    onClose();
  };
  const sorted = messages(errors);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert errors={sorted} />
      <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} error={sorted.fields.get('name')} required data-autofocus />
      {folder ? null : <SelectField label="Inside" options={folderOptions} value={parentId} onChange={(event) => setParentId(event.target.value)} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.loading || rename.loading} busyLabel="Saving…">
          {folder ? 'Rename' : 'Make folder'}
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}

function RenameDocumentDialog({ editing, onClose, onDone }: { editing: Editing | null; onClose: () => void; onDone: (message: string) => void }) {
  const document = editing?.kind === 'rename-document' ? editing.document : null;
  return (
    <Dialog open={document !== null} onClose={onClose} title={document ? `Rename ${document.name}` : 'Rename'}>
      {document ? <RenameDocumentForm key={document.id} document={document} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function RenameDocumentForm({ document, onClose, onDone }: { document: DocumentRow; onClose: () => void; onDone: (message: string) => void }) {
  const [name, setName] = useState(document.name);
  const [errors, setErrors] = useState<FormError[]>([]);
  const rename = useRenameDocument();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await rename.run({ variables: { input: { documentId: document.id, name } } });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    onDone(`The document is now called ${name.trim()}.`);
    onClose();
  };
  const sorted = messages(errors);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert errors={sorted} />
      <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} error={sorted.fields.get('name')} required data-autofocus />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={rename.loading} busyLabel="Saving…">
          Rename
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}

/** The folders a folder may move into: any of its matter's but itself and those inside it. */
function placesFor(folder: FolderRow, folders: readonly FolderRow[], folderOptions: { value: string; label: string }[]) {
  const inside = new Set([folder.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const other of folders) {
      if (other.parentId && inside.has(other.parentId) && !inside.has(other.id)) {
        inside.add(other.id);
        grew = true;
      }
    }
  }
  return folderOptions.filter((option) => !inside.has(option.value));
}

function MoveDialog({
  editing,
  folders,
  folderOptions,
  onClose,
  onDone,
}: {
  editing: Editing | null;
  folders: readonly FolderRow[];
  folderOptions: { value: string; label: string }[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const document = editing?.kind === 'move' ? editing.document : null;
  const folder = editing?.kind === 'move-folder' ? editing.folder : null;
  const item = document ?? folder;
  return (
    <Dialog open={item !== null} onClose={onClose} title={item ? `Move ${item.name}` : 'Move'}>
      {document ? <MoveForm key={document.id} item={{ kind: 'document', document }} folderOptions={folderOptions} onClose={onClose} onDone={onDone} /> : null}
      {folder ? <MoveForm key={folder.id} item={{ kind: 'folder', folder }} folderOptions={placesFor(folder, folders, folderOptions)} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function MoveForm({
  item,
  folderOptions,
  onClose,
  onDone,
}: {
  item: { kind: 'document'; document: DocumentRow } | { kind: 'folder'; folder: FolderRow };
  folderOptions: { value: string; label: string }[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [target, setTarget] = useState((item.kind === 'document' ? item.document.folderId : item.folder.parentId) ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const moveDocument = useMoveDocument();
  const moveFolder = useMoveFolder();
  const name = item.kind === 'document' ? item.document.name : item.folder.name;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome =
      item.kind === 'document'
        ? await moveDocument.run({ variables: { input: { documentId: item.document.id, folderId: target || null } } })
        : await moveFolder.run({ variables: { input: { folderId: item.folder.id, parentId: target || null } } });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    onDone(`${name} was moved.`);
    onClose();
  };
  const sorted = sortErrors(errors, (path) => (path[0] === 'folderId' || path[0] === 'parentId' ? 'target' : null));
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert errors={sorted} />
      <SelectField
        label={item.kind === 'document' ? 'Folder' : 'Put it in'}
        options={folderOptions}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
        error={sorted.fields.get('target')}
        data-autofocus
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={moveDocument.loading || moveFolder.loading} busyLabel="Moving…">
          Move
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}

/** S3: who among the portal members may see one folder or document. */
function AccessDialog({ editing, members, matter, onClose }: { editing: Editing | null; members: readonly Member[]; matter: MatterData; onClose: () => void }) {
  const item = editing?.kind === 'access' ? editing.item : null;
  const deny = useDenyToMember();
  const allow = useAllowToMember();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const denied = new Set(
    (item ? (item.isFolder ? matter.folders.find((f) => f.id === item.id)?.deniedTo : matter.documents.find((d) => d.id === item.id)?.deniedTo) ?? [] : []).map((member) => member.id),
  );
  const toggle = async (member: Member, canSee: boolean) => {
    if (!item) return;
    setError(null);
    setBusy(member.id);
    const input = { memberId: member.id, ...(item.isFolder ? { folderId: item.id } : { documentId: item.id }) };
    const outcome = canSee ? await allow.run({ variables: { input } }) : await deny.run({ variables: { input } });
    if (!outcome.ok) setError(outcome.errors.map((e) => e.message).join(' '));
    setBusy(null);
  };
  return (
    <Dialog
      open={item !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={item ? `Who can see ${item.name}` : 'Who can see it'}
      description={item?.isFolder ? 'A member who cannot see a folder sees nothing inside it either.' : 'Only members of portals this matter is shared with are listed.'}
    >
      {error ? (
        <Alert tone="error" role="alert" title="That did not work">
          <p>{error}</p>
        </Alert>
      ) : null}
      {members.length === 0 ? (
        <p className="muted">This matter is not shared with any portal member yet. Invite the client to the portal first.</p>
      ) : (
        <fieldset className="fieldset">
          <legend>Can see it when it is shared</legend>
          {members.map((member) => (
            <CheckboxField
              key={member.id}
              label={member.name}
              hint={member.status === 'PENDING' ? `${member.email} (invited)` : member.email}
              checked={!denied.has(member.id)}
              disabled={busy === member.id}
              onChange={(event) => void toggle(member, event.target.checked)}
            />
          ))}
        </fieldset>
      )}
      <div className="form-actions">
        <Button onClick={onClose}>Done</Button>
      </div>
    </Dialog>
  );
}

function VersionsDialog({ editing, onClose }: { editing: Editing | null; onClose: () => void }) {
  const document = editing?.kind === 'versions' ? editing.document : null;
  return (
    <Dialog open={document !== null} onClose={onClose} title={document ? `Versions of ${document.name}` : 'Versions'}>
      {document ? (
        <DataTable caption={`Versions of ${document.name}`}>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">File</th>
              <th scope="col">Size</th>
              <th scope="col">Uploaded</th>
            </tr>
          </thead>
          <tbody>
            {document.versions.map((version) => (
              <tr key={version.id}>
                <td>{version.number}</td>
                <td>
                  <a href={version.downloadUrl} download>
                    {version.fileName}
                    <span className="visually-hidden"> (download version {version.number})</span>
                  </a>
                </td>
                <td className="nowrap">{formatSize(version.size)}</td>
                <td>
                  {formatDate(version.createdAt)} · {version.uploadedByName}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <div className="form-actions">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}

function DeleteDialog({ editing, onClose, onDone }: { editing: Editing | null; onClose: () => void; onDone: (message: string) => void }) {
  const document = editing?.kind === 'delete' ? editing.document : null;
  const folder = editing?.kind === 'delete-folder' ? editing.folder : null;
  const item = document ?? folder;
  const removeDocument = useDeleteDocument();
  const removeFolder = useDeleteFolder();
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      open={item !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={item ? `Delete ${item.name}?` : 'Delete?'}
      confirmLabel="Delete"
      busyLabel="Deleting…"
      busy={removeDocument.loading || removeFolder.loading}
      error={error}
      onConfirm={() => {
        if (!item) return;
        const removal = document
          ? removeDocument.run({ variables: { input: { documentId: document.id } } })
          : removeFolder.run({ variables: { input: { folderId: item.id } } });
        void removal.then((outcome) => {
          if (!outcome.ok) {
            setError(outcome.errors.map((e) => e.message).join(' '));
            return;
          }
          setError(null);
          onDone(`${item.name} was deleted.`);
          onClose();
        });
      }}
    >
      {item?.sharedAt ? 'The client will no longer see it. ' : ''}
      {document ? 'It disappears from this matter; the firm keeps its record.' : 'Only an empty folder can be deleted: move or delete what is in it first.'}
    </ConfirmDialog>
  );
}
