import { describe, expect, it } from 'vitest';
import { diffTokens, sequenceSimilarity, wordDifferences } from './word-diff.ts';

describe('wordDifferences', () => {
  const cases = [
    ['identical wording', 'We urge the DPRK to halt.', 'We urge the DPRK to halt.', []],
    ['a word dropped', 'It will be a large-scale visit.', 'It will be a large visit.', ['-scale']],
    ['a word swapped', 'The roof collapsed within an hour.', 'The roof collapsed within the hour.', ['-an', '+the']],
    ['case and punctuation ignored', '“Respectable Comrade,” they said', 'respectable comrade they said', []],
  ] as const;
  it.each(cases)('%s', (_name, base, variant, expected) => {
    expect(wordDifferences(base, variant)).toEqual(expected);
  });
});

describe('sequenceSimilarity', () => {
  it('is 1 for the same words and falls as wording departs', () => {
    const a = diffTokens('the debris is consistent with a catastrophic implosion of the vessel');
    expect(sequenceSimilarity(a, a)).toBe(1);
    const b = diffTokens('the sea floor is an incredibly harsh environment and the debris recovered is indicative of a catastrophic implosion of the vessel');
    expect(sequenceSimilarity(a, b)).toBeLessThan(0.5);
  });
});
