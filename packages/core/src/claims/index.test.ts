import { describe, expect, it } from 'vitest';
import { ClaimSchema, type SegmentedArticle } from '../model/index.ts';
import { extractClaims, extractCorpusClaims } from './index.ts';

/** A segmented article built by hand: one sentence per line, the first line a heading. */
function article(id: string, lines: string[], extra: Partial<SegmentedArticle> = {}): SegmentedArticle {
  const cleanText = lines.join('\n');
  let offset = 0;
  const sentences = lines.map((text, index) => {
    const start = offset;
    offset += text.length + 1;
    return { id: `${id}#s${index}`, index, text, start, end: start + text.length, paragraph: index, isHeading: index === 0 };
  });
  return {
    article: {
      id, outletId: `outlet-${id}`, outlet: `Outlet ${id}`, title: lines[0] ?? '', body: cleanText, source: `${id}.txt`,
      sourcePath: `${id}.txt`, format: 'txt', credits: [], publishedAt: '2024-03-12',
    },
    title: lines[0] ?? '', cleanText, edits: [], flags: [], credits: [], editCounts: {}, diagnostics: [], sentences,
    spin: { score: 0, alignedSentences: 0, substitutions: [], alignedArticleIds: [] },
    ...extra,
  };
}

const FIRST = article('a', [
  'Striker Lena Berg to join Real Madrid',
  'Real Madrid will pay about €90m for striker Lena Berg, the club said on Monday.',
  '“I have dreamed of this day,” said Berg, 24, after signing a five-year contract.',
  'Ms Berg scored 31 goals last season, and her former club is expected to appeal.',
]);
const SECOND = article('b', [
  'Berg deal done',
  'Lena Berg has agreed an imaginable move to Madrid, according to Reuters.',
]);

describe('extractClaims', () => {
  const claims = extractClaims(FIRST);

  it('cuts schema-valid claims traceable to their sentence spans', () => {
    for (const claim of claims) {
      expect(ClaimSchema.parse(claim)).toEqual(claim);
      const sentence = FIRST.sentences.find((s) => s.id === claim.sentenceId);
      expect(sentence && claim.start >= sentence.start && claim.end <= sentence.end).toBe(true);
    }
  });

  it('keeps a headline as a low-scoring claim and splits two independent clauses', () => {
    const headline = claims.find((c) => c.sentenceId === 'a#s0');
    expect(headline?.checkworthiness).toBeLessThan(0.2);
    const split = claims.filter((c) => c.sentenceId === 'a#s3');
    expect(split.map((c) => c.text)).toEqual(['Ms Berg scored 31 goals last season.', 'Her former club is expected to appeal.']);
    expect(split.map((c) => c.modality)).toEqual(['asserted', 'hedged']);
  });

  it('fills quantities, times, quote, attribution and entities', () => {
    const deal = claims.find((c) => c.sentenceId === 'a#s1');
    expect(deal?.quantities[0]).toMatchObject({ unit: 'EUR', normalized: { value: 90e6, unit: 'EUR' }, approximate: true });
    expect(deal?.times[0]).toMatchObject({ text: 'on Monday', resolved: '2024-03-11' });
    expect(deal?.attribution).toMatchObject({ source: 'club' });
    const quote = claims.find((c) => c.sentenceId === 'a#s2')?.quote;
    expect(quote).toMatchObject({ text: 'I have dreamed of this day', speaker: 'Berg', speakerEntityId: 'lena-berg' });
    expect(deal?.entities.map((e) => e.entityId)).toEqual(expect.arrayContaining(['real-madrid', 'lena-berg']));
    expect(deal?.checkworthiness).toBeGreaterThan(0.6);
  });

  it('credits a pronoun source to the person it stands for, and a named firm as an organisation', () => {
    const story = article('c', [
      'Camps run dry',
      'Aid worker Lena Fischer and Tom Price visited the camps on Monday.',
      'She told Reuters the wells had failed.',
      'Water firm Aqualine said it would send tankers.',
    ]);
    const byId = new Map(extractClaims(story).map((c) => [c.sentenceId, c]));
    expect(byId.get('c#s2')?.attribution).toMatchObject({ source: 'Lena Fischer', text: 'She told' });
    expect(byId.get('c#s3')?.attribution).toMatchObject({ source: 'Aqualine', kind: 'organisation' });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractClaims(FIRST))).toBe(JSON.stringify(claims));
  });
});

describe('extractCorpusClaims', () => {
  const at = SECOND.cleanText.indexOf('imaginable');
  const spun = article('b', SECOND.sentences.map((s) => s.text), {
    flags: [{ kind: 'spin', rule: 'aligned-substitution', start: at, end: at + 10, text: 'imaginable', message: 'spun', suggestion: 'possible' }],
  });
  const { claims, entities } = extractCorpusClaims([FIRST, spun]);

  it('resolves one entity per person across articles', () => {
    const berg = entities.find((e) => e.id === 'lena-berg');
    expect(berg?.aliases).toEqual(expect.arrayContaining(['Berg', 'Ms Berg']));
    expect(claims.filter((c) => c.entities.some((e) => e.entityId === 'lena-berg')).map((c) => c.articleId)).toContain('b');
  });

  it('writes the common wording over spun words in normalizedText', () => {
    const move = claims.find((c) => c.sentenceId === 'b#s1');
    expect(move?.normalizedText).toContain('possible');
    expect(move?.normalizedText).not.toContain('imaginable');
    expect(move?.attribution).toMatchObject({ source: 'Reuters', kind: 'agency' });
  });
});
