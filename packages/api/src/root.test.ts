import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArticleSchema, CleanArticleSchema, ClaimSchema, DigestSchema, type Article } from '@parallax/core';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createContextInner } from './context.ts';
import { createCaller } from './root.ts';

const caller = createCaller(createContextInner());

describe('appRouter on the embedded corpus', () => {
  it('returns a digest that passes its schema', async () => {
    const digest = await caller.digest.get();
    expect(DigestSchema.safeParse(digest).success).toBe(true);
    expect(digest.articles.length).toBeGreaterThanOrEqual(5);
  });

  it('lists articles and fetches one with its claims', async () => {
    const list = await caller.articles.list();
    const first = list[0];
    expect(first).toBeDefined();
    const detail = await caller.articles.get({ id: first?.id ?? '' });
    expect(detail.article.id).toBe(first?.id);
    expect(detail.claims.every((claim) => claim.articleId === first?.id)).toBe(true);
  });

  it('answers NOT_FOUND for an unknown article', async () => {
    await expect(caller.articles.get({ id: 'no-such-article' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects invalid input with BAD_REQUEST', async () => {
    await expect(caller.articles.get({ id: '' })).rejects.toBeInstanceOf(TRPCError);
    await expect(caller.claims.list({ limit: -1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('filters claims by article', async () => {
    const [article] = await caller.articles.list();
    const { claims, total } = await caller.claims.list({ articleId: article?.id });
    expect(total).toBe(claims.length);
    expect(claims.every((claim) => claim.articleId === article?.id)).toBe(true);
  });
});

describe('appRouter on a folder of the user', () => {
  it('maps a missing folder to NOT_FOUND naming the folder', async () => {
    const missing = createCaller(createContextInner({ corpusDir: '/no/such/folder' }));
    await expect(missing.digest.overview()).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('/no/such/folder') });
  });

  it('reads the folder once and serves every procedure from it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parallax-api-'));
    await writeFile(path.join(dir, 'one.txt'), 'A headline\n\nThe mayor said the bridge would reopen on Friday.\n');
    await writeFile(path.join(dir, 'two.md'), '# Another headline\n\nOfficials said the bridge would reopen on Friday.\n');
    const local = createCaller(createContextInner({ corpusDir: dir }));
    const overview = await local.digest.overview();
    expect(overview.counts.articles).toBe(2);
    expect((await local.articles.list()).map((article) => article.id)).toEqual(['one', 'two']);
  });
});

describe('appRouter on articles the caller sends', () => {
  const article = (id: string, body: string): Article =>
    ArticleSchema.parse({ id, outletId: `outlet-${id}`, outlet: `Outlet ${id}`, title: body.split('\n')[0], body, source: `${id}.txt`, sourcePath: `${id}.txt`, format: 'txt' });
  const harbour = article('harbour', 'Harbour reopens\n\nThe harbour master said 12 ferries would sail on Tuesday.\n');
  const ferry = article('ferry', 'Ferries return\n\nOfficials said twelve ferries would sail again on Tuesday.\n');

  it('cleans one article and returns a schema-valid clean article', async () => {
    const [clean, ...rest] = await caller.clean.articles({ articles: [harbour] });
    expect(rest).toEqual([]);
    expect(CleanArticleSchema.safeParse(clean).success).toBe(true);
    expect(clean?.article.id).toBe('harbour');
    expect(clean?.cleanText).toContain('12 ferries');
  });

  it('cleans several articles together, one result each, in order', async () => {
    const cleaned = await caller.clean.articles({ articles: [harbour, ferry] });
    expect(cleaned.map((clean) => clean.article.id)).toEqual(['harbour', 'ferry']);
  });

  it('extracts schema-valid claims that point at the articles sent', async () => {
    const { claims } = await caller.claims.extract({ articles: [harbour, ferry] });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((claim) => ClaimSchema.safeParse(claim).success)).toBe(true);
    expect(new Set(claims.map((claim) => claim.articleId))).toEqual(new Set(['harbour', 'ferry']));
  });

  it('rejects an empty article list with BAD_REQUEST', async () => {
    await expect(caller.clean.articles({ articles: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.claims.extract({ articles: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
