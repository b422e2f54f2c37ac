import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../model/index.ts';
import { extractClaims } from './index.ts';

/** One heading and one body sentence, segmented by hand. */
function article(sentence: string): SegmentedArticle {
  const heading = 'A headline';
  const cleanText = `${heading}\n${sentence}`;
  const sentences = [
    { id: 'x#s0', index: 0, text: heading, start: 0, end: heading.length, paragraph: 0, isHeading: true },
    { id: 'x#s1', index: 1, text: sentence, start: heading.length + 1, end: cleanText.length, paragraph: 1, isHeading: false },
  ];
  return {
    article: { id: 'x', outletId: 'o', outlet: 'O', title: heading, body: cleanText, source: 'x.txt', sourcePath: 'x.txt', format: 'txt', credits: [], publishedAt: '2024-05-02' },
    title: heading, cleanText, edits: [], flags: [], credits: [], editCounts: {}, diagnostics: [], sentences,
    spin: { score: 0, alignedSentences: 0, substitutions: [], alignedArticleIds: [] },
  };
}

const bodyClaims = (sentence: string) => extractClaims(article(sentence)).filter((claim) => claim.sentenceId === 'x#s1');

// Sentences from other stories than the labelled ones, each with the claims it must give, in order.
const cases = [
  {
    name: 'an appositive and a relative clause',
    sentence: 'The Ever Given, a 400-metre container ship, ran aground in the Suez Canal, which carries about 12% of world trade.',
    texts: ['The Ever Given ran aground in the Suez Canal.', 'The Ever Given is a 400-metre container ship.', 'The Suez Canal carries about 12% of world trade.'],
  },
  {
    name: 'a participial aside, its conversion kept with its number',
    sentence: 'Ushuaia, situated about 1,000 km (620 miles) from Antarctica, has become the main port for polar cruises.',
    texts: ['Ushuaia has become the main port for polar cruises.', 'Ushuaia is situated about 1,000 km (620 miles) from Antarctica.'],
  },
  {
    name: 'coordinated predicates sharing a subject',
    sentence: 'The new terminal opened in 2019 and handles about 20 million passengers a year.',
    texts: ['The new terminal opened in 2019.', 'The new terminal handles about 20 million passengers a year.'],
  },
  {
    name: 'a shared auxiliary lent to the second predicate',
    sentence: 'The plane may have lost an engine and landed short of the runway, investigators said.',
    texts: ['The plane may have lost an engine, investigators said.', 'The plane may have landed short of the runway.'],
  },
  {
    name: 'reported speech with two complements',
    sentence: 'The ministry said the dam had held overnight and that water levels were falling.',
    texts: ['The ministry said the dam had held overnight.', 'Water levels were falling.'],
  },
  {
    name: 'a subordinate clause with its own subject',
    sentence: 'Three hikers are missing after a storm swept the ridge on Saturday.',
    texts: ['Three hikers are missing.', 'A storm swept the ridge on Saturday.'],
  },
  {
    name: 'two clauses joined by a bare and',
    sentence: 'Four were treated at the scene and two remain in hospital.',
    texts: ['Four were treated at the scene.', 'Two remain in hospital.'],
  },
  {
    name: 'a sentence that states one thing stays whole',
    sentence: 'The council approved the budget on Tuesday.',
    texts: ['The council approved the budget on Tuesday.'],
  },
  {
    name: 'a list of names is no apposition',
    sentence: 'Teams from Spain, Portugal, Morocco and Tunisia joined the search.',
    texts: ['Teams from Spain, Portugal, Morocco and Tunisia joined the search.'],
  },
  {
    name: 'which after a clause about a moment takes the whole clause, not the noun',
    sentence: 'The pilot radioed the tower moments before the landing, which allowed crews to clear the runway.',
    texts: ['The pilot radioed the tower moments before the landing, which allowed crews to clear the runway.'],
  },
] as const;

describe('atomic claims', () => {
  it.each(cases)('$name', ({ sentence, texts }) => {
    expect(bodyClaims(sentence).map((claim) => claim.text)).toEqual([...texts]);
  });

  it.each(cases)('keeps ids in order and every span inside its sentence: $name', ({ sentence }) => {
    const claims = bodyClaims(sentence);
    const start = 'A headline\n'.length;
    claims.forEach((claim, n) => {
      expect(claim.id).toBe(`x#s1#c${n}`);
      expect(claim.start).toBeGreaterThanOrEqual(start);
      expect(claim.end).toBeLessThanOrEqual(start + sentence.length);
      // Every number keeps its source spelling.
      for (const number of claim.text.match(/\d[\d,.]*\d|\d/g) ?? []) expect(sentence).toContain(number);
    });
  });

  it('gives each atom the figures, names and certainty of its own words', () => {
    const [main, appositive, relative] = bodyClaims(cases[0].sentence);
    expect(main?.quantities).toEqual([]);
    expect(appositive?.quantities.map((q) => q.text)).toEqual(['400-metre']);
    expect(relative?.quantities.map((q) => q.text)).toEqual(['about 12%']);
    const [lost, landed] = bodyClaims(cases[3].sentence);
    expect([lost?.modality, landed?.modality]).toEqual(['hedged', 'hedged']);
    expect(landed?.attribution?.source).toBe('investigators');
    const [said, falling] = bodyClaims(cases[4].sentence);
    expect([said?.modality, falling?.modality, falling?.attribution?.source]).toEqual(['reported', 'reported', 'ministry']);
  });

  it('inherits the hedge of the verb an adverbial -ing phrase depends on', () => {
    const claims = bodyClaims('The convoy is expected to reach the border by noon, travelling at about 40 km/h.');
    expect(claims.map((claim) => [claim.text, claim.modality])).toEqual([
      ['The convoy is expected to reach the border by noon.', 'hedged'],
      ['The convoy is travelling at about 40 km/h.', 'hedged'],
    ]);
  });

  it('lets a clause after a bare `and` report on with the clause before (`Officials said A and B`)', () => {
    const claims = bodyClaims('Police said 12 had been pulled from the rubble and 40 were still missing, and the road reopened.');
    expect(claims.map((claim) => [claim.text, claim.modality, claim.attribution?.source ?? null, claim.attribution?.kind ?? null])).toEqual([
      ['Police said 12 had been pulled from the rubble.', 'reported', 'Police', 'official'],
      ['40 were still missing.', 'reported', 'Police', 'official'],
      // `, and` past a comma starts the outlet's own statement again.
      ['The road reopened.', 'asserted', null, null],
    ]);
  });
});
