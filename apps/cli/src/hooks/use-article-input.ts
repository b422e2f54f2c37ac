import { actionFor } from '../keymap.ts';
import { useKeys } from './use-keys.ts';

/** The `article` scope: `e` switches between the clean text and the list of edits. */
export function useArticleInput(options: { onToggleEdits(): void; isActive: boolean }): void {
  const { onToggleEdits } = options;
  useKeys((input, key) => {
    if (actionFor('article', input, key) === 'toggleEdits') onToggleEdits();
  }, options.isActive);
}
