import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { seedsDir } from '../../scripts/content-check.mjs';
import { massMaintenanceHeadings, renderSourceIndex, troubleshootingGuideHeadings } from '@/articles/source-headings';
import { findSourceGaps, sourceGaps, sourceGuard, type SourceIndex } from '@/integrations/source-guard';
import { articleSchema } from '@/articles/schema';

const indexFile = 'src/articles/source-passages.json';

describe('the committed index of source passages', () => {
  const seeds = seedsDir();
  test.runIf(seeds !== undefined)('is what the source documents give today (regenerate it with `npm run sources:index`)', () => {
    const fresh = renderSourceIndex((file) => readFileSync(join(seeds!, file), 'utf8'));
    expect(readFileSync(indexFile, 'utf8')).toBe(fresh);
  });

  test('holds headings of both documents', () => {
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SourceIndex;
    expect(index['mass-maintenance']!.headings).toContain('Queue Management: Mass Closure');
    expect(index['troubleshooting-guide']!.headings).toContain('Chat - Habilitar envio de anexos via chat');
  });
});

describe('massMaintenanceHeadings', () => {
  const captions = 'Import Users Button Botão de Importação de Usuários\n\nGestão de Filas\n\nBusca de Atendimentos\n\nRedirecionamento\n';
  test('takes short lines followed by body text, not bullets, sentences, caption pairs or listed captions', () => {
    const text = `Skip to main content\n\nGuide\n\nThis guide explains the work.\n\nUser Creation\n\nYou create users here.\n  • name: the name\nScreen Shot\n\nTela\n\nRules:\n\n  • one\n${captions}`;
    expect(massMaintenanceHeadings(text)).toEqual(['Guide', 'User Creation', 'Rules:']);
  });

  test('fails when a listed caption left the document, so the list gets reviewed', () => {
    expect(() => massMaintenanceHeadings('Guide\n\nBody text here.\n')).toThrow(/caption/);
  });
});

describe('troubleshootingGuideHeadings', () => {
  test('takes the titles listed after "Para mais informações", quoted titles, inline titles and section lines', () => {
    const text = [
      'Dúvida / Situação',
      'Texto de abertura com várias palavras / barras no meio.',
      '  1. Verifique a caixa.',
      '    • Veja neste artigo como fazer isso: Omni - Limpeza de Cache',
      'Para mais informações veja os artigos\u00a0',
      '',
      'E-mail - Demora ou Não Recebimento',
      '> E-Mail - Como bloquear e-mails',
      '',
      '  1. Outro passo / com barra.',
      '> Usuário - Mensagem 403',
    ].join('\n');
    expect(troubleshootingGuideHeadings(text)).toEqual([
      'Dúvida / Situação',
      'Omni - Limpeza de Cache',
      'E-mail - Demora ou Não Recebimento',
      'E-Mail - Como bloquear e-mails',
      'Usuário - Mensagem 403',
    ]);
  });
});

const index: SourceIndex = {
  'mass-maintenance': { file: 'a.txt', headings: ['User Creation'] },
  'troubleshooting-guide': { file: 'b.txt', headings: ['Chat - Habilitar envio de anexos via chat'] },
};
const article = (fm: string) => `---\ntitle: T\nmodule: chat\n${fm}\n---\n\nTexto.\n`;

describe('sourceGaps', () => {
  test('accepts listed passages that exist', () => {
    expect(
      sourceGaps(
        article(
          'sources:\n  - doc: troubleshooting-guide\n    heading: Chat - Habilitar envio de anexos via chat\n  - doc: mass-maintenance\n    heading: User Creation',
        ),
        index,
      ),
    ).toEqual([]);
  });

  test('names a missing list, an unknown document and a heading the document lacks', () => {
    expect(sourceGaps(article(''), index)).toEqual(['no `sources:` (the source passages its statements about Omni rest on)']);
    expect(sourceGaps(article('sources:\n  - doc: manual\n    heading: X'), index)[0]).toMatch(/unknown source document "manual"/);
    expect(sourceGaps(article('sources:\n  - doc: mass-maintenance\n    heading: User Deletion'), index)).toEqual([
      'mass-maintenance has no passage "User Deletion"',
    ]);
  });

  test('asks nothing of a landing page (no module)', () => {
    expect(sourceGaps('---\ntitle: Início\n---\n\nTexto.\n', index)).toEqual([]);
  });
});

describe('findSourceGaps and sourceGuard', () => {
  test('every real article lists sources that exist in the committed index', () => {
    expect(findSourceGaps('src/content/docs')).toEqual([]);
  });

  const srcWith = (fm: string) => {
    const src = mkdtempSync(join(tmpdir(), 'src-'));
    mkdirSync(join(src, 'content/docs/en/chat'), { recursive: true });
    writeFileSync(join(src, 'content/docs/en/chat/a.mdx'), article(fm));
    return src;
  };
  const run = (src: string, command: 'build' | 'dev') => {
    const warnings: string[] = [];
    const setup = sourceGuard().hooks['astro:config:setup'] as unknown as (o: object) => void;
    setup({ config: { srcDir: pathToFileURL(`${src}/`) }, command, logger: { warn: (m: string) => warnings.push(m) } });
    return warnings;
  };

  test('throws on `astro build`, naming the article and the missing passage; only warns in dev', () => {
    const src = srcWith('sources:\n  - doc: troubleshooting-guide\n    heading: Chat - Anexos mágicos');
    expect(() => run(src, 'build')).toThrow(/en\/chat\/a\.mdx: troubleshooting-guide has no passage "Chat - Anexos mágicos"/);
    expect(run(src, 'dev')[0]).toMatch(/Article sources missing or unknown/);
    expect(existsSync(src)).toBe(true);
  });

  test('passes an article whose passage exists', () => {
    expect(run(srcWith('sources:\n  - doc: troubleshooting-guide\n    heading: Chat - Habilitar envio de anexos via chat'), 'build')).toEqual([]);
  });
});

describe('articleSchema sources', () => {
  test('rejects an unknown document and an empty heading', () => {
    expect(articleSchema.safeParse({ module: 'chat', sources: [{ doc: 'manual', heading: 'X' }] }).success).toBe(false);
    expect(articleSchema.safeParse({ module: 'chat', sources: [{ doc: 'mass-maintenance', heading: ' ' }] }).success).toBe(false);
  });
});
