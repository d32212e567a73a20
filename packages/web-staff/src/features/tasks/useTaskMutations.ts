import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';

/** What the to-do tab shows of a to-do; every mutation answers with it, so rows update in place. */
export const MatterTasks_taskFragment = graphql(`
  fragment MatterTasks_task on Task {
    id
    title
    description
    dueDate
    done
    overdue
    shared
    sharedAt
    sharedByName
    completedAt
    completedByName
    completedByClient
    portalId
    portalName
    createdByName
  }
`);

const MatterTasks_CreateTaskMutation = graphql(`
  mutation MatterTasks_CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      errors {
        code
        message
        field
      }
      task {
        ...MatterTasks_task
      }
    }
  }
`);

const MatterTasks_UpdateTaskMutation = graphql(`
  mutation MatterTasks_UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      errors {
        code
        message
        field
      }
      task {
        ...MatterTasks_task
      }
    }
  }
`);

const MatterTasks_DeleteTaskMutation = graphql(`
  mutation MatterTasks_DeleteTask($input: TaskIdInput!) {
    deleteTask(input: $input) {
      errors {
        code
        message
        field
      }
      deletedId
    }
  }
`);

const MatterTasks_SetTaskSharedMutation = graphql(`
  mutation MatterTasks_SetTaskShared($input: SetTaskSharedInput!) {
    setTaskShared(input: $input) {
      errors {
        code
        message
        field
      }
      task {
        ...MatterTasks_task
      }
    }
  }
`);

const MatterTasks_SetTaskDoneMutation = graphql(`
  mutation MatterTasks_SetTaskDone($input: SetTaskDoneInput!) {
    setTaskDone(input: $input) {
      errors {
        code
        message
        field
      }
      task {
        ...MatterTasks_task
      }
    }
  }
`);

export type CreateTaskInput = VariablesOf<typeof MatterTasks_CreateTaskMutation>['input'];
export type UpdateTaskInput = VariablesOf<typeof MatterTasks_UpdateTaskMutation>['input'];

/** Adds a to-do; the matter's list refetches so it takes its place in the order. */
export function useCreateTask() {
  const { run, loading } = usePayloadMutation(MatterTasks_CreateTaskMutation, 'createTask', {
    refetchQueries: ({ data }) => (succeeded(data?.createTask) ? ['MatterTasks_Tasks'] : []),
    awaitRefetchQueries: true,
  });
  const createTask = useCallback((input: CreateTaskInput) => run({ variables: { input } }), [run]);
  return { createTask, loading };
}

/** Changes a to-do; the row updates from the payload, the list refetches for the order. */
export function useUpdateTask() {
  const { run, loading } = usePayloadMutation(MatterTasks_UpdateTaskMutation, 'updateTask', {
    refetchQueries: ({ data }) => (succeeded(data?.updateTask) ? ['MatterTasks_Tasks'] : []),
  });
  const updateTask = useCallback((input: UpdateTaskInput) => run({ variables: { input } }), [run]);
  return { updateTask, loading };
}

/** Deletes a to-do and drops it from the cache. */
export function useDeleteTask() {
  const { run, loading } = usePayloadMutation(MatterTasks_DeleteTaskMutation, 'deleteTask', {
    update(cache, { data }) {
      const id = data?.deleteTask.deletedId;
      if (succeeded(data?.deleteTask) && id) {
        cache.evict({ id: cache.identify({ __typename: 'Task', id }) });
        cache.gc();
      }
    },
  });
  const deleteTask = useCallback((taskId: string) => run({ variables: { input: { taskId } } }), [run]);
  return { deleteTask, loading };
}

/** Shares a to-do with the client or stops sharing it; the row updates from the payload. */
export function useSetTaskShared() {
  const { run, loading } = usePayloadMutation(MatterTasks_SetTaskSharedMutation, 'setTaskShared');
  const setTaskShared = useCallback((taskId: string, shared: boolean) => run({ variables: { input: { taskId, shared } } }), [run]);
  return { setTaskShared, loading };
}

/** Marks a to-do done or open; the list refetches (done ones move down). */
export function useSetTaskDone() {
  const { run, loading } = usePayloadMutation(MatterTasks_SetTaskDoneMutation, 'setTaskDone', {
    refetchQueries: ({ data }) => (succeeded(data?.setTaskDone) ? ['MatterTasks_Tasks'] : []),
  });
  const setTaskDone = useCallback((taskId: string, done: boolean) => run({ variables: { input: { taskId, done } } }), [run]);
  return { setTaskDone, loading };
}
