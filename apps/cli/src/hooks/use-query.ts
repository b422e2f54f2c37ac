import { useEffect, useState } from 'react';
import { errorMessage } from '../commands/io.ts';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/**
 * Run an async query when `key` changes and track loading, error and data. A result that arrives
 * after the key changed is dropped.
 */
export function useQuery<T>(key: string, run: () => Promise<T>): QueryState<T> {
  const [state, setState] = useState<{ key: string; value: QueryState<T> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let isCurrent = true;
    setState({ key, value: { status: 'loading' } });
    run().then(
      (data) => isCurrent && setState({ key, value: { status: 'ready', data } }),
      (error: unknown) => isCurrent && setState({ key, value: { status: 'error', message: errorMessage(error) } }),
    );
    return () => {
      isCurrent = false;
    };
    // `run` is a new closure each render; `key` says when the query really changes.
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
