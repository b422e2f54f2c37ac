import { describe, expect, it } from 'vitest';
import { senseOf } from './synonyms.ts';
import { stem } from './text.ts';

describe('senseOf', () => {
  const cases = [
    ['discovered', 'found', true],
    ['fragments', 'pieces', true],
    ['vessel', 'ship', true],
    ['informed', 'notified', true],
    ['killed', 'died', true],
    ['found', 'killed', false],
    ['bridge', 'ship', false],
  ] as const;
  it.each(cases)('%s ~ %s: %s', (a, b, same) => {
    expect(senseOf(stem(a)) === senseOf(stem(b))).toBe(same);
  });

  it('leaves a word outside every group as its own stem', () => {
    expect(senseOf(stem('submersible'))).toBe(stem('submersible'));
  });
});
