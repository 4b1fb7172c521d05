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
export interface PagedRead<T, Extra = unknown> {
  items: T[];
  /** The first page's whole answer, for what the API sends beside the items. */
  firstPage?: ApiPage<T> & Extra;
  loading: boolean;
  error?: string;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Reads the list again from its first page. */
  reload: () => void;
}

/** Reads a paged API list (`{items, nextCursor}`) as the signed-in person; starts again when the path changes (null: read nothing). */
export function usePagedApi<T, Extra = unknown>(path: string | null): PagedRead<T, Extra> {
  const { token } = useSession();
  const first = useApi<ApiPage<T> & Extra>(path);
  const [more, setMore] = useState<{ items: T[]; nextCursor: string | null; loading: boolean; error?: string }>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path (or a fresh first page) starts the list again.
  useEffect(() => setMore(undefined), [path, first.data]);
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const loadMore = useCallback(() => {
    if (!nextCursor || path === null) return;
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
    firstPage: first.data,
    loading: first.loading,
    error: first.error ?? more?.error,
    hasMore: nextCursor !== null,
    loadingMore: more?.loading ?? false,
    loadMore,
    reload: first.reload,
  };
}
