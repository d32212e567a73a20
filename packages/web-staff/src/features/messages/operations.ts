import { graphql } from '@atrium/schema/staff';
import type { ResultOf } from '../../lib/operations';

export const MessagesPage_ThreadFragment = graphql(`
  fragment MessagesPage_thread on MessageThread {
    id
    subject
    portalId
    portalName
    unreadCount
    lastMessageAt
    startedByName
    matter {
      id
      number
      name
    }
  }
`);

export const MessagesPage_ThreadsQuery = graphql(`
  query MessagesPage_Threads($first: Int!, $after: String, $filter: MessageThreadFilterInput) {
    messageThreads(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MessagesPage_thread
        }
      }
    }
  }
`);

export const MessagesPage_ThreadQuery = graphql(`
  query MessagesPage_Thread($id: ID!) {
    messageThread(id: $id) {
      ...MessagesPage_thread
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

export type ThreadSummary = ResultOf<typeof MessagesPage_ThreadFragment>;
export type ThreadDetail = NonNullable<ResultOf<typeof MessagesPage_ThreadQuery>['messageThread']>;

export const MessagesPage_SendMessageMutation = graphql(`
  mutation MessagesPage_SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      errors {
        code
        message
        field
      }
      messageId
      thread {
        ...MessagesPage_thread
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

export const MessagesPage_StartThreadMutation = graphql(`
  mutation MessagesPage_StartThread($input: StartMessageThreadInput!) {
    startMessageThread(input: $input) {
      errors {
        code
        message
        field
      }
      thread {
        ...MessagesPage_thread
      }
    }
  }
`);

export const MessagesPage_MarkReadMutation = graphql(`
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

export const MessagesPage_PortalsQuery = graphql(`
  query MessagesPage_Portals($filter: ContactFilterInput) {
    contacts(first: 10, filter: $filter) {
      edges {
        node {
          id
          displayName
          portal {
            id
            sharedMatters {
              id
              number
              name
            }
          }
        }
      }
    }
  }
`);
