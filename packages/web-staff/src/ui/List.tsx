import type { ReactNode } from 'react';
import { plural } from '../lib/format';
import { Alert } from './Alert';
import { Button } from './Button';

/** How much of a list shows ("Showing 25 of 40 contacts"), announced as it changes. */
export function ListSummary({ shown, total, one, many, updating = false }: { shown: number; total: number; one: string; many: string; updating?: boolean }) {
  return (
    <p className="list-summary" role="status">
      {total === 0 ? '' : shown < total ? `Showing ${shown} of ${plural(total, one, many)}` : plural(total, one, many)}
      {updating ? ' · Updating…' : ''}
    </p>
  );
}

interface LoadMoreProps {
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => Promise<void>;
  /** Why the last "Load more" failed, shown above the button. */
  error?: string | null;
  children: ReactNode;
}

/** The "Load more" button under a connection list, and the failure of the last attempt. */
export function LoadMore({ hasNextPage, loading, onLoadMore, error = null, children }: LoadMoreProps) {
  return (
    <>
      {error ? (
        <Alert tone="error" role="alert">
          <p>{error}</p>
        </Alert>
      ) : null}
      {hasNextPage ? (
        <div className="load-more">
          <Button onClick={() => void onLoadMore()} busy={loading} busyLabel="Loading…">
            {children}
          </Button>
        </div>
      ) : null}
    </>
  );
}
