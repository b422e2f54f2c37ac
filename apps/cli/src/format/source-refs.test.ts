import { describe, expect, it } from 'vitest';
import { indexDigest } from '../data/digest-index.ts';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { sourceRefs } from './source-refs.ts';

describe('sourceRefs', () => {
  const index = indexDigest(fullDigest());
  const cases = [
    ['one sentence', ['wire-1#s2'], 'Metro Wire · wire-1 · sentence 3'],
    ['two sentences of one article, then another outlet', ['herald-1#s1', 'courier-1#s4', 'herald-1#s2'], 'Hilltop Herald · herald-1 · sentences 2, 3; Valley Courier · courier-1 · sentence 5'],
    ['ids the digest lacks left out', ['nowhere#s1', 'courier-1#s1'], 'Valley Courier · courier-1 · sentence 2'],
    ['nothing at all', [], ''],
  ] as const;
  it.each(cases)('%s', (_name, sentenceIds, expected) => {
    expect(sourceRefs({ sentenceIds: [...sentenceIds] }, index)).toBe(expected);
  });
});
