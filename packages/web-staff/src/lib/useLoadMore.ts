import { useEffect, useRef, useState } from 'react';
import { describeError } from './mutation';

interface LoadMoreOptions {
  /** The cursor after the rows shown; none when there is no list yet. */
  endCursor: string | null | undefined;
  /** Fetches the rows after a cursor (Apollo's fetchMore, given `after`). */
  fetchPage: (after: string) => Promise<unknown>;
  /**
   * After "Load more", focus moves to the first new row, as the button may be gone: the rows'
   * links (a selector) and how many rows are shown.
   */
  focusNewRows?: { links: string; rowCount: number };
}

/** "Load more" for a connection list: fetches the next page, with its busy state and failure. */
export function useLoadMore({ endCursor, fetchPage, focusNewRows }: LoadMoreOptions) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const focusRow = useRef<number | null>(null);
  const links = focusNewRows?.links;
  const rowCount = focusNewRows?.rowCount ?? 0;
  useEffect(() => {
    if (focusRow.current === null || links === undefined) return;
    const target = document.querySelectorAll<HTMLElement>(links)[focusRow.current];
    if (!target) return;
    focusRow.current = null;
    target.focus();
  }, [links, rowCount]);

  const loadMore = async () => {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    setError(null);
    if (focusNewRows) focusRow.current = rowCount;
    try {
      await fetchPage(endCursor);
    } catch (failure) {
      focusRow.current = null;
      setError(describeError(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  return { loadMore, loadingMore, error, setError };
}
