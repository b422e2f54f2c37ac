import type { Dispatch } from 'react';
import { actionFor, isTypedText } from '../keymap.ts';
import { useKeys } from './use-keys.ts';
import type { ListAction, ListState } from './use-list-state.ts';
import { useTypingWhile } from './use-typing.ts';

export interface ListInputOptions {
  state: ListState;
  dispatch: Dispatch<ListAction>;
  /** Rows matching the filter now. */
  count: number;
  pageSize: number;
  isActive: boolean;
  onOpen(index: number): void;
}

/** Map keys to list actions: the `list` scope, or the `filter` scope while a filter is being typed. */
export function useListInput({ state, dispatch, count, pageSize, isActive, onOpen }: ListInputOptions): void {
  useTypingWhile(isActive && state.isFiltering);
  useKeys((input, key) => {
    if (state.isFiltering) {
      const action = actionFor('filter', input, key);
      if (action === 'acceptFilter') dispatch({ type: 'acceptFilter' });
      else if (action === 'clearFilter') dispatch({ type: 'clearFilter' });
      else if (action === 'erase') dispatch({ type: 'erase' });
      else if (isTypedText(input, key)) dispatch({ type: 'type', text: input });
      return;
    }
    switch (actionFor('list', input, key)) {
      case 'up':
        return dispatch({ type: 'move', delta: -1, count });
      case 'down':
        return dispatch({ type: 'move', delta: 1, count });
      case 'pageUp':
        return dispatch({ type: 'move', delta: -pageSize, count });
      case 'pageDown':
        return dispatch({ type: 'move', delta: pageSize, count });
      case 'top':
        return dispatch({ type: 'jump', to: 'top', count });
      case 'bottom':
        return dispatch({ type: 'jump', to: 'bottom', count });
      case 'filter':
        return dispatch({ type: 'startFilter' });
      case 'open':
        if (count > 0) onOpen(Math.min(state.cursor, count - 1));
        return;
      default:
        return;
    }
  }, isActive);
}
