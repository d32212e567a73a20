import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';

const SentMailPage_RetryEmailMutation = graphql(`
  mutation SentMailPage_RetryEmail($input: RetryEmailInput!) {
    retryEmail(input: $input) {
      errors {
        code
        message
        field
      }
      email {
        id
        status
        attempts
        lastError
        sentAt
        updatedAt
      }
    }
  }
`);

/**
 * Queues a failed email again. The email updates in the cache from the payload; lists filtered
 * by status are dropped, as it has moved out of "Failed".
 */
export function useRetryEmail() {
  const [mutate, { loading }] = useMutation(SentMailPage_RetryEmailMutation, {
    update(cache, { data }) {
      if (!succeeded(data?.retryEmail)) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'sentEmails' });
      cache.gc();
    },
  });
  const retryEmail = useCallback((emailId: string) => runMutation(async () => (await mutate({ variables: { input: { emailId } } })).data?.retryEmail), [mutate]);
  return { retryEmail, loading };
}
