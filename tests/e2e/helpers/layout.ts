import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Resizes to a 390 px phone and asserts the page does not scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300); // let the layout (and charts) settle at the new width
  const { scroll, width, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
    // The elements wider than the screen, to say what overflows when it does.
    wide: [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  }));
  expect(scroll, `${what} scrolls sideways at 390 px: ${wide.join(', ')}`).toBeLessThanOrEqual(width);
}
