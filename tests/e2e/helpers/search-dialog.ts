import type { Page } from 'playwright-core';

/** One rendered result of the search dialog. */
export interface DialogResult {
  path: string;
  title: string;
  labels: string;
  hreflang: string | null;
  /** `strong` (the article answers the query) or `weak` (a "maybe"). */
  match: string | undefined;
  /** The section line under the title, if any, and the anchor the result opens at. */
  section: string;
  hash: string;
}

/** Opens the search dialog with Ctrl+K and waits until both indexes are loaded. */
export async function openSearch(page: Page): Promise<void> {
  await page.locator('omni-search button[data-open]:not([disabled])').waitFor();
  await page.keyboard.press('Control+k');
  await page.locator('omni-search dialog[open]').waitFor();
  await page.waitForFunction(
    () => {
      const s = document.querySelector('omni-search [data-status]')?.textContent ?? '';
      return !s.endsWith('…');
    },
    null,
    { timeout: 60_000 },
  );
}

/**
 * Types `query` into the open dialog (one input event, as a paste) and returns the results once
 * the dialog has rendered them.
 */
export async function searchFor(page: Page, query: string): Promise<DialogResult[]> {
  return page.evaluate(async (q) => {
    const el = document.querySelector('omni-search')!;
    const input = el.querySelector('input')!;
    const rendered = new Promise<void>((resolve) => {
      el.addEventListener('omni-search:rendered', function done(e) {
        if ((e as CustomEvent<{ query: string }>).detail.query !== q) return;
        el.removeEventListener('omni-search:rendered', done);
        resolve();
      });
    });
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered;
    return [...el.querySelectorAll<HTMLAnchorElement>('a[role="option"]')].map((a) => ({
      path: new URL(a.href).pathname,
      title: a.querySelector('.omni-sr-title')?.textContent ?? '',
      labels: a.querySelector('.omni-sr-labels')?.textContent ?? '',
      hreflang: a.getAttribute('hreflang'),
      match: a.dataset.match,
      section: a.querySelector('.omni-sr-section')?.textContent ?? '',
      hash: new URL(a.href).hash,
    }));
  }, query);
}
