import { describe, expect, it } from 'vitest';
import { CleanArticleSchema, type Article } from '../model/index.ts';
import { wordGaps } from './align.ts';
import { cleanCorpus } from './index.ts';

const articleOf = (body: string, id: string): Article => ({
  id,
  outletId: `outlet-${id}`,
  outlet: `Outlet ${id}`,
  title: body.split('\n')[0] ?? '',
  body,
  source: `${id}.txt`,
  sourcePath: `${id}.txt`,
  format: 'txt',
  credits: [],
});

const WIRE = [
  'Flood defences fail in river town',
  '',
  'Emergency crews evacuated hundreds of residents from the river town on Tuesday after flood defences failed during heavy overnight rain.',
  '',
  'Officials said a possible breach of the main barrier would be inspected by engineers once the water level had fallen.',
  '',
  'The regional government promised rapid financial support for families whose homes were damaged by the flooding.',
].join('\n');
const SPUN = WIRE.replace('a possible breach', 'an imaginable breach').replace('rapid financial support', 'speedy financial support').replace('Flood defences fail', 'Defences fail');
const OTHER = WIRE.replace('Emergency crews', 'Rescue crews');

describe('spin across outlets', () => {
  const [wire, spun, other] = cleanCorpus([articleOf(WIRE, 'wire'), articleOf(SPUN, 'spun'), articleOf(OTHER, 'other')]);

  it('blames substitutions on the article whose wording the others do not use', () => {
    expect(spun?.spin.substitutions.map((s) => [s.original, s.common])).toEqual([
      ['imaginable', 'possible'],
      ['speedy', 'rapid'],
    ]);
    expect(spun?.spin.score).toBeGreaterThan(0);
    expect(wire?.spin.substitutions).toEqual([]);
    expect(other?.spin.substitutions).toEqual([]);
  });

  it('keeps the original words in the clean text and flags them with the common wording', () => {
    expect(spun?.cleanText).toContain('an imaginable breach');
    const flag = spun?.flags.find((f) => f.kind === 'spin');
    expect(flag).toMatchObject({ text: 'imaginable', suggestion: 'possible' });
    expect(spun?.cleanText.slice(flag?.start, flag?.end)).toBe('imaginable');
    expect(spun?.edits).toEqual([]);
  });

  it('reports aligned sentences and the articles that share copy', () => {
    expect(spun?.spin.alignedSentences).toBeGreaterThanOrEqual(3);
    expect(spun?.spin.alignedArticleIds[0]).toBe('wire'); // the closest copy: 'other' rewords one more sentence
    for (const clean of [wire, spun, other]) expect(CleanArticleSchema.safeParse(clean).success).toBe(true);
  });

  it('scores zero when nothing aligns', () => {
    const [alone] = cleanCorpus([articleOf(WIRE, 'alone')]);
    expect(alone?.spin).toEqual({ score: 0, alignedSentences: 0, substitutions: [], alignedArticleIds: [] });
  });
});

describe('wordGaps', () => {
  it('finds anchored replacements, treating a/an as one word', () => {
    const gaps = wordGaps('said an imaginable meeting between them', 'said a possible meeting between them');
    expect(gaps.map((g) => [g.left.map((w) => w.text), g.right.map((w) => w.text)])).toEqual([[['imaginable'], ['possible']]]);
  });
});
