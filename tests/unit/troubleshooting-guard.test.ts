import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { findTroubleshootingGaps, troubleshootingGaps, troubleshootingGuard } from '../../src/integrations/troubleshooting-guard';
import { articleSchema } from '../../src/articles/schema';

const pt = (fm: string, body: string) => `---\ntitle: T\nmodule: chat\n${fm}\n---\n\n${body}`;
const ptBody = '## Passo a passo\n\n1. Faça.\n\n## Quando escalar\n\nChame o admin.\n\n## O que dizer ao cliente\n\n"Estamos vendo."\n';
const enBody = ptBody.replace('Quando escalar', 'When to escalate').replace('O que dizer ao cliente', 'What to tell the customer');
const triage = 'triage: Todos esperam, ou só este operador?';

describe('troubleshootingGaps', () => {
  test('returns nothing for a complete troubleshooting article in each language', () => {
    expect(troubleshootingGaps('chat/a.mdx', pt(`kind: troubleshooting\n${triage}`, ptBody))).toEqual([]);
    expect(troubleshootingGaps('en/chat/a.mdx', pt('kind: troubleshooting\ntriage: Is everyone waiting?', enBody))).toEqual([]);
  });

  test('returns each missing section and the missing triage question', () => {
    const gaps = troubleshootingGaps('chat/a.mdx', pt('kind: troubleshooting', '## Passo a passo\n\n1. Faça.\n\n## Quando escalar\n\n'));
    expect(gaps).toEqual(['no `triage:` question in the frontmatter', 'an empty "## Quando escalar" section', 'no "## O que dizer ao cliente" section']);
  });

  test('returns the English sections missing from an English article that has the Portuguese ones', () => {
    expect(troubleshootingGaps('en/chat/a.mdx', pt(`kind: troubleshooting\n${triage}`, ptBody))).toEqual([
      'no "## When to escalate" section',
      'no "## What to tell the customer" section',
    ]);
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
    expect(findTroubleshootingGaps(dir)).toEqual([{ path: 'en/chat/a.mdx', gaps: ['no `triage:` question in the frontmatter'] }]);
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
    expect(() => run(srcWith('## Passo a passo\n\n1. Faça.\n'), 'build')).toThrow(/chat\/a\.mdx: no "## Quando escalar" section/);
  });

  test('only warns in dev, and passes a complete article', () => {
    expect(run(srcWith('## Passo a passo\n\n1. Faça.\n'), 'dev')[0]).toMatch(/Troubleshooting articles incomplete/);
    expect(run(srcWith(ptBody), 'build')).toEqual([]);
  });
});

describe('articleSchema triage', () => {
  test('rejects a troubleshooting article without triage and a triage that is not a question', () => {
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting' }).success).toBe(false);
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', triage: 'Todos esperam na fila.' }).success).toBe(false);
  });

  test('accepts a troubleshooting article with its question, and a how-to without one', () => {
    expect(articleSchema.safeParse({ module: 'chat', kind: 'troubleshooting', triage: 'Todos esperam, ou só este operador?' }).success).toBe(true);
    expect(articleSchema.safeParse({ module: 'bulk', kind: 'how-to' }).success).toBe(true);
  });
});
