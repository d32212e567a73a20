import { graphql } from '@atrium/schema/staff';
import { usePayloadMutation } from '../../lib/mutation';

// Every change re-reads the matter's documents: folders, sharing and denials affect many rows at once.
const refetch = { refetchQueries: ['MatterDocuments_Matter'], awaitRefetchQueries: true };

const MatterDocuments_CreateFolderMutation = graphql(`
  mutation MatterDocuments_CreateFolder($input: CreateFolderInput!) {
    createFolder(input: $input) {
      errors {
        code
        message
        field
      }
      folder {
        id
      }
    }
  }
`);

const MatterDocuments_RenameFolderMutation = graphql(`
  mutation MatterDocuments_RenameFolder($input: RenameFolderInput!) {
    renameFolder(input: $input) {
      errors {
        code
        message
        field
      }
      folder {
        id
        name
      }
    }
  }
`);

const MatterDocuments_RenameDocumentMutation = graphql(`
  mutation MatterDocuments_RenameDocument($input: RenameDocumentInput!) {
    renameDocument(input: $input) {
      errors {
        code
        message
        field
      }
      document {
        id
        name
      }
    }
  }
`);

const MatterDocuments_MoveDocumentMutation = graphql(`
  mutation MatterDocuments_MoveDocument($input: MoveDocumentInput!) {
    moveDocument(input: $input) {
      errors {
        code
        message
        field
      }
      document {
        id
        folderId
      }
    }
  }
`);

const MatterDocuments_MoveFolderMutation = graphql(`
  mutation MatterDocuments_MoveFolder($input: MoveFolderInput!) {
    moveFolder(input: $input) {
      errors {
        code
        message
        field
      }
      folder {
        id
        parentId
      }
    }
  }
`);

const MatterDocuments_DeleteDocumentMutation = graphql(`
  mutation MatterDocuments_DeleteDocument($input: DocumentIdInput!) {
    deleteDocument(input: $input) {
      errors {
        code
        message
        field
      }
      document {
        id
      }
    }
  }
`);

const MatterDocuments_DeleteFolderMutation = graphql(`
  mutation MatterDocuments_DeleteFolder($input: FolderIdInput!) {
    deleteFolder(input: $input) {
      errors {
        code
        message
        field
      }
      deletedFolderId
    }
  }
`);

const MatterDocuments_ShareDocumentMutation = graphql(`
  mutation MatterDocuments_ShareDocument($input: DocumentIdInput!) {
    shareDocument(input: $input) {
      errors {
        code
        message
        field
      }
      document {
        id
        sharedAt
      }
      portalsWithoutAccess {
        id
        displayName
      }
    }
  }
`);

const MatterDocuments_UnshareDocumentMutation = graphql(`
  mutation MatterDocuments_UnshareDocument($input: DocumentIdInput!) {
    unshareDocument(input: $input) {
      errors {
        code
        message
        field
      }
      document {
        id
        sharedAt
      }
    }
  }
`);

const MatterDocuments_ShareFolderMutation = graphql(`
  mutation MatterDocuments_ShareFolder($input: FolderIdInput!) {
    shareFolder(input: $input) {
      errors {
        code
        message
        field
      }
      folder {
        id
        sharedAt
      }
      portalsWithoutAccess {
        id
        displayName
      }
    }
  }
`);

const MatterDocuments_UnshareFolderMutation = graphql(`
  mutation MatterDocuments_UnshareFolder($input: FolderIdInput!) {
    unshareFolder(input: $input) {
      errors {
        code
        message
        field
      }
      folder {
        id
        sharedAt
      }
    }
  }
`);

const MatterDocuments_DenyToMemberMutation = graphql(`
  mutation MatterDocuments_DenyToMember($input: MemberDenialInput!) {
    denyToMember(input: $input) {
      errors {
        code
        message
        field
      }
      document {
        id
      }
      folder {
        id
      }
    }
  }
`);

const MatterDocuments_AllowToMemberMutation = graphql(`
  mutation MatterDocuments_AllowToMember($input: MemberDenialInput!) {
    allowToMember(input: $input) {
      errors {
        code
        message
        field
      }
      document {
        id
      }
      folder {
        id
      }
    }
  }
`);

export function useCreateFolder() {
  return usePayloadMutation(MatterDocuments_CreateFolderMutation, 'createFolder', refetch);
}

export function useRenameFolder() {
  return usePayloadMutation(MatterDocuments_RenameFolderMutation, 'renameFolder', refetch);
}

export function useRenameDocument() {
  return usePayloadMutation(MatterDocuments_RenameDocumentMutation, 'renameDocument', refetch);
}

export function useMoveDocument() {
  return usePayloadMutation(MatterDocuments_MoveDocumentMutation, 'moveDocument', refetch);
}

export function useMoveFolder() {
  return usePayloadMutation(MatterDocuments_MoveFolderMutation, 'moveFolder', refetch);
}

export function useDeleteDocument() {
  return usePayloadMutation(MatterDocuments_DeleteDocumentMutation, 'deleteDocument', refetch);
}

export function useDeleteFolder() {
  return usePayloadMutation(MatterDocuments_DeleteFolderMutation, 'deleteFolder', refetch);
}

export function useShareDocument() {
  return usePayloadMutation(MatterDocuments_ShareDocumentMutation, 'shareDocument', refetch);
}

export function useUnshareDocument() {
  return usePayloadMutation(MatterDocuments_UnshareDocumentMutation, 'unshareDocument', refetch);
}

export function useShareFolder() {
  return usePayloadMutation(MatterDocuments_ShareFolderMutation, 'shareFolder', refetch);
}

export function useUnshareFolder() {
  return usePayloadMutation(MatterDocuments_UnshareFolderMutation, 'unshareFolder', refetch);
}

export function useDenyToMember() {
  return usePayloadMutation(MatterDocuments_DenyToMemberMutation, 'denyToMember', refetch);
}

export function useAllowToMember() {
  return usePayloadMutation(MatterDocuments_AllowToMemberMutation, 'allowToMember', refetch);
}
