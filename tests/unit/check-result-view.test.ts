import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { CheckResultView, type ShownResult } from '@/components/checks/CheckResultView';
import type { Finding } from '@/checks/types';

const fix = { article: 'licenses/no-licenses-available', anchor: { 'pt-BR': 'passo-a-passo', en: 'steps' } };
const finding = (status: Finding['status'], word: string): Finding => ({ status, message: { 'pt-BR': word, en: word }, fix });
const result: ShownResult = {
  status: 'fail',
  summary: { 'pt-BR': 'Resumo', en: 'Summary' },
  findings: [finding('ok', 'fine'), finding('warn', 'careful'), finding('fail', 'broken')],
  at: '2026-11-22T12:00:00Z',
  durationMs: 12,
};

/** The rows of the rendered findings, each as its text. */
function rows(lang: 'pt-BR' | 'en'): string[] {
  const html = render(h(CheckResultView, { result, lang, timeZone: 'America/Sao_Paulo' }));
  return [...html.matchAll(/<li class="omni-finding[^"]*">([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

describe('CheckResultView', () => {
  test.each([
    ['pt-BR', 'Como corrigir →'],
    ['en', 'How to fix →'],
  ] as const)('links "how to fix" only on warn and fail rows (%s)', (lang, howToFix) => {
    const [ok, warn, fail] = rows(lang);
    expect(ok).toContain('fine');
    expect(ok).not.toContain(howToFix);
    expect(warn).toContain(howToFix);
    expect(fail).toContain(howToFix);
  });
});
