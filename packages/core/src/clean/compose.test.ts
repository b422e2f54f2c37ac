import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeRepairs, type CleanState } from './compose.ts';
import { applyEdits, revertEdits, type Repair } from './edits.ts';

const start = (text: string): CleanState => ({ original: text, text, edits: [] });
const repair = (start: number, end: number, after: string, kind: Repair['kind'] = 'whitespace'): Repair => ({
  kind,
  rule: 'test',
  start,
  end,
  after,
  confidence: 1,
});

/** Apply repairs directly to a text, the way a pass means them. */
function applyDirect(text: string, repairs: Repair[]): string {
  let out = text;
  for (const r of [...repairs].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.after + out.slice(r.end);
  return out;
}

describe('composeRepairs', () => {
  it('maps a later repair back through an earlier one', () => {
    const one = composeRepairs(start('a  b c'), [repair(1, 3, ' ')]);
    const two = composeRepairs(one, [repair(4, 5, 'C', 'spelling')]);
    expect(two.text).toBe('a b C');
    expect(two.edits.map((e) => [e.start, e.end, e.before, e.after, e.cleanStart, e.cleanEnd])).toEqual([
      [1, 3, '  ', ' ', 1, 2],
      [5, 6, 'c', 'C', 4, 5],
    ]);
  });

  it('merges a repair that covers an earlier edit, naming it after the larger change', () => {
    const one = composeRepairs(start('x mееt y\nz'), [repair(2, 6, 'meet', 'homoglyph')]);
    const two = composeRepairs(one, [repair(0, 9, '', 'chrome')]);
    expect(two.text).toBe('z');
    expect(two.edits).toHaveLength(1);
    expect(two.edits[0]).toMatchObject({ kind: 'chrome', start: 0, end: 9, before: 'x mееt y\n', after: '' });
  });

  it('merges an insertion at the place of an earlier deletion', () => {
    const one = composeRepairs(start('ab'), [repair(1, 2, '')]);
    const two = composeRepairs(one, [repair(1, 1, 'c', 'sentence')]);
    expect(two.text).toBe('ac');
    expect(two.edits).toHaveLength(1);
    expect(two.edits[0]).toMatchObject({ start: 1, end: 2, before: 'b', after: 'c' });
  });

  it('drops an edit that a later repair undoes', () => {
    const one = composeRepairs(start('a.b'), [repair(1, 2, '')]);
    const two = composeRepairs(one, [repair(1, 1, '.')]);
    expect(two.edits).toEqual([]);
    expect(two.text).toBe('a.b');
  });

  it('keeps edits exact and reversible over random passes', () => {
    const passArb = fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.string({ maxLength: 3 })), { maxLength: 4 });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(passArb, { maxLength: 5 }), (text, passes) => {
        let state = start(text);
        for (const pass of passes) {
          const repairs = toRepairs(state.text, pass);
          const expected = applyDirect(state.text, repairs);
          state = composeRepairs(state, repairs);
          expect(state.text).toBe(expected);
        }
        expect(applyEdits(text, state.edits)).toBe(state.text);
        expect(revertEdits(state.text, state.edits)).toBe(text);
        for (const [i, edit] of state.edits.entries()) {
          expect(edit.before).toBe(text.slice(edit.start, edit.end));
          expect(state.text.slice(edit.cleanStart, edit.cleanEnd)).toBe(edit.after);
          const next = state.edits[i + 1];
          if (next) expect(next.start >= edit.end && (next.start > edit.start || edit.start === edit.end)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** Non-overlapping repairs from random triples; two repairs never touch where one is empty. */
function toRepairs(text: string, triples: Array<[number, number, string]>): Repair[] {
  const repairs: Repair[] = [];
  let floor = 0;
  for (const [at, length, after] of [...triples].sort((a, b) => a[0] - b[0])) {
    const s = floor + (at % (text.length + 1 - floor || 1));
    if (s > text.length) break;
    const e = Math.min(text.length, s + length);
    repairs.push(repair(s, e, after));
    // Touching is allowed; two insertions at one point are not (their order would be a guess).
    floor = s === e ? e + 1 : e;
    if (floor > text.length) break;
  }
  return repairs;
}
