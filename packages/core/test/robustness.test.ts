import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../src/pipeline.ts';
import { ArticleSchema, DigestSchema, type Article } from '../src/model/index.ts';
import { sharedDataPath } from './shared-data.ts';

function article(id: string, body: string, outlet = id): Article {
  return ArticleSchema.parse({
    id,
    outletId: outlet.toLowerCase(),
    outlet,
    title: body.split('\n').find((line) => line.trim() !== '')?.trim() ?? '',
    body,
    source: `${id}.txt`,
    sourcePath: `${id}.txt`,
    format: 'txt',
  });
}

function expectValidDigest(articles: Article[]): void {
  const digest = buildDigest(articles);
  const parsed = DigestSchema.safeParse(JSON.parse(JSON.stringify(digest)));
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(digest.articles).toHaveLength(articles.length);
}

// Hidden inputs are other stories in other shapes: the pipeline must never crash on text.
describe('buildDigest on unusual input', () => {
  const shapes = [
    ['no articles', []],
    ['one article', [article('a', 'Only one outlet\n\nThe mayor opened the bridge on Friday.')]],
    ['a headline only', [article('a', 'Headline without a body'), article('b', 'Another headline')]],
    ['punctuation only', [article('a', '... !!! ??? --- “ ” [ ]'), article('b', '"')]],
    ['non-Latin scripts', [article('a', 'Путин встретился с Ким Чен Ыном.\n\nВстреча прошла во вторник.'), article('b', '金正恩与普京会面。会谈在星期二举行。')]],
    ['one giant line', [article('a', 'word '.repeat(20_000)), article('b', 'The council met. '.repeat(2_000))]],
    ['numbers everywhere', [article('a', '1 2 3 4 5 km 6 mph 7% $8 9.5 10,000 11-12 13th 1/2'), article('b', '2019 2020 2021 in 2022 on 3 May 2023')]],
  ] as const;

  it.each(shapes)('gives a schema-valid digest for %s', (_name, articles) => {
    expectValidDigest([...articles]);
  });

  it('never throws on random text from random outlets', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab Kim. said “”"\n\n0123 km—,’ИΑé'.split('')), maxLength: 400 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (bodies) => {
        expectValidDigest(bodies.map((body, i) => article(`r${i}`, body.trim() === '' ? 'x' : body, `Outlet ${i % 2}`)));
      }),
      { numRuns: 60, seed: 20231125 },
    );
  });
});

const bbc = sharedDataPath('bbc-news');

describe.skipIf(!bbc)('buildDigest on clean BBC articles from one topic', () => {
  it('handles a 40-article corpus and keeps its output schema-valid', async () => {
    const dir = path.join(bbc ?? '', 'business');
    const files = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort().slice(0, 40);
    const articles = await Promise.all(files.map(async (name, i) => article(name.replace('.txt', ''), await readFile(path.join(dir, name), 'utf8'), `BBC ${i % 4}`)));
    expectValidDigest(articles);
  });
});

describe.skipIf(Boolean(bbc))('BBC robustness', () => {
  it.skip('skipped: ../shared/data/bbc-news is absent on this machine', () => {});
});
