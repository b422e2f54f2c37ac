import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageData, clusterPageData } from '../src/server/page-data.ts';
import { TRPCReactProvider } from '../src/trpc/react.tsx';
import { ArticleView } from '../src/views/article-view.tsx';
import { ClusterView } from '../src/views/cluster-view.tsx';
import { DigestView } from '../src/views/digest-view.tsx';
import { fullDigest } from '../test/fixtures/digest.ts';
import { fixtureCaller } from '../test/fixtures/router.ts';
import { APP_DIR } from './app-server.ts';
import { hasChromium, launchBrowser, NO_CHROMIUM_NOTICE, screenshotPath } from './browser.ts';

// The embedded corpus may not fill every part of the digest yet; these checks render the views on a
// hand-built digest with every field filled, in a real browser with the real stylesheet.

/** The stylesheets in the order the root layout imports them. */
const STYLESHEETS = ['base', 'claims', 'sections', 'pages', 'theme'] as const;
let css = '';
const caller = fixtureCaller(fullDigest);

function pageOf(element: ReactElement): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><main>${renderToString(element)}</main></body></html>`;
}

describe.skipIf(!hasChromium)('the views on a full fixture digest, in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    css = (await Promise.all(STYLESHEETS.map((name) => readFile(path.join(APP_DIR, 'src', 'app', 'styles', `${name}.css`), 'utf8')))).join('\n');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('states conflicts as conflicts and ranks clusters by independent support', async () => {
    await page.setContent(pageOf(<TRPCReactProvider><DigestView digest={fullDigest} /></TRPCReactProvider>));
    const sides = await page.locator('.conflict__sides').first().innerText();
    // The quotation marks around the as-written values come from <q>, not from the text.
    expect(sides).toBe('22.2 km/h 12 knots (Wire Desk, Copy Site) vs 25.9 km/h 14 knots (City Courier)');
    const supports = await page.locator('.clusters .support').allInnerTexts();
    expect(supports[0]).toBe('4 outlets, 3 independent');
    expect(supports.at(-1)).toBe('1 outlet');
    expect(await page.locator('.summary a.receipts-link').count()).toBe(fullDigest.summary.length);
    // A conflict line unfolds to the sentence of each side it names.
    const speed = page.locator('ol.summary > li.summary__line--conflict');
    await speed.locator('details > summary').click();
    await expect(speed.locator('a.summary__sentence').allInnerTexts()).resolves.toEqual([
      'The ferry was travelling at 12 knots, the port authority said.',
      'The ferry was travelling at 12 knots, the port authority said.',
      'Witnesses said the ferry was going at 14 knots.',
    ]);
    await expect(page.locator('.timeline__when time').allInnerTexts()).resolves.toEqual(['Mar 2024', '10 Mar 2024', '15 Mar 2024']);
    await page.screenshot({ path: screenshotPath('fixture-digest'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('fixture-digest-dark'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows every claim of a cluster with its source sentence', async () => {
    await page.setContent(pageOf(<ClusterView {...await clusterPageData(caller, 'k-speed')} />));
    expect(await page.locator('.receipt__source').count()).toBe(3);
    await expect(page.locator('.coverage').innerText()).resolves.toMatch(/City Courier\s+contradicts/);
    await page.screenshot({ path: screenshotPath('fixture-cluster'), fullPage: true });
  });

  it('reveals before and after of an edit when it gets keyboard focus', async () => {
    await page.setContent(pageOf(<ArticleView {...await articlePageData(caller, 'a2-copy')} />));
    const homoglyph = page.locator('mark.edit--homoglyph');
    expect(await homoglyph.locator('.tip').isVisible()).toBe(false);
    await homoglyph.focus();
    await expect(homoglyph.locator('.tip').innerText()).resolves.toContain('“оfficials” → “officials”');
    await page.screenshot({ path: screenshotPath('fixture-article') });
    expect(await page.locator('mark.flag--spin').count()).toBe(1);
  });
});

// Registered only when Chromium is missing, so a run that skips the browser says why.
if (!hasChromium) {
  describe('the views on a full fixture digest, in Chromium', () => {
    it.skip(NO_CHROMIUM_NOTICE, () => {});
  });
}
