import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleProse, languageOf, sharedRuns, shingles, tokenize } from '../../scripts/shared-runs.mjs';
import { findCopiedProse, seedsDir } from '../../scripts/content-check.mjs';

const source =
  'Confirme também se o documento como um todo está ativo e disponível para uso ou inativo. ' +
  'Acesse o Menu Administrador > Agendador de Tarefas > Painel de Controle, os serviços devem estar sem erros e programados para execução automática.';
const index = shingles(tokenize(source, []), 10);
const runs = (mdx: string) => sharedRuns(tokenize(articleProse(mdx)), index, 10);

describe('sharedRuns', () => {
  test('returns a run of 10+ words copied from the source, whatever the case, accents and punctuation', () => {
    const found = runs('Depois, CONFIRME tambem se o documento, como um todo, está ativo e disponivel para uso.');
    expect(found).toEqual([{ words: 14, text: 'CONFIRME tambem se o documento como um todo está ativo e disponivel para uso' }]);
  });

  test('returns nothing for a run of 9 shared words', () => {
    expect(runs('Veja se o documento como um todo está ativo e liberado.')).toEqual([]);
  });

  test('returns nothing when a bold menu path or a code span splits the shared words', () => {
    expect(runs('Acesse o **Menu Administrador > Agendador de Tarefas > Painel de Controle**, os serviços devem estar sem erros.')).toEqual([]);
    expect(runs('os serviços devem `estar` sem erros e programados para execução automática')).toEqual([]);
  });

  test('returns a run hidden in lowercase bold emphasis, which is prose and not a screen label', () => {
    expect(runs('Confirme também se o **documento como um todo está ativo** e disponível para uso.')[0]?.words).toBe(14);
  });

  test('returns a run copied into the frontmatter, and none across two symptoms', () => {
    const fm = (lines: string) => `---\ntitle: X\n${lines}\n---\nTexto.`;
    expect(runs(fm('description: confirme também se o documento como um todo está ativo e disponível'))).toHaveLength(1);
    expect(runs(fm('symptoms:\n  - confirme também se o documento como\n  - um todo está ativo e disponível para uso'))).toEqual([]);
  });

  test('leaves out the passage headings cited in `sources:`, and still checks the lines for the call', () => {
    const fm = (lines: string) => `---\ntitle: X\n${lines}\n---\nTexto.`;
    const heading = 'confirme também se o documento como um todo está ativo e disponível';
    expect(runs(fm(`sources:\n  - doc: troubleshooting-guide\n    heading: ${heading}`))).toEqual([]);
    expect(runs(fm(`sources:\n  - { doc: troubleshooting-guide, heading: ${heading} }`))).toEqual([]);
    expect(runs(fm(`tellCustomer:\n  - for: customer\n    text: ${heading}`))).toHaveLength(1);
  });

  test('merges overlapping shared shingles into one run', () => {
    expect(runs('x confirme também se o documento como um todo está ativo e disponível para uso ou inativo y')).toHaveLength(1);
  });
});

describe('tokenize', () => {
  test('drops the allowed screen labels so that no run crosses them', () => {
    const t = tokenize('procure o serviço Omni - Chat Distribuitor agora');
    expect(t.map((x) => x?.w ?? '|')).toEqual(['procure', 'o', 'servico', '|', 'agora']);
  });
});

describe('languageOf', () => {
  test('returns the language of each source document', () => {
    expect(languageOf('You can create users in Omni through a file, and the data that can be imported is the following.')).toBe('en');
    expect(languageOf(source)).toBe('pt-BR');
  });
});

describe('seedsDir', () => {
  test('returns undefined when no sources sit beside the repository and SEEDS_DIR is unset', () => {
    expect(seedsDir({}, mkdtempSync(join(tmpdir(), 'repo-')))).toBeUndefined();
  });

  test('throws when SEEDS_DIR names a folder that does not exist', () => {
    expect(() => seedsDir({ SEEDS_DIR: '/nowhere/seeds' })).toThrow(/SEEDS_DIR/);
  });

  test('returns ../shared/seeds beside the repository', () => {
    const top = mkdtempSync(join(tmpdir(), 'work-'));
    mkdirSync(join(top, 'shared/seeds'), { recursive: true });
    mkdirSync(join(top, 'repo'));
    expect(seedsDir({}, join(top, 'repo'))).toBe(join(top, 'shared/seeds'));
  });
});

describe('findCopiedProse', () => {
  test('compares each article with the source of its own language only', () => {
    const top = mkdtempSync(join(tmpdir(), 'content-'));
    const seeds = join(top, 'seeds');
    const docs = join(top, 'docs');
    mkdirSync(seeds);
    mkdirSync(join(docs, 'en/bulk'), { recursive: true });
    mkdirSync(join(docs, 'bulk'), { recursive: true });
    const english = 'In this mode, users are permanently moved from one service to another, and the data is kept.';
    writeFileSync(join(seeds, '000.txt'), english);
    writeFileSync(join(seeds, '001.txt'), source);
    writeFileSync(join(docs, 'en/bulk/a.mdx'), `---\ntitle: A\n---\n${english}\n`);
    writeFileSync(
      join(docs, 'bulk/a.mdx'),
      `---\ntitle: A\n---\n${english}\n\nConfirme também se o documento como um todo está ativo e disponível para uso.\n`,
    );
    const found = findCopiedProse(docs, seeds);
    expect(found.map((f) => [f.file, f.words])).toEqual([
      ['bulk/a.mdx', 14],
      ['en/bulk/a.mdx', 17],
    ]);
  });
});
