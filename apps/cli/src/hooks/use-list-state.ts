import type { Dispatch } from 'react';
import { useRememberedReducer } from './use-remembered-reducer.ts';

export interface ListState {
  cursor: number;
  filter: string;
  isFiltering: boolean;
}

export type ListAction =
  | { type: 'move'; delta: number; count: number }
  | { type: 'jump'; to: 'top' | 'bottom'; count: number }
  | { type: 'startFilter' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'acceptFilter' }
  | { type: 'clearFilter' };

export const INITIAL_LIST_STATE: ListState = { cursor: 0, filter: '', isFiltering: false };

/** A selectable, filterable list: the cursor stays inside the rows that match the filter. */
export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'move':
      return { ...state, cursor: clamp(Math.min(state.cursor, action.count - 1) + action.delta, action.count) };
    case 'jump':
      return { ...state, cursor: action.to === 'top' ? 0 : Math.max(0, action.count - 1) };
    case 'startFilter':
      return { ...state, isFiltering: true };
    case 'type':
      return { ...state, filter: state.filter + action.text, cursor: 0 };
    case 'erase':
      return { ...state, filter: Array.from(state.filter).slice(0, -1).join(''), cursor: 0 };
    case 'acceptFilter':
      return { ...state, isFiltering: false };
    case 'clearFilter':
      return { ...state, filter: '', isFiltering: false, cursor: 0 };
  }
}

/** The list state of one view, remembered under `key` while the user looks elsewhere. */
export function useListState(key: string): [ListState, Dispatch<ListAction>] {
  return useRememberedReducer(`list:${key}`, listReducer, INITIAL_LIST_STATE);
}

/** The row the cursor is on, given how many rows match now. */
export function cursorIn(state: ListState, count: number): number {
  return count === 0 ? 0 : Math.min(state.cursor, count - 1);
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}
