import { describe, expect, it } from 'vitest';
import { repairDebris } from './debris.ts';
import type { Repair } from './edits.ts';

const applied = (text: string, repairs: Repair[]): string =>
  [...repairs].sort((a, b) => b.start - a.start).reduce((out, r) => out.slice(0, r.start) + r.after + out.slice(r.end), text);

describe('repairDebris', () => {
  const cases = [
    ['“We are planning a meeting.” [y] “Based on what we know,” he said.', '“We are planning a meeting.” “Based on what we know,” he said.'],
    ['The vote [ ] was close ().', 'The vote was close.'],
    ['“He [Kim] is careful,” she said.', '“He [Kim] is careful,” she said.'],
    ['It [sic] was [is] fine [1].', 'It [sic] was [is] fine [1].'],
    ['Then [i] left [und] early [a] bit.', 'Then left early [a] bit.'],
    ['The senator[s] voted [met] too.', 'The senator[s] voted [met] too.'],
  ] as const;
  it.each(cases)('%s', (input, expected) => {
    expect(applied(input, repairDebris(input, new Set(['met'])))).toBe(expected);
  });
});
