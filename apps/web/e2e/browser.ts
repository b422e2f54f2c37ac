import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { APP_DIR } from './app-server.ts';

/** Debian's Chromium; the tests never download a browser of their own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const NO_CHROMIUM_NOTICE = `skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium) — browser checks did not run`;

/** Screenshots land here (gitignored), to be looked at after a run. */
export const RESULTS_DIR = path.join(APP_DIR, 'test-results');

export async function launchBrowser(): Promise<Browser> {
  await mkdir(RESULTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Without the background-networking flags Chromium keeps dialling out, which this network refuses.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function screenshotPath(name: string): string {
  return path.join(RESULTS_DIR, `${name}.png`);
}
