import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * A list's filters, kept in the address so Back returns to the same list. `updateParams` sets
 * (or, given null or '', removes) some of them, replacing the history entry.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();

  const updateParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const clearParams = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  return { params, setParams, updateParams, clearParams };
}

/**
 * A list's filters with a search box (the `q` parameter): the text searches as one types, once
 * it settles, and at once when the search form is submitted.
 */
export function useSearchableListParams() {
  const { params, setParams, updateParams, clearParams } = useListParams();
  const search = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(search);
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);

  // Searching as one types: the settled text goes into the address.
  const appliedSearch = useRef(debouncedSearch);
  useEffect(() => {
    if (appliedSearch.current === debouncedSearch) return;
    appliedSearch.current = debouncedSearch;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, setParams]);

  const applySearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    updateParams({ q: searchText.trim() || null });
  };

  const clearFilters = () => {
    setSearchText('');
    clearParams();
  };

  return { params, updateParams, search, searchText, setSearchText, applySearch, clearFilters };
}
