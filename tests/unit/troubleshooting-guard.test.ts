import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { findTroubleshootingGaps, troubleshootingGaps, troubleshootingGuard } from '@/integrations/troubleshooting-guard';
import { articleSchema } from '@/articles/schema';

const pt = (fm: string, body: string) => `---\ntitle: T\nmodule: chat\n${fm}\n---\n\n${body}`;
const ptBody = '## Passo a passo\n\n### 1. Confira\n\nFaça.\n\n### 2. Ajuste\n\nFaça.\n\n## Quando escalar\n\nChame o admin.\n';
const enBody = ptBody.replace('Quando escalar', 'When to escalate');
const map = "triageMap:\n  - { answer: 'Todos', step: 2 }\n  - { answer: 'Só um', step: 1 }";
const tell = "tellCustomer:\n  - { for: customer, text: 'Estamos conferindo o cadastro.' }";
const triage = `triage: Todos esperam, ou só este operador?\n${map}\n${tell}`;

describe('troubleshootingGaps', () => {
  test('returns nothing for a complete troubleshooting article in each language', () => {
    expect(troubleshootingGaps('chat/a.mdx', pt(`kind: troubleshooting\n${triage}`, ptBody))).toEqual([]);
    expect(troubleshootingGaps('en/chat/a.mdx', pt(`kind: troubleshooting\ntriage: Is everyone waiting?\n${map}\n${tell}`, enBody))).toEqual([]);
  });

  test('returns the missing triage question, triage map, lines for the call and escalation section', () => {
    const gaps = troubleshootingGaps('chat/a.mdx', pt('kind: troubleshooting', '## Passo a passo\n\n1. Faça.\n\n## Quando escalar\n\n'));
    expect(gaps).toEqual([
      'no `triage:` question in the frontmatter',
      'no `triageMap:` with two answers or more (each answer and the step it leads to)',
      'no `tellCustomer:` lines (what to say on the call, and to whom)',
      'an empty "## Quando escalar" section',
    ]);
  });

  test('returns each triage answer that leads to a step or section the article does not have', () => {
    const fm =
      "kind: troubleshooting\ntriage: Todos esperam?\ntriageMap:\n  - { answer: 'Sim', step: 4 }\n  - { answer: 'Não', section: 'Quando escalar' }\n  - { answer: 'Talvez', section: 'Outra coisa' }\n" +
      tell;
    expect(troubleshootingGaps('chat/a.mdx', pt(fm, ptBody))).toEqual([
      'the triage answer "Sim" leads to step 4, which has no "### 4. …" heading',
      'the triage answer "Talvez" leads to the section "Outra coisa", which has no heading',
    ]);
  });

  test('rejects a line for the call that does not say whom it is for', () => {
    const fm = `kind: troubleshooting\ntriage: Todos esperam?\n${map}\ntellCustomer:\n  - { text: 'Estamos conferindo.' }`;
    expect(troubleshootingGaps('chat/a.mdx', pt(fm, ptBody))).toEqual(['a `tellCustomer:` line without `for: customer|colleague` and `text`']);
  });

  test('rejects the old customer section left in the body, which now comes from `tellCustomer`', () => {
    expect(troubleshootingGaps('chat/a.mdx', pt(`kind: troubleshooting\n${triage}`, `${ptBody}\n## O que dizer ao cliente\n\n"Oi."\n`))).toEqual([
      'a "## O que dizer ao cliente" section in the body: move its lines to `tellCustomer:`',
    ]);
  });

  test('returns the English section missing from an English article that has the Portuguese one', () => {
    expect(troubleshootingGaps('en/chat/a.mdx', pt(`kind: troubleshooting\n${triage}`, ptBody))).toEqual(['no "## When to escalate" section']);
  });

  test('returns nothing for how-to and reference articles', () => {
    expect(troubleshootingGaps('bulk/a.mdx', pt('kind: how-to', 'Texto.'))).toEqual([]);
    expect(troubleshootingGaps('reference/a.mdx', pt('', 'Texto.'))).toEqual([]);
  });

  test('does not take a level-3 heading for the section', () => {
    expect(troubleshootingGaps('chat/a.mdx', pt(`kind: troubleshooting\n${triage}`, ptBody.replace('## Quando', '### Quando')))).toEqual([
      'no "## Quando escalar" section',
    ]);
  });
});

