import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { actionFor, hintsFor, isTypedText, KEYMAP, type KeySpec, type Scope } from './keymap.ts';

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};
const key = (fields: Partial<Key>): Key => ({ ...NO_KEY, ...fields });

describe('actionFor', () => {
  const cases = [
    ['global', 'q', NO_KEY, 'quit'],
    ['global', '?', NO_KEY, 'help'],
    ['global', '', key({ escape: true, meta: true }), 'back'],
    ['global', '', key({ delete: true }), 'back'],
    ['global', '', key({ tab: true }), 'nextTab'],
    ['global', '', key({ tab: true, shift: true }), 'prevTab'],
    ['global', '4', NO_KEY, 'goto:outlets'],
    ['list', 'j', NO_KEY, 'down'],
    ['list', '', key({ downArrow: true }), 'down'],
    ['list', 'k', NO_KEY, 'up'],
    ['list', 'G', key({ shift: true }), 'bottom'],
    ['list', '', key({ return: true }), 'open'],
    ['list', '/', NO_KEY, 'filter'],
    ['filter', '', key({ escape: true, meta: true }), 'clearFilter'],
    ['scroll', ' ', NO_KEY, 'pageDown'],
    ['article', 'e', NO_KEY, 'toggleEdits'],
    ['entries', '', key({ return: true }), 'open'],
    ['entries', 'j', NO_KEY, 'down'],
    ['entries', '/', NO_KEY, undefined],
    ['list', 'q', NO_KEY, undefined],
    ['global', 'j', NO_KEY, undefined],
    ['list', 'j', key({ ctrl: true }), undefined],
  ] as const;

  it.each(cases)('%s: %j %j -> %s', (scope, input, pressed, expected) => {
    expect(actionFor(scope, input, pressed)).toBe(expected);
  });
});

describe('the keymap', () => {
  // Scopes whose widgets listen at the same time: they must never share a key.
  const together: readonly Scope[][] = [
    ['global', 'list'],
    ['global', 'entries'],
    ['global', 'scroll', 'article'],
  ];
  const specKey = (spec: KeySpec) => ('input' in spec ? `input:${spec.input}` : `key:${spec.key}:${spec.shift ?? 'any'}`);

  it.each(together)('gives no key two meanings across %s', (...scopes) => {
    const seen = new Map<string, string>();
    for (const binding of KEYMAP.filter((candidate) => scopes.includes(candidate.scope))) {
      for (const spec of binding.keys) {
        const id = specKey(spec);
        expect(seen.get(id), `${id} is bound to ${seen.get(id)} and ${binding.action}`).toBeUndefined();
        seen.set(id, binding.action);
      }
    }
  });

  it('describes every binding and hints the main keys for each context', () => {
    expect(KEYMAP.every((binding) => binding.label !== '' && binding.description !== '')).toBe(true);
    expect(hintsFor(['list', 'global'])).toEqual(['↑↓/jk move', 'enter open', '/ filter', 'esc back', 'tab/1-6 screens', '? help', 'q quit']);
    expect(hintsFor(['scroll', 'global'], ['back'])).toEqual(['↑↓/jk scroll', 'space page', 'tab/1-6 screens', '? help', 'q quit']);
    expect(hintsFor(['entries', 'global'], ['back'])).toEqual(['↑↓/jk select', 'space page', 'enter receipts', 'tab/1-6 screens', '? help', 'q quit']);
  });

  it('tells typed text from control keys', () => {
    expect(isTypedText('a', NO_KEY)).toBe(true);
    expect(isTypedText('Kim Jong', NO_KEY)).toBe(true);
    expect(isTypedText('', key({ upArrow: true }))).toBe(false);
    expect(isTypedText('c', key({ ctrl: true }))).toBe(false);
    expect(isTypedText('\r', key({ return: true }))).toBe(false);
  });
});
