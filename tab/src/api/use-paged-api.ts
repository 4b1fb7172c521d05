import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/session-context';
import { callApi } from './api-client';
import { useApi } from './use-api';

/** A page of a list as the API answers it. */
interface ApiPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** A list read a page at a time: the items so far, and `loadMore` while the API says more follow. */
export interface PagedRead<T> {
  items: T[];
  loading: boolean;
  error?: string;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

/** Reads a paged API list (`{items, nextCursor}`) as the signed-in person; starts again when the path changes. */
export function usePagedApi<T>(path: string): PagedRead<T> {
  const { token } = useSession();
  const first = useApi<ApiPage<T>>(path);
  const [more, setMore] = useState<{ items: T[]; nextCursor: string | null; loading: boolean; error?: string }>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path (or a fresh first page) starts the list again.
  useEffect(() => setMore(undefined), [path, first.data]);
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const loadMore = useCallback(() => {
    if (!nextCursor) return;
    const items = more?.items ?? [];
    setMore({ items, nextCursor, loading: true });
    const separator = path.includes('?') ? '&' : '?';
    callApi<ApiPage<T>>(`${path}${separator}cursor=${encodeURIComponent(nextCursor)}`, { token }).then(
      (page) => setMore({ items: [...items, ...page.items], nextCursor: page.nextCursor, loading: false }),
      (error: Error) => setMore({ items, nextCursor, loading: false, error: error.message }),
    );
  }, [more, nextCursor, path, token]);
  return {
    items: [...(first.data?.items ?? []), ...(more?.items ?? [])],
    loading: first.loading,
    error: first.error ?? more?.error,
    hasMore: nextCursor !== null,
    loadingMore: more?.loading ?? false,
    loadMore,
  };
}
