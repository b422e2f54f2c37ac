import type { Dispatch } from 'react';
import { actionFor } from '../keymap.ts';
import { useKeys } from './use-keys.ts';
import type { ScrollAction } from './use-scroll-state.ts';

/** Map keys to scrolling: the `scroll` scope of the keymap. */
export function useScrollInput(options: { dispatch: Dispatch<ScrollAction>; max: number; pageSize: number; isActive: boolean }): void {
  const { dispatch, max, pageSize } = options;
  useKeys((input, key) => {
    switch (actionFor('scroll', input, key)) {
      case 'up':
        return dispatch({ type: 'by', delta: -1, max });
      case 'down':
        return dispatch({ type: 'by', delta: 1, max });
      case 'pageUp':
        return dispatch({ type: 'by', delta: -pageSize, max });
      case 'pageDown':
        return dispatch({ type: 'by', delta: pageSize, max });
      case 'top':
        return dispatch({ type: 'to', where: 'top', max });
      case 'bottom':
        return dispatch({ type: 'to', where: 'bottom', max });
      default:
        return;
    }
  }, options.isActive);
}
