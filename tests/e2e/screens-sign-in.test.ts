import { describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { expectNoSidewaysScroll } from './helpers/layout';

const b = useBrowser();

const t = {
  'pt-BR': {
    login: '/login/',
    next: '/bulk/queue-monitor/',
    email: 'E-mail',
    password: 'Senha',
    submit: 'Entrar',
    wrong: 'E-mail ou senha incorretos. Confira a senha e tente de novo.',
    landed: 'Monitoramento do encerramento em massa',
  },
  en: {
    login: '/en/login/',
    next: '/en/bulk/queue-monitor/',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    wrong: 'Wrong e-mail or password. Check the password and try again.',
    landed: 'Mass closure monitoring',
  },
} as const;

describe('sign-in form', () => {
  test.each(['pt-BR', 'en'] as const)('%s: a wrong password keeps the e-mail and `next`, focuses the password; success returns to `next`', async (lang) => {
    const x = t[lang];
    const page = await b.newPage();
    await page.goto(`${x.login}?next=${encodeURIComponent(x.next)}`);
    expect(await page.locator('.omni-tool.omni-login').count()).toBe(1);
    const email = page.getByLabel(x.email, { exact: true });
    const password = page.getByLabel(x.password, { exact: true });
    // By keyboard: the e-mail has the focus, Tab reaches the password, Enter submits.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    await page.keyboard.type('Supervisor@Demo.local');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('error') === 'invalid');
    expect(new URL(page.url()).searchParams.get('next')).toBe(x.next);
    expect(page.url()).not.toContain('Demo.local');
    expect(await page.getByRole('alert').textContent()).toBe(x.wrong);
    expect(await email.inputValue()).toBe('Supervisor@Demo.local');
    expect(await password.inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    expect(await password.getAttribute('aria-describedby')).toBe('omni-login-error');
    await shot(page, `sign-in-error-${lang}`);
    await expectNoSidewaysScroll(page, `sign-in (${lang})`);
    await shot(page, `sign-in-error-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.keyboard.type(DEMO_PASSWORD);
    await page.getByRole('button', { name: x.submit, exact: true }).click();
    await page.waitForURL((u) => u.pathname === x.next);
    expect(await page.locator('h1').textContent()).toBe(x.landed);
    await page.close();
  });

  test('an off-site `next` is dropped, also after a failed attempt', async () => {
    const page = await b.newPage();
    await page.goto('/login/?next=//evil.example/');
    expect(await page.locator('input[name=next]').count()).toBe(0);
    await page.goto('/login/?next=/en/');
    await page.getByLabel('E-mail', { exact: true }).fill('agent@demo.local');
    await page.getByLabel('Senha', { exact: true }).fill('wrong');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('error') === 'invalid');
    expect(await page.locator('input[name=next]').inputValue()).toBe('/en/');
    await page.getByLabel('Senha', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/en/');
    await page.close();
  });
});
