import { describe, expect, it } from 'vitest';
import type { Article } from '../model/index.ts';
import { buildCleanContext } from './context.ts';
import { editDistance, nameCorrections, repairSpelling } from './spelling.ts';

const articleOf = (body: string, id: string): Article => ({
  id,
  outletId: id,
  outlet: id,
  title: '',
  body,
  source: `${id}.txt`,
  sourcePath: `${id}.txt`,
  format: 'txt',
  credits: [],
});

const corpus = [
  articleOf('The Bundestag voted on Monday. The Bundestag debate ran late.', 'a'),
  articleOf('Critics in the Bundestag said the Bundetsag vote was rushed. The Bundestag will meet again.', 'b'),
  articleOf('Shane Warne took five wickets. Wayne Rooney scored. Wayne said he was happy, Wayne added.', 'c'),
];

describe('repairSpelling', () => {
  it('corrects a rare close variant of a common name that the article also uses, with evidence', () => {
    const context = buildCleanContext(corpus);
    const { repairs } = repairSpelling(corpus[1]?.body ?? '', context);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]).toMatchObject({ kind: 'spelling', after: 'Bundestag', evidence: "'Bundestag' occurs 4 times in 2 article(s); 'Bundetsag' once" });
  });

  it('leaves distinct names that differ by a changed letter', () => {
    const context = buildCleanContext(corpus);
    expect(nameCorrections(context).has('Warne')).toBe(false);
    expect(repairSpelling(corpus[2]?.body ?? '', context).repairs).toEqual([]);
  });

  it('flags when the article has the common form only once', () => {
    const one = articleOf('The Bundetsag voted, said a Bundestag aide.', 'd');
    const more = articleOf('The Bundestag and the Bundestag again.', 'e');
    const { repairs, flags } = repairSpelling(one.body, buildCleanContext([...corpus, more, one]));
    expect(repairs).toEqual([]);
    expect(flags[0]).toMatchObject({ text: 'Bundetsag', suggestion: 'Bundestag' });
  });

  it.each([
    ['Krelim', 'Kremlin', 2],
    ['Bundetsag', 'Bundestag', 1],
    ['abc', 'abc', 0],
  ] as const)('measures %s -> %s as %i edits', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('keyboard slips in names', () => {
  it('corrects a letter changed for its keyboard neighbour, not for any letter', async () => {
    const { repairSpelling } = await import('./spelling.ts');
    const { buildCleanContext } = await import('./context.ts');
    const article = (id: string, body: string) => ({ id, outletId: id, outlet: id, title: '', body, source: `${id}.txt`, sourcePath: `${id}.txt`, format: 'txt' as const, credits: [] });
    const common = 'Holmes won. Holmes ran. Holmes said. Wayne ran. Wayne won. Wayne said.';
    const context = buildCleanContext([article('a', common), article('b', 'Holnes and Holmes and Holmes. Warne and Wayne and Wayne.')]);
    const found = repairSpelling('Holnes and Holmes and Holmes. Warne and Wayne and Wayne.', context).repairs.map((r) => r.after);
    expect(found).toEqual(['Holmes']);
  });
});

describe('flagStrayCapitals', () => {
  it('flags a stray capital glued to a frequent name, and nothing else', async () => {
    const { flagStrayCapitals } = await import('./stray-capitals.ts');
    const { buildCleanContext } = await import('./context.ts');
    const body = 'Kim met Putin. Kim left. Kim spoke. Sergei TKim invited him. The TVs and MPs and OKaro stayed.';
    const context = buildCleanContext([{ id: 'a', outletId: 'a', outlet: 'a', title: '', body, source: 'a.txt', sourcePath: 'a.txt', format: 'txt', credits: [] }]);
    expect(flagStrayCapitals(body, context).map((f) => [f.text, f.suggestion])).toEqual([['TKim', 'Kim']]);
  });
});
