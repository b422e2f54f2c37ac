import { describe, expect, it } from 'vitest';
import type { Quantity } from '../model/index.ts';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { claimFeatures, quantityBuckets } from './features.ts';
import { properWords } from './text.ts';

function length(text: string, metres: number, dimension = 'length'): Quantity {
  return { value: metres, unit: 'm', text, start: 0, end: text.length, normalized: { value: metres / 1000, unit: 'km' }, dimension, approximate: false };
}

describe('quantityBuckets', () => {
  const shares = (a: Quantity, b: Quantity) => quantityBuckets(a).some((bucket) => quantityBuckets(b).includes(bucket));
  const cases = [
    ['1,600 feet and 500 metres', length('1,600 feet', 487.68), length('500 metres', 500), true],
    ['130 km and 129 km', length('130 km', 130_000), length('129 km', 129_000), true],
    ['500 metres and 4 km', length('500 metres', 500), length('4 km', 4000), false],
    ['counts never bucket', length('five pieces', 5, 'count'), length('five pieces', 5, 'count'), false],
  ] as const;
  it.each(cases)('%s', (_, a, b, expected) => {
    expect(shares(a, b)).toBe(expected);
  });
});

describe('properWords', () => {
  it('keeps names the texts only capitalise, not words opening a sentence', () => {
    const proper = properWords(['The Titanic lies deep.', 'Titan was lost near the Titanic.', 'Debris was found.']);
    expect([...proper].sort()).toEqual(['titanic']);
  });

  it('drops a word the texts also write in lower case', () => {
    expect(properWords(['a Titanic effort', 'a titanic effort']).has('titanic')).toBe(false);
  });
});

describe('claimFeatures', () => {
  const story = buildStory([
    { outlet: 'Alpha', sentences: ['Divers found the Titan near the Titanic.'] },
    { outlet: 'Beta', sentences: ['Divers discovered fragments of the Titan.'] },
  ]);
  const [alpha, beta] = story.claims;
  const proper = properWords(story.claims.map((claim) => claim.text));
  const features = (claim: typeof alpha) => (claim ? claimFeatures(claim, new Map(), proper) : []);

  it('keeps two names apart that one stem would merge', () => {
    expect(features(alpha)).toContain('w:titanic');
    expect(features(alpha)).toContain('w:titan');
  });

  it('gives words of one sense one feature', () => {
    const shared = features(alpha).filter((feature) => features(beta).includes(feature));
    expect(shared).toContain('w:find');
  });
});
