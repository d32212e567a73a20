import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';

/** What the notes tab shows of a note; every note mutation answers with it. */
export const MatterNotes_noteFragment = graphql(`
  fragment MatterNotes_note on Note {
    id
    title
    body
    shared
    sharedByName
    createdByName
    updatedAt
  }
`);

/** What the notes tab shows of a custom field; every field mutation answers with it. */
export const MatterNotes_customFieldFragment = graphql(`
  fragment MatterNotes_customField on CustomField {
    id
    label
    value
    shared
    sharedByName
  }
`);


const MatterNotes_CreateNoteMutation = graphql(`
  mutation MatterNotes_CreateNote($input: CreateNoteInput!) {
    createNote(input: $input) {
      errors {
        code
        message
        field
      }
      note {
        ...MatterNotes_note
      }
    }
  }
`);

const MatterNotes_UpdateNoteMutation = graphql(`
  mutation MatterNotes_UpdateNote($input: UpdateNoteInput!) {
    updateNote(input: $input) {
      errors {
        code
        message
        field
      }
      note {
        ...MatterNotes_note
      }
    }
  }
`);

const MatterNotes_DeleteNoteMutation = graphql(`
  mutation MatterNotes_DeleteNote($input: NoteIdInput!) {
    deleteNote(input: $input) {
      errors {
        code
        message
        field
      }
      deletedId
    }
  }
`);

const MatterNotes_SetNoteSharedMutation = graphql(`
  mutation MatterNotes_SetNoteShared($input: SetNoteSharedInput!) {
    setNoteShared(input: $input) {
      errors {
        code
        message
        field
      }
      note {
        ...MatterNotes_note
      }
    }
  }
`);

const MatterNotes_CreateCustomFieldMutation = graphql(`
  mutation MatterNotes_CreateCustomField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      errors {
        code
        message
        field
      }
      customField {
        ...MatterNotes_customField
      }
    }
  }
`);

const MatterNotes_UpdateCustomFieldMutation = graphql(`
  mutation MatterNotes_UpdateCustomField($input: UpdateCustomFieldInput!) {
    updateCustomField(input: $input) {
      errors {
        code
        message
        field
      }
      customField {
        ...MatterNotes_customField
      }
    }
  }
`);

const MatterNotes_DeleteCustomFieldMutation = graphql(`
  mutation MatterNotes_DeleteCustomField($input: CustomFieldIdInput!) {
    deleteCustomField(input: $input) {
      errors {
        code
        message
        field
      }
      deletedId
    }
  }
`);

const MatterNotes_SetCustomFieldSharedMutation = graphql(`
  mutation MatterNotes_SetCustomFieldShared($input: SetCustomFieldSharedInput!) {
    setCustomFieldShared(input: $input) {
      errors {
        code
        message
        field
      }
      customField {
        ...MatterNotes_customField
      }
    }
  }
`);

export type CreateNoteInput = VariablesOf<typeof MatterNotes_CreateNoteMutation>['input'];
export type UpdateNoteInput = VariablesOf<typeof MatterNotes_UpdateNoteMutation>['input'];
export type CreateCustomFieldInput = VariablesOf<typeof MatterNotes_CreateCustomFieldMutation>['input'];
export type UpdateCustomFieldInput = VariablesOf<typeof MatterNotes_UpdateCustomFieldMutation>['input'];

const refetchOnSuccess = (payload: { errors: readonly unknown[] } | null | undefined) => (succeeded(payload) ? ['MatterNotes_Items'] : []);

/** Adds a note; the matter's lists refetch. */
export function useCreateNote() {
  const { run, loading } = usePayloadMutation(MatterNotes_CreateNoteMutation, 'createNote', { refetchQueries: ({ data }) => refetchOnSuccess(data?.createNote), awaitRefetchQueries: true });
  const createNote = useCallback((input: CreateNoteInput) => run({ variables: { input } }), [run]);
  return { createNote, loading };
}

/** Changes a note; the note updates in the cache from the payload, the order refetches. */
export function useUpdateNote() {
  const { run, loading } = usePayloadMutation(MatterNotes_UpdateNoteMutation, 'updateNote', { refetchQueries: ({ data }) => refetchOnSuccess(data?.updateNote) });
  const updateNote = useCallback((input: UpdateNoteInput) => run({ variables: { input } }), [run]);
  return { updateNote, loading };
}

/** Deletes a note and drops it from the cache. */
export function useDeleteNote() {
  const { run, loading } = usePayloadMutation(MatterNotes_DeleteNoteMutation, 'deleteNote', {
    update(cache, { data }) {
      const id = data?.deleteNote.deletedId;
      if (succeeded(data?.deleteNote) && id) {
        cache.evict({ id: cache.identify({ __typename: 'Note', id }) });
        cache.gc();
      }
    },
  });
  const deleteNote = useCallback((noteId: string) => run({ variables: { input: { noteId } } }), [run]);
  return { deleteNote, loading };
}

/** Shares a note or stops sharing it. */
export function useSetNoteShared() {
  const { run } = usePayloadMutation(MatterNotes_SetNoteSharedMutation, 'setNoteShared');
  return useCallback((noteId: string, shared: boolean) => run({ variables: { input: { noteId, shared } } }), [run]);
}

/** Adds a custom field; the matter's lists refetch. */
export function useCreateCustomField() {
  const { run, loading } = usePayloadMutation(MatterNotes_CreateCustomFieldMutation, 'createCustomField', {
    refetchQueries: ({ data }) => refetchOnSuccess(data?.createCustomField),
    awaitRefetchQueries: true,
  });
  const createCustomField = useCallback((input: CreateCustomFieldInput) => run({ variables: { input } }), [run]);
  return { createCustomField, loading };
}

/** Changes a custom field; it updates in the cache from the payload, the order refetches. */
export function useUpdateCustomField() {
  const { run, loading } = usePayloadMutation(MatterNotes_UpdateCustomFieldMutation, 'updateCustomField', { refetchQueries: ({ data }) => refetchOnSuccess(data?.updateCustomField) });
  const updateCustomField = useCallback((input: UpdateCustomFieldInput) => run({ variables: { input } }), [run]);
  return { updateCustomField, loading };
}

/** Deletes a custom field and drops it from the cache. */
export function useDeleteCustomField() {
  const { run, loading } = usePayloadMutation(MatterNotes_DeleteCustomFieldMutation, 'deleteCustomField', {
    update(cache, { data }) {
      const id = data?.deleteCustomField.deletedId;
      if (succeeded(data?.deleteCustomField) && id) {
        cache.evict({ id: cache.identify({ __typename: 'CustomField', id }) });
        cache.gc();
      }
    },
  });
  const deleteCustomField = useCallback((customFieldId: string) => run({ variables: { input: { customFieldId } } }), [run]);
  return { deleteCustomField, loading };
}

/** Shares a custom field or stops sharing it. */
export function useSetCustomFieldShared() {
  const { run } = usePayloadMutation(MatterNotes_SetCustomFieldSharedMutation, 'setCustomFieldShared');
  return useCallback((customFieldId: string, shared: boolean) => run({ variables: { input: { customFieldId, shared } } }), [run]);
}
