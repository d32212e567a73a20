import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNotice } from '../../app/notice';
import { formatDateTime } from '../../lib/format';
import { Alert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Badge, Loading } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { ShareSwitch, formatDay } from './ShareSwitch';
import { TaskDialog, type EditableTask } from './TaskDialog';
import { useDeleteTask, useSetTaskDone, useSetTaskShared } from './useTaskMutations';

const MatterTasks_TasksQuery = graphql(`
  query MatterTasks_Tasks($id: ID!) {
    matter(id: $id) {
      id
      taskPortals {
        id
        name
      }
      tasks {
        ...MatterTasks_task
      }
    }
  }
`);

/** To-dos on a matter, as staff see and share them (S2, S5). */
export function MatterTasks({ matterId }: { matterId: string }) {
  const { notify } = useNotice();
  // Asked afresh on each visit to the tab: clients mark to-dos done in the meantime.
  const { data, previousData, loading, error, refetch } = useQuery(MatterTasks_TasksQuery, { variables: { id: matterId }, fetchPolicy: 'cache-and-network' });
  const { setTaskShared } = useSetTaskShared();
  const { setTaskDone } = useSetTaskDone();
  const { deleteTask, loading: deleting } = useDeleteTask();
  const [editing, setEditing] = useState<EditableTask | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [removing, setRemoving] = useState<{ id: string; title: string } | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [busyRow, setBusyRow] = useState<string | null>(null);
  const shown = data ?? previousData;
  const tasks = shown?.matter?.tasks ?? [];

  const openNew = () => {
    setEditing(null);
    setDialogOpen(true);
  };

  const toggleDone = async (task: { id: string; title: string; done: boolean }) => {
    setRowError(null);
    setBusyRow(task.id);
    const outcome = await setTaskDone(task.id, !task.done);
    setBusyRow(null);
    if (outcome.ok) notify(task.done ? `“${task.title}” is open again.` : `“${task.title}” is marked done.`);
    else setRowError(outcome.errors.map((e) => e.message).join(' '));
  };

  const confirmDelete = async () => {
    if (!removing) return;
    setDeleteError(null);
    const outcome = await deleteTask(removing.id);
    if (outcome.ok) {
      notify(`The to-do “${removing.title}” was deleted.`);
      setRemoving(null);
    } else {
      setDeleteError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  return (
    <div>
      <div className="section__header">
        <h2 className="section__title">To-dos</h2>
        <div className="section__actions">
          <Button variant="primary" onClick={openNew}>
            Add to-do
          </Button>
        </div>
      </div>
      <p className="muted">Clients see a to-do only once it is shared, in the portals this matter is shared with. They can mark it done; you see who did it and when.</p>
      {rowError ? (
        <Alert tone="error" role="alert" title="The to-do could not be changed">
          <p>{rowError}</p>
        </Alert>
      ) : null}
      {!shown && loading ? <Loading>Loading to-dos…</Loading> : null}
      {!shown && error ? <LoadErrorAlert title="The to-dos could not be loaded" error={error} onRetry={refetch} /> : null}
      {shown && tasks.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">No to-dos yet.</p>
          <p className="muted">Things you ask the client to do on this matter appear here, with their due dates and who did them.</p>
        </div>
      ) : null}
      {tasks.length > 0 ? (
        <DataTable caption="To-dos on this matter">
          <thead>
            <tr>
              <th scope="col">To-do</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Shared with client</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                <td>
                  <span className="table__primary">{task.title}</span>
                  {task.description ? <span className="table__sub pre-line">{task.description}</span> : null}
                  {task.portalName ? <span className="table__sub">Asked of {task.portalName} only</span> : null}
                </td>
                <td className="nowrap">
                  {task.dueDate ? formatDay(task.dueDate) : <span className="muted">No due date</span>}
                  {task.overdue ? (
                    <>
                      {' '}
                      <Badge tone="danger">Overdue</Badge>
                    </>
                  ) : null}
                </td>
                <td>
                  {task.done ? (
                    <>
                      <Badge tone="success">Done</Badge>
                      <span className="table__sub">
                        by {task.completedByName}
                        {task.completedByClient ? ' (client)' : ''} on {formatDateTime(task.completedAt)}
                      </span>
                    </>
                  ) : (
                    <Badge tone="neutral">Open</Badge>
                  )}
                </td>
                <td>
                  <ShareSwitch shared={task.shared} itemLabel={`the to-do ${task.title}`} onChange={(shared) => setTaskShared(task.id, shared)} />
                  {task.shared && task.sharedByName ? <span className="table__sub">by {task.sharedByName}</span> : null}
                </td>
                <td className="table__actions">
                  <Button size="sm" onClick={() => void toggleDone(task)} busy={busyRow === task.id} busyLabel="Saving…">
                    {task.done ? 'Reopen' : 'Mark done'}
                    <span className="visually-hidden">: {task.title}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="quiet"
                    onClick={() => {
                      setEditing(task);
                      setDialogOpen(true);
                    }}
                  >
                    Edit<span className="visually-hidden"> {task.title}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="quiet"
                    onClick={() => {
                      setDeleteError(null);
                      setRemoving({ id: task.id, title: task.title });
                    }}
                  >
                    Delete<span className="visually-hidden"> {task.title}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <TaskDialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        matterId={matterId}
        task={editing}
        portals={shown?.matter?.taskPortals ?? []}
        onSaved={(title) => {
          setDialogOpen(false);
          notify(editing ? `The to-do “${title}” was saved.` : `The to-do “${title}” was added. Share it when the client should see it.`);
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="Delete this to-do?"
        confirmLabel="Delete to-do"
        busyLabel="Deleting…"
        busy={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
      >
        <p>“{removing?.title}” will disappear for staff and for the client.</p>
      </ConfirmDialog>
    </div>
  );
}
