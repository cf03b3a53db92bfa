import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { signInCookie } from './http';

/** A page whose context carries the session cookie of `email` (signed in over the real API). */
export async function signedInPage(newPage: () => Promise<Page>, email: string): Promise<Page> {
  const page = await newPage();
  const [name, value] = (await signInCookie(email)).split('=');
  await page.context().addCookies([{ name, value, url: inject('baseURL') }]);
  return page;
}
export type { Browser };

/** Waits until the island holding `selector` is hydrated (Astro drops `ssr` from <astro-island>), so clicks reach Preact. */
export async function hydrated(page: Page, selector: string) {
  await page.locator(`astro-island:not([ssr]) ${selector}`).first().waitFor();
  return page.locator(selector);
}