describe('findTroubleshootingGaps', () => {
  test('returns nothing for the real articles', () => {
    expect(findTroubleshootingGaps('src/content/docs')).toEqual([]);
  });

  test('returns the incomplete article of a docs folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    mkdirSync(join(dir, 'en/chat'), { recursive: true });
    mkdirSync(join(dir, 'chat'));
    writeFileSync(join(dir, 'chat/a.mdx'), pt(`kind: troubleshooting\n${triage}`, ptBody));
    writeFileSync(join(dir, 'en/chat/a.mdx'), pt('kind: troubleshooting', enBody));
    expect(findTroubleshootingGaps(dir)).toEqual([
      {
        path: 'en/chat/a.mdx',
        gaps: [
          'no `triage:` question in the frontmatter',
          'no `triageMap:` with two answers or more (each answer and the step it leads to)',
          'no `tellCustomer:` lines (what to say on the call, and to whom)',
        ],
      },
    ]);
  });
});

describe('troubleshootingGuard', () => {
  const run = (dir: string, command: 'build' | 'dev') => {
    const warnings: string[] = [];
    const setup = troubleshootingGuard().hooks['astro:config:setup'] as unknown as (o: object) => void;
    setup({ config: { srcDir: pathToFileURL(`${dir}/`) }, command, logger: { warn: (m: string) => warnings.push(m) } });
    return warnings;
  };
  const srcWith = (body: string) => {
    const src = mkdtempSync(join(tmpdir(), 'src-'));
    mkdirSync(join(src, 'content/docs/chat'), { recursive: true });
    writeFileSync(join(src, 'content/docs/chat/a.mdx'), pt(`kind: troubleshooting\n${triage}`, body));
    return src;
  };

  test('throws on `astro build` when a troubleshooting article lacks a section, naming the file', () => {
    expect(() => run(srcWith('## Passo a passo\n\n1. Faça.\n'), 'build')).toThrow(/chat\/a\.mdx: .*no "## Quando escalar" section/);
  });

  test('only warns in dev, and passes a complete article', () => {
    expect(run(srcWith('## Passo a passo\n\n1. Faça.\n'), 'dev')[0]).toMatch(/Troubleshooting articles incomplete/);
    expect(run(srcWith(ptBody), 'build')).toEqual([]);
  });
});

describe('articleSchema triage', () => {
  const call = {
    triageMap: [
      { answer: 'Todos', step: 4 },
      { answer: 'Só este', section: 'Quando escalar' },
    ],
    tellCustomer: [{ for: 'customer', text: 'Estamos conferindo a fila.' }],
  };

  test('rejects a troubleshooting article without triage and a triage that is not a question', () => {
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', ...call }).success).toBe(false);
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', triage: 'Todos esperam na fila.', ...call }).success).toBe(false);
  });

  test('rejects a map of one answer, an answer with both step and section, and an unknown listener', () => {
    const triage = 'Todos esperam, ou só este operador?';
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', triage, ...call, triageMap: [call.triageMap[0]] }).success).toBe(false);
    const both = [{ answer: 'Sim', step: 1, section: 'Quando escalar' }, call.triageMap[0]];
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', triage, ...call, triageMap: both }).success).toBe(false);
    expect(
      articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', triage, ...call, tellCustomer: [{ for: 'boss', text: 'Estamos conferindo.' }] })
        .success,
    ).toBe(false);
  });

  test('accepts a troubleshooting article with its question, map and lines, and a how-to without them', () => {
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', triage: 'Todos esperam, ou só este operador?', ...call }).success).toBe(true);
    expect(articleSchema.safeParse({ module: 'bulk', kind: 'how-to' }).success).toBe(true);
  });
});
