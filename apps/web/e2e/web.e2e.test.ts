import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTERS_SHOWN_FIRST } from '../src/lib/cluster-row.ts';
import { APP_DIR, startApp, type RunningApp } from './app-server.ts';
import { hasChromium, launchBrowser, NO_CHROMIUM_NOTICE, screenshotPath } from './browser.ts';

/** A small story of our own (not the embedded corpus), served through PARALLAX_CORPUS. */
const FIXTURE_CORPUS = path.join(APP_DIR, 'test', 'fixtures', 'corpus', 'water-main');

const CORPORA = [
  { name: 'embedded corpus', prefix: 'embedded', env: {} },
  { name: 'fixture corpus via PARALLAX_CORPUS', prefix: 'fixture-corpus', env: { PARALLAX_CORPUS: FIXTURE_CORPUS } },
] as const;

describe.each(CORPORA)('the built app on the $name', ({ prefix, env }) => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp(env);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('serves digest.overview as tRPC JSON at /api/trpc', async () => {
    const response = await fetch(`${app.url}/api/trpc/digest.overview`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { result: { data: { corpus: { name: string }; counts: { articles: number } } } };
    expect(body.result.data.corpus.name.length).toBeGreaterThan(0);
    expect(body.result.data.counts.articles).toBeGreaterThan(0);
    if ('PARALLAX_CORPUS' in env) expect(body.result.data.corpus.name).toBe('water-main');
  });

  it('serves every summary line with its receipts, each naming at least one sentence', async () => {
    const response = await fetch(`${app.url}/api/trpc/digest.overview`);
    const { summary, summaryLines } = ((await response.json()) as { result: { data: { summary: string[]; summaryLines: Array<{ text: string; sentenceIds: string[] }> } } }).result.data;
    expect(summaryLines.map((line) => line.text)).toEqual(summary);
    for (const line of summaryLines) expect(line.sentenceIds.length, line.text).toBeGreaterThan(0);
  });

  it('answers unknown ids with 404, as a page and through tRPC', async () => {
    for (const route of ['/clusters/no-such-cluster', '/outlets/no-such-outlet', '/articles/no-such-article']) {
      const response = await fetch(`${app.url}${route}`);
      expect(response.status, route).toBe(404);
      expect(await response.text()).toContain('Not in this digest');
    }
    const input = encodeURIComponent(JSON.stringify({ id: 'no-such-cluster' }));
    expect((await fetch(`${app.url}/api/trpc/clusters.get?input=${input}`)).status).toBe(404);
  });

  it('lists the best-supported claims first and every claim for ?all, without JavaScript', async () => {
    const overview = (await (await fetch(`${app.url}/api/trpc/digest.overview`)).json()) as { result: { data: { clusters: unknown[] } } };
    const count = async (route: string) => ((await (await fetch(`${app.url}${route}`)).text()).match(/<li class="cluster cluster--/g) ?? []).length;
    const total = overview.result.data.clusters.length;
    expect(await count('/')).toBe(Math.min(total, CLUSTERS_SHOWN_FIRST));
    expect(await count('/?all')).toBe(total);
  });

  describe.skipIf(!hasChromium)('in Chromium', () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // A missing element should fail its test quickly, not after Playwright's 30 s default.
      page.setDefaultTimeout(10_000);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('renders the digest page', async () => {
      const response = await page.goto(`${app.url}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
      for (const section of ['Summary', 'Conflicts', 'Claims by independent support', 'Who reports what', 'Quotes by speaker', 'Timeline', 'Outlets']) {
        expect(await page.getByRole('heading', { level: 2, name: section }).count(), section).toBe(1);
      }
      await page.screenshot({ path: screenshotPath(`${prefix}-digest`), fullPage: true });
    });

    it('follows a cluster link to its receipts', async (context) => {
      await page.goto(`${app.url}/`);
      const link = page.locator('a.cluster__label').first();
      if ((await link.count()) === 0) context.skip('the digest has no claim clusters yet, so there is no cluster link to follow');
      const label = (await link.textContent()) ?? '';
      await link.click();
      await page.waitForURL(/\/clusters\//);
      await expect(page.locator('h1').textContent()).resolves.toBe(label);
      expect(await page.getByRole('heading', { level: 2, name: 'Source sentences' }).count()).toBe(1);
      expect(await page.locator('.receipt__source').count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath(`${prefix}-cluster`), fullPage: true });
    });

    it('unfolds a summary line to its source sentences and follows one into its article', async (context) => {
      await page.goto(`${app.url}/`);
      const lines = page.locator('ol.summary > li');
      const count = await lines.count();
      if (count === 0) context.skip('the digest has no cross-source summary, so no line has receipts');
      expect(await page.locator('ol.summary > li > a.receipts-link').count()).toBe(count);
      expect(await page.locator('ol.summary > li > details.summary__sources').count()).toBe(count);
      const last = lines.nth(count - 1);
      const sentence = last.locator('a.summary__sentence').first();
      expect(await sentence.isVisible()).toBe(false);
      await last.locator('details > summary').click();
      await sentence.waitFor({ state: 'visible' });
      const text = ((await sentence.textContent()) ?? '').trim();
      expect(text.length).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath(`${prefix}-summary-sources`), fullPage: false });
      await sentence.click();
      await page.waitForURL(/\/articles\/[^#]+#s-/);
      const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`.article-text [id="${anchor}"]`).count()).toBe(1);
    });

    it('orders the timeline by period, undated events with a period in their place', async (context) => {
      await page.goto(`${app.url}/`);
      const entries = page.locator('ol.timeline > li');
      if ((await entries.count()) === 0) context.skip('the digest has no timeline entries');
      const times = await entries.evaluateAll((items) => items.map((item) => item.querySelector('.timeline__when time')?.getAttribute('datetime') ?? null));
      const placed = times.filter((time): time is string => time !== null);
      expect(placed).toEqual([...placed].sort());
      // Entries placed in no time come after every placed one.
      expect(times.slice(0, placed.length)).toEqual(placed);
    });

    it('filters clusters through the tRPC client', async (context) => {
      await page.goto(`${app.url}/`);
      const status = page.getByLabel('Status');
      if ((await status.count()) === 0) context.skip('the digest has no claim clusters yet, so there is no filter box');
      const request = page.waitForResponse((response) => response.url().includes('/api/trpc/clusters.list'));
      await status.selectOption('single-source');
      expect((await request).status()).toBe(200);
      // The response lands before React renders it: wait for the list to settle.
      await page.locator('.explorer__status', { hasText: /^Showing \d+ of \d+ claims$/ }).waitFor();
      const badges = await page.locator('.explorer .clusters .badge--single-source').count();
      expect(await page.locator('.explorer .clusters > li').count()).toBe(badges);
    });

    it('expands the claim list in place, without leaving the page', async (context) => {
      await page.goto(`${app.url}/`);
      const showAll = page.locator('a.show-all');
      if ((await showAll.count()) === 0) context.skip('the digest has too few claim clusters to cut the list');
      const before = await page.locator('.explorer .clusters > li').count();
      await showAll.click();
      await page.locator('a.show-all').waitFor({ state: 'detached' });
      expect(await page.locator('.explorer .clusters > li').count()).toBeGreaterThan(before);
      expect(new URL(page.url()).search).toBe('');
    });

    it('shows an outlet and its article with edits marked', async () => {
      await page.goto(`${app.url}/`);
      await page.locator('table.outlets a').first().click();
      await page.waitForURL(/\/outlets\//);
      expect(await page.getByRole('heading', { level: 2, name: 'Integrity' }).count()).toBe(1);
      await page.locator('#articles a').first().click();
      await page.waitForURL(/\/articles\//);
      await expect(page.locator('.article-text').textContent()).resolves.toMatch(/\S/);
      const mark = page.locator('.article-text mark').first();
      if ((await mark.count()) > 0) {
        await mark.focus();
        expect(await mark.locator('.tip').isVisible()).toBe(true);
      }
      await page.screenshot({ path: screenshotPath(`${prefix}-article`), fullPage: true });
    });
  });

  // Registered only when Chromium is missing, so a run that skips the browser says why.
  if (!hasChromium) {
    describe('in Chromium', () => {
      it.skip(NO_CHROMIUM_NOTICE, () => {});
    });
  }
});
