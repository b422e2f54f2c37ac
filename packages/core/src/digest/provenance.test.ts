import { describe, expect, it } from 'vitest';
import type { Digest } from '../model/index.ts';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { MILL_FIRE } from '../../test/fixtures/stories/mill-fire.ts';
import { assembleDigest } from './index.ts';
import { checkProvenance, isTraceable, quotedStrings } from './provenance.ts';

const digest = assembleDigest(buildStory(MILL_FIRE));

describe('checkProvenance', () => {
  it('passes a digest whose numbers and quotes all come from its sources', () => {
    expect(checkProvenance(digest)).toEqual([]);
  });

  const tampered: Array<[string, (d: Digest) => void, string]> = [
    ['an invented number in the summary', (d) => d.summary.push('Some 95 firefighters attended.'), '95'],
    ['an invented quote in a label', (d) => { if (d.clusters[0]) d.clusters[0].label = 'Oakes said “we saved the chimney”.'; }, 'we saved the chimney'],
    ['a wrong support count', (d) => { d.summary[0] = d.summary[0]?.replace('four outlets', 'five outlets') ?? ''; }, 'Reported by five outlets (three independent sources): '],
    ['a wrong count of independent outlets', (d) => { d.summary[0] = d.summary[0]?.replace('four outlets (three independent sources)', 'three independent outlets') ?? ''; }, 'Reported by three independent outlets: '],
    ['a summary line without receipts', (d) => { d.summaryLines.pop(); }, 'no receipts for this line'],
    ['receipts naming a sentence no article has', (d) => { d.summaryLines[0]?.sentenceIds.push('nowhere#s9'); }, "unknown sentence 'nowhere#s9'"],
    ['receipts naming the wrong cluster', (d) => { const [, other] = d.clusters; if (d.summaryLines[0] && other) d.summaryLines[0].clusterIds = [other.id]; }, 'Reported by four outlets (three independent sources): '],
  ];
  it.each(tampered)('flags %s', (_name, tamper, text) => {
    const copy = structuredClone(digest);
    tamper(copy);
    expect(checkProvenance(copy).map((p) => p.text)).toContain(text);
  });
});

describe('isTraceable', () => {
  const sources = ['Vladivostok is 1,099 km away; it travels at “about 60 km/h”.'];
  const cases = [
    ['a number as written', 'the 1,099 km trip', true],
    ['a number the source lacks', 'the 1,100 km trip', false],
    ['part of a larger number is not a match', 'the 99 km trip', false],
    ['a quoted span, quote marks folded', 'at "about 60 km/h"', true],
    ['a quoted span the source lacks', 'at “about 70 km/h”', false],
  ] as const;
  it.each(cases)('%s', (_name, text, expected) => {
    expect(isTraceable(text, sources)).toBe(expected);
  });
});

describe('quotedStrings', () => {
  it('finds double, guillemet and curly single quotes but not apostrophes', () => {
    expect(quotedStrings('He said “go”, then "stop", «wait» and ‘run’. Kim’s train.')).toEqual(['go', 'stop', 'wait', 'run']);
  });
});
