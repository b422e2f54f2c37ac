import type { Dispatch } from 'react';
import { actionFor } from '../keymap.ts';
import type { TabId } from '../tabs.ts';
import { useKeys } from './use-keys.ts';
import type { NavigationAction } from './use-navigation.ts';

/** The `global` scope: quit, help, back, and switching screens. Off while a filter takes text. */
export function useAppInput(options: { dispatch: Dispatch<NavigationAction>; onQuit(): void; isActive: boolean }): void {
  const { dispatch, onQuit } = options;
  useKeys((input, key) => {
    const action = actionFor('global', input, key);
    if (action === undefined) return;
    if (action === 'quit') onQuit();
    else if (action === 'help') dispatch({ type: 'toggleHelp' });
    else if (action === 'back') dispatch({ type: 'back' });
    else if (action === 'nextTab') dispatch({ type: 'cycleTab', delta: 1 });
    else if (action === 'prevTab') dispatch({ type: 'cycleTab', delta: -1 });
    else if (action.startsWith('goto:')) dispatch({ type: 'switchTab', tab: action.slice('goto:'.length) as TabId });
  }, options.isActive);
}
