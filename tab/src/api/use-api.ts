import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/session-context';
import { ApiError, callApi } from './api-client';

/** The state of one API read: loading, the data, or the error message to show. */
export interface ApiRead<T> {
  data?: T;
  error?: string;
  /** The HTTP status of a refused read (404: there is nothing there), when the API answered. */
  status?: number;
  loading: boolean;
  reload: () => void;
}

/** Reads an API path as the signed-in person; re-reads when the path changes. A null path reads nothing. */
export function useApi<T>(path: string | null): ApiRead<T> {
  const { token, firstReads } = useSession();
  const [state, setState] = useState<Omit<ApiRead<T>, 'reload'>>({ loading: path !== null });
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is there to read again when reload() is called.
  useEffect(() => {
    if (path === null) return setState({ loading: false });
    const ready = firstReads?.take(path);
    if (ready) return setState({ data: ready.data as T, loading: false });
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined, status: undefined }));
    callApi<T>(path, { token }).then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) =>
        current &&
        setState({
          error: error.message,
          status: error instanceof ApiError ? error.status : undefined,
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [path, token, firstReads, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // An answer that came with the sign-in shows in this render, not one render later once the effect above took it.
  const ready = state.data === undefined && path !== null ? firstReads?.peek(path) : undefined;
  return ready ? { data: ready.data as T, loading: false, reload } : { ...state, reload };
}
