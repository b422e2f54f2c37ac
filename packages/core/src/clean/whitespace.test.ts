import { describe, expect, it } from 'vitest';
import { composeRepairs } from './compose.ts';
import { repairWhitespace } from './whitespace.ts';

/** Whitespace repairs run to their fixed point, as the cleaner runs them. */
const cleanOf = (text: string): string => {
  let state = { original: text, text, edits: [] as never[] } as Parameters<typeof composeRepairs>[0];
  for (let i = 0; i < 3; i++) state = composeRepairs(state, repairWhitespace(state.text));
  return state.text;
};

describe('repairWhitespace', () => {
  const cases = [
    ['a\r\nb\rc', 'a\nb\nc'],
    ['a  b', 'a b'],
    ['a \nb', 'a\nb'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['a\n \n\t\n\nb', 'a\n\nb'],
    ['\n\n  Title\n', 'Title\n'],
    ['text\n\n\n', 'text\n'],
    ['text  ', 'text'],
    ['  - indented list item\n  - another', '- indented list item\n  - another'],
  ] as const;
  it.each(cases)('%j', (input, expected) => {
    expect(cleanOf(input)).toBe(expected);
  });

  it('leaves one final line break alone', () => {
    expect(repairWhitespace('One line.\n\nTwo lines.\n')).toEqual([]);
  });
});
