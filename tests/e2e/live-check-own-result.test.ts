import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';

/**
 * A live-check widget shows only the result of its own input: never the dashboard's last run for
 * another record under an empty picker, never an earlier result under a new error or a changed input.
 */
const b = useBrowser();
let admin = '';
const queueIds: Record<string, number> = {};

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  const res = await call('/api/pickers/queue', { cookie: admin });
  expect(res.status).toBe(200);
  for (const q of (await res.json()).options as { id: number; label: string }[]) queueIds[q.label] = q.id;
  expect(queueIds['Ouvidoria Chat']).toBeTypeOf('number');
  expect(queueIds['Suporte Chat']).toBeTypeOf('number');
  // What the dashboard's sweep stores: a run of the check for one queue (Ouvidoria Chat).
  const run = await call('/api/checks/chat-distribution', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    cookie: admin,
    body: JSON.stringify({ queueId: queueIds['Ouvidoria Chat'] }),
  });
  expect(run.status).toBe(200);
});

async function adminPage(): Promise<Page> {
  const page = await b.newPage();
  const [name, value] = admin.split('=');
  await page.context().addCookies([{ name, value, url: b.baseURL() }]);
  return page;
}

describe.each(['pt-BR', 'en'] as const)('the live-check widget shows only its own result (%s)', (lang) => {
  const path = `${lang === 'en' ? '/en' : ''}/chat/operator-receives-no-chats/`;
  const noResult = lang === 'en' ? 'No result yet for what is chosen above' : 'Nenhum resultado para o que está escolhido acima';

  test('an empty picker shows no stored run of another queue; a new input or a new error clears the result', async () => {
    const page = await adminPage();
    await page.goto(path);
    const form = page.locator('form[data-check-runner="chat-distribution"]');
    await form.waitFor();
    const select = form.locator('select[name="queueId"]');
    await select.locator('option', { hasText: 'Suporte Chat' }).waitFor({ state: 'attached' });
    // The stored run for Ouvidoria Chat is not this widget's result: nothing is shown under the empty picker.
    expect(await form.locator('.omni-result').count()).toBe(0);
    await form.getByText(noResult).waitFor();
    expect(await form.locator('[aria-live]').innerText()).not.toContain('Ouvidoria Chat');

    // A run for Suporte Chat shows its result…
    await select.selectOption(String(queueIds['Suporte Chat']));
    await form.locator('button[type="submit"]').click();
    await form.locator('.omni-result', { hasText: 'Suporte Chat' }).waitFor({ timeout: 30_000 });
    await form.scrollIntoViewIfNeeded();
    await shot(page, `live-check-own-result-${lang}`);

    // …which another queue's choice does not inherit…
    await select.selectOption(String(queueIds['Ouvidoria Chat']));
    await form.getByText(noResult).waitFor();
    expect(await form.locator('.omni-result').count()).toBe(0);

    // …nor a refused run (no queue picked): the error stands alone, and the earlier result stays gone
    // even when the queue it belonged to is chosen again.
    await select.selectOption(String(queueIds['Suporte Chat']));
    await form.locator('.omni-result', { hasText: 'Suporte Chat' }).waitFor();
    await select.selectOption('');
    await form.locator('button[type="submit"]').click();
    await form.locator('.omni-run-error').waitFor();
    expect(await form.locator('.omni-result').count()).toBe(0);
    await select.selectOption(String(queueIds['Suporte Chat']));
    await form.getByText(noResult).waitFor();
    expect(await form.locator('.omni-result').count()).toBe(0);
    await page.context().close();
  });
});
