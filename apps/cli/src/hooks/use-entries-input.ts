import type { Dispatch } from 'react';
import { actionFor } from '../keymap.ts';
import type { EntriesAction, EntriesGeometry } from './use-entries-state.ts';
import { useKeys } from './use-keys.ts';

/** Map keys to entry selection: the `entries` scope of the keymap. */
export function useEntriesInput(options: {
  dispatch: Dispatch<EntriesAction>;
  geometry: EntriesGeometry;
  isActive: boolean;
  onOpen(): void;
}): void {
  const { dispatch, geometry, onOpen } = options;
  useKeys((input, key) => {
    switch (actionFor('entries', input, key)) {
      case 'up':
        return dispatch({ type: 'move', delta: -1, geometry });
      case 'down':
        return dispatch({ type: 'move', delta: 1, geometry });
      case 'pageUp':
        return dispatch({ type: 'page', delta: -1, geometry });
      case 'pageDown':
        return dispatch({ type: 'page', delta: 1, geometry });
      case 'top':
        return dispatch({ type: 'jump', to: 'top', geometry });
      case 'bottom':
        return dispatch({ type: 'jump', to: 'bottom', geometry });
      case 'open':
        return onOpen();
      default:
        return;
    }
  }, options.isActive);
}
