import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useId, useState } from 'react';
import { describeRequestError } from '../../app/requestErrors';
import type { ResultOf } from '../../app/operations';
import { SectionPage } from '../../app/SectionPage';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useSessionEnded } from '../auth/useSessionEnded';
import { useFirm } from '../firm/FirmContext';
import type { ClientPortal } from '../home/portals';
import { SharedNotes } from '../notes/SharedNotes';
import { ReadOnlyNote } from '../viewing/ViewingContext';
import { formatDay } from '../../ui/format';
import { formatDateTime } from './dates';
import './items.css';

const TodosPage_Todos = graphql(`
  query TodosPage_Todos {
    myPortals {
      id
      tasks {
        ...TodosPage_todo
      }
    }
  }
`);

export const TodosPage_todoFragment = graphql(`
  fragment TodosPage_todo on PortalTodo {
    id
    title
    description
    dueDate
    overdue
    done
    completedAt
    completedByName
    matter {
      id
      name
      number
    }
  }
`);

const TodosPage_Complete = graphql(`
  mutation TodosPage_Complete($input: PortalTaskInput!) {
    completeTask(input: $input) {
      todo {
        ...TodosPage_todo
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

const TodosPage_Reopen = graphql(`
  mutation TodosPage_Reopen($input: PortalTaskInput!) {
    reopenTask(input: $input) {
      todo {
        ...TodosPage_todo
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

type Todo = ResultOf<typeof TodosPage_todoFragment>;

/** The client's to-dos: tasks the firm asks of them (S5), and what the firm shares about their matters. */
export function TodosPage() {
  return (
    <SectionPage title="To-dos">
      {(portal) => (
        <>
          <TodoList portal={portal} />
          <SharedNotes portalId={portal.id} />
        </>
      )}
    </SectionPage>
  );
}

function TodoList({ portal }: { portal: ClientPortal }) {
  const firm = useFirm();
  const id = useId();
  const sessionEnded = useSessionEnded();
  // Fresh on every visit: the firm may have asked something new since.
  const { data, error, refetch } = useQuery(TodosPage_Todos, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);
  const todos = data?.myPortals.find((p) => p.id === portal.id)?.tasks;

  if (!todos) {
    return error ? (
      <Alert title="Your to-dos could not be loaded">
        {describeRequestError(error)}{' '}
        <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </Button>
      </Alert>
    ) : (
      <Loading label="Loading your to-dos…" />
    );
  }

  const open = todos.filter((todo) => !todo.done);
  const done = todos.filter((todo) => todo.done);
  const overdue = open.filter((todo) => todo.overdue).length;

  return (
    <>
      {portal.readOnly ? <ReadOnlyNote what="Marking to-dos done" /> : null}
      <section className="item-group" aria-labelledby={`${id}-open`}>
        <h2 id={`${id}-open`}>To do</h2>
        {open.length === 0 ? (
          <p className="muted">Nothing to do at the moment. When {firm.name} asks you to do something, such as sending a document, it appears here with its due date.</p>
        ) : (
          <>
            <p className="muted">
              {open.length === 1 ? 'One thing to do' : `${open.length} things to do`}
              {overdue > 0 ? `, ${overdue} overdue` : ''}.
            </p>
            <ul className="items" aria-labelledby={`${id}-open`}>
              {open.map((todo) => (
                <TodoItem key={todo.id} todo={todo} portal={portal} />
              ))}
            </ul>
          </>
        )}
      </section>
      {done.length > 0 ? (
        <section className="item-group" aria-labelledby={`${id}-done`}>
          <h2 id={`${id}-done`}>Done</h2>
          <ul className="items" aria-labelledby={`${id}-done`}>
            {done.map((todo) => (
              <TodoItem key={todo.id} todo={todo} portal={portal} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function TodoItem({ todo, portal }: { todo: Todo; portal: ClientPortal }) {
  const sessionEnded = useSessionEnded();
  const [complete, { loading: completing }] = useMutation(TodosPage_Complete, { refetchQueries: ['TodosPage_Todos'] });
  const [reopen, { loading: reopening }] = useMutation(TodosPage_Reopen, { refetchQueries: ['TodosPage_Todos'] });
  const [failure, setFailure] = useState<string | null>(null);

  async function toggle() {
    if (completing || reopening) return;
    setFailure(null);
    const input = { portalId: portal.id, taskId: todo.id };
    try {
      const payload = todo.done ? (await reopen({ variables: { input } })).data?.reopenTask : (await complete({ variables: { input } })).data?.completeTask;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length > 0) setFailure(payload.errors.map((e) => e.message).join(' '));
    } catch (error) {
      if (!sessionEnded(error)) setFailure(describeRequestError(error));
    }
  }

  const classes = ['item', todo.overdue ? 'item--overdue' : null, todo.done ? 'item--done' : null].filter(Boolean).join(' ');
  return (
    <li className={classes}>
      <div className="item__row">
        <p className="item__title">{todo.title}</p>
        {todo.overdue ? <span className="badge badge--overdue">Overdue</span> : todo.done ? <span className="badge badge--done">Done</span> : null}
      </div>
      <p className="item__meta">
        {todo.matter.number} · {todo.matter.name}
      </p>
      {todo.description ? <p className="item__text">{todo.description}</p> : null}
      {todo.dueDate ? (
        <p className={todo.overdue ? 'field__error' : 'item__meta'}>{todo.overdue ? `Overdue: it was due on ${formatDay(todo.dueDate)}.` : `Due by ${formatDay(todo.dueDate)}`}</p>
      ) : null}
      {todo.done && todo.completedAt ? (
        <p className="item__meta">
          Done by {todo.completedByName ?? 'someone'} on {formatDateTime(todo.completedAt)}
        </p>
      ) : null}
      {failure ? <Alert title={todo.done ? 'This to-do could not be opened again' : 'This to-do could not be marked done'}>{failure}</Alert> : null}
      {portal.readOnly ? null : (
        <div>
          <Button variant={todo.done ? 'secondary' : 'primary'} busy={completing || reopening} busyLabel="Saving…" onClick={() => void toggle()}>
            {todo.done ? 'Undo' : 'Mark as done'}
            <span className="visually-hidden">: {todo.title}</span>
          </Button>
        </div>
      )}
    </li>
  );
}
