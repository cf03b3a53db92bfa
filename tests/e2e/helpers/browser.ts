import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = 'screenshots';

/**
 * Opens one headless Debian Chromium for the calling test file and closes it afterwards.
 * Returns accessors for the browser and the base URL of the built server.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseURL: () => inject('baseURL'),
    /** A fresh page in its own context (no shared cookies), sized like a laptop screen. */
    async newPage(): Promise<Page> {
      if (!browser) throw new Error('The browser is not started yet; call newPage() inside a test.');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: inject('baseURL') });
      return context.newPage();
    },
  };
}

/** Saves a full-page screenshot under screenshots/ (git-ignored). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}
