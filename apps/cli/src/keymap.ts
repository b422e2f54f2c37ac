import type { Key } from 'ink';
import { TABS, type TabId } from './tabs.ts';

/** Where a binding applies. Each widget reads only its own scope, so no key does two things. */
export type Scope = 'global' | 'list' | 'filter' | 'scroll' | 'article' | 'entries';

export type Action =
  | 'quit'
  | 'help'
  | 'back'
  | 'nextTab'
  | 'prevTab'
  | `goto:${TabId}`
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'open'
  | 'filter'
  | 'acceptFilter'
  | 'clearFilter'
  | 'erase'
  | 'toggleEdits';

type KeyName = {
  [K in keyof Key]-?: Key[K] extends boolean ? K : never;
}[keyof Key];

/** A key: a typed character, or a named key (optionally with shift). */
export type KeySpec = { input: string } | { key: KeyName; shift?: boolean };

export interface Binding {
  action: Action;
  scope: Scope;
  keys: readonly KeySpec[];
  /** How the help and the footer write the keys: `↑/k`. */
  label: string;
  description: string;
  /** The footer's short hint for this binding (`↑↓/jk move`), when it has one. */
  hint?: string;
}

const up: KeySpec[] = [{ key: 'upArrow' }, { input: 'k' }];
const down: KeySpec[] = [{ key: 'downArrow' }, { input: 'j' }];
const pageUp: KeySpec[] = [{ key: 'pageUp' }, { input: 'b' }];
const pageDown: KeySpec[] = [{ key: 'pageDown' }, { input: ' ' }];
const top: KeySpec[] = [{ key: 'home' }, { input: 'g' }];
const bottom: KeySpec[] = [{ key: 'end' }, { input: 'G' }];

/** Every shortcut of the terminal UI, in one table. The help screen is drawn from it. */
export const KEYMAP: readonly Binding[] = [
  {
    action: 'back',
    scope: 'global',
    keys: [{ key: 'escape' }, { key: 'backspace' }, { key: 'delete' }, { key: 'leftArrow' }],
    label: 'esc/⌫/←',
    description: 'back to the previous view',
    hint: 'esc back',
  },
  { action: 'nextTab', scope: 'global', keys: [{ key: 'tab', shift: false }], label: 'tab', description: 'next screen', hint: 'tab/1-6 screens' },
  { action: 'prevTab', scope: 'global', keys: [{ key: 'tab', shift: true }], label: 'shift+tab', description: 'previous screen' },
  ...TABS.map(
    (tab, index): Binding => ({
      action: `goto:${tab.id}`,
      scope: 'global',
      keys: [{ input: String(index + 1) }],
      label: String(index + 1),
      description: `go to ${tab.title}`,
    }),
  ),
  { action: 'help', scope: 'global', keys: [{ input: '?' }], label: '?', description: 'show or hide this help', hint: '? help' },
  { action: 'quit', scope: 'global', keys: [{ input: 'q' }], label: 'q', description: 'quit', hint: 'q quit' },
  { action: 'up', scope: 'list', keys: up, label: '↑/k', description: 'previous row' },
  { action: 'down', scope: 'list', keys: down, label: '↓/j', description: 'next row', hint: '↑↓/jk move' },
  { action: 'pageUp', scope: 'list', keys: pageUp, label: 'pgup/b', description: 'page up' },
  { action: 'pageDown', scope: 'list', keys: pageDown, label: 'pgdn/space', description: 'page down' },
  { action: 'top', scope: 'list', keys: top, label: 'home/g', description: 'first row' },
  { action: 'bottom', scope: 'list', keys: bottom, label: 'end/G', description: 'last row' },
  { action: 'open', scope: 'list', keys: [{ key: 'return' }, { key: 'rightArrow' }], label: 'enter/→', description: 'open the selected row', hint: 'enter open' },
  { action: 'filter', scope: 'list', keys: [{ input: '/' }], label: '/', description: 'filter the rows', hint: '/ filter' },
  { action: 'acceptFilter', scope: 'filter', keys: [{ key: 'return' }], label: 'enter', description: 'keep the filter', hint: 'type to filter · enter keep' },
  { action: 'clearFilter', scope: 'filter', keys: [{ key: 'escape' }], label: 'esc', description: 'clear the filter', hint: 'esc clear' },
  { action: 'erase', scope: 'filter', keys: [{ key: 'backspace' }, { key: 'delete' }], label: '⌫', description: 'delete a character' },
  { action: 'up', scope: 'scroll', keys: up, label: '↑/k', description: 'scroll up' },
  { action: 'down', scope: 'scroll', keys: down, label: '↓/j', description: 'scroll down', hint: '↑↓/jk scroll' },
  { action: 'pageUp', scope: 'scroll', keys: pageUp, label: 'pgup/b', description: 'page up' },
  { action: 'pageDown', scope: 'scroll', keys: pageDown, label: 'pgdn/space', description: 'page down', hint: 'space page' },
  { action: 'top', scope: 'scroll', keys: top, label: 'home/g', description: 'top' },
  { action: 'bottom', scope: 'scroll', keys: bottom, label: 'end/G', description: 'bottom' },
  { action: 'up', scope: 'entries', keys: up, label: '↑/k', description: 'previous entry (scrolls up at the first)' },
  { action: 'down', scope: 'entries', keys: down, label: '↓/j', description: 'next entry (scrolls on past the last)', hint: '↑↓/jk select' },
  { action: 'pageUp', scope: 'entries', keys: pageUp, label: 'pgup/b', description: 'page up' },
  { action: 'pageDown', scope: 'entries', keys: pageDown, label: 'pgdn/space', description: 'page down', hint: 'space page' },
  { action: 'top', scope: 'entries', keys: top, label: 'home/g', description: 'top' },
  { action: 'bottom', scope: 'entries', keys: bottom, label: 'end/G', description: 'bottom' },
  {
    action: 'open',
    scope: 'entries',
    keys: [{ key: 'return' }, { key: 'rightArrow' }],
    label: 'enter/→',
    description: 'open the selected entry: a summary line opens the sentences behind it',
    hint: 'enter receipts',
  },
  { action: 'toggleEdits', scope: 'article', keys: [{ input: 'e' }], label: 'e', description: 'article: switch between text and the list of edits', hint: 'e text/edits' },
];

/** Which action, if any, a key press means in a scope. */
export function actionFor(scope: Scope, input: string, key: Key): Action | undefined {
  return KEYMAP.find((binding) => binding.scope === scope && binding.keys.some((spec) => matches(spec, input, key)))?.action;
}

/** Footer hints for the scopes in play, in the given scope order: `↑↓/jk move · enter open · …`. */
export function hintsFor(scopes: readonly Scope[], without: readonly Action[] = []): string[] {
  return scopes.flatMap((scope) =>
    KEYMAP.filter((binding) => binding.scope === scope && binding.hint && !without.includes(binding.action)).map((binding) => binding.hint ?? ''),
  );
}

/** A character typed into a filter: printable, not a control or navigation key. */
export function isTypedText(input: string, key: Key): boolean {
  return input.length > 0 && !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab && !/[\u0000-\u001F\u007F]/.test(input);
}

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ('input' in spec) return input === spec.input && !key.ctrl && !key.meta;
  return key[spec.key] === true && (spec.shift === undefined || key.shift === spec.shift);
}
