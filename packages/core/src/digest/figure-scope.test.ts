import { describe, expect, it } from 'vitest';
import { extractCorpusClaims } from '../claims/index.ts';
import { cleanCorpus } from '../clean/index.ts';
import { ArticleSchema } from '../model/index.ts';
import { segmentArticle } from '../segment/index.ts';
import { buildContext } from './context.ts';
import { figureScope, ownerOf, pastYears } from './figure-scope.ts';

// One article through the stages before the digest; each case names the figure (as written) it asks about.
function mentionsOf(body: string) {
  const article = ArticleSchema.parse({ id: 'a', outletId: 'a', outlet: 'A', title: 'Title', body: `Title\n\n${body}`, source: 'a.txt', sourcePath: 'a.txt', format: 'txt', publishedAt: '2024-05-06' });
  const segmented = cleanCorpus([article]).map(segmentArticle);
  const { claims, entities } = extractCorpusClaims(segmented);
  const context = buildContext(segmented, claims, entities);
  const find = (figure: string) => {
    for (const claim of claims) {
      const index = claim.quantities.findIndex((q) => q.text === figure);
      const quantity = claim.quantities[index];
      if (quantity) return { claim, index, start: quantity.start, end: quantity.end };
    }
    throw new Error(`no figure '${figure}'`);
  };
  return { context, find };
}

describe('pastYears', () => {
  const cases = [
    ['Turnout was 61%, up from 55% in 2020.', '61%', []],
    ['Turnout was 61%, up from 55% in 2020.', '55%', [2020]],
    ['The quake struck Agadir in 1960, killing more than 12,000 people.', 'more than 12,000 people', [1960]],
    ['The floods killed 41 people, the agency said on Monday.', '41 people', []],
  ] as const;
  it.each(cases)('%s (%s)', (body, figure, years) => {
    const { context, find } = mentionsOf(body);
    expect(pastYears(context, find(figure))).toEqual(years);
  });
});

describe('ownerOf', () => {
  it('is the person named before the figure in its clause, not one credited for it', () => {
    const { context, find } = mentionsOf('Tom Beck won 38 per cent. Officials said Ana Ruiz received 48,210 votes, the commission said.');
    const types = new Map(context.entities.map((entity) => [entity.id, entity.type]));
    const beck = ownerOf(context, find('38 per cent'), types);
    const ruiz = ownerOf(context, find('48,210 votes'), types);
    expect([beck, ruiz]).toEqual([expect.stringMatching(/beck/), expect.stringMatching(/ruiz/)]);
  });
});

describe('figureScope', () => {
  it('dates a toll by its year, never the size of a thing', () => {
    const { context, find } = mentionsOf('The 1.6-mile bridge opened in 1977. The 1987 floods killed 600 people. This week 41 people were killed on the 2.6km bridge.');
    const scope = figureScope(context);
    expect(scope.differentOccasions(find('600 people'), find('41 people'))).toBe(true);
    expect(scope.differentOccasions(find('1.6-mile'), find('2.6km'))).toBe(false);
  });
});
