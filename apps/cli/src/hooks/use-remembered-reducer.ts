import { createContext, useContext, useEffect, useReducer, type Dispatch } from 'react';

/** View state that outlives its screen: the cursor you left a list at is where you find it again. */
export type ViewMemory = Map<string, unknown>;

export const ViewMemoryContext = createContext<ViewMemory>(new Map());

/**
 * `useReducer` whose state is kept under `key` when the component unmounts and restored when a
 * component with the same key mounts again.
 */
export function useRememberedReducer<S, A>(key: string, reducer: (state: S, action: A) => S, initial: S): [S, Dispatch<A>] {
  const memory = useContext(ViewMemoryContext);
  const [state, dispatch] = useReducer(reducer, key, (k) => (memory.get(k) as S | undefined) ?? initial);
  useEffect(() => {
    memory.set(key, state);
  }, [memory, key, state]);
  return [state, dispatch];
}
