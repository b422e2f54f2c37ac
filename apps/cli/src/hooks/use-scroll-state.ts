import type { Dispatch } from 'react';
import { useRememberedReducer } from './use-remembered-reducer.ts';

export type ScrollAction = { type: 'by'; delta: number; max: number } | { type: 'to'; where: 'top' | 'bottom'; max: number };

/** The first line shown; `max` is the last offset that still fills the view. */
export function scrollReducer(offset: number, action: ScrollAction): number {
  const from = Math.min(offset, action.max);
  if (action.type === 'to') return action.where === 'top' ? 0 : action.max;
  return Math.max(0, Math.min(action.max, from + action.delta));
}

export function useScrollState(key: string): [number, Dispatch<ScrollAction>] {
  return useRememberedReducer(`scroll:${key}`, scrollReducer, 0);
}
