import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findMissingTranslations } from '@/integrations/translation-guard';
import { articleSchema } from '@/articles/schema';
import { moduleIds } from '@/articles/modules';

const docsDir = 'src/content/docs';

function articles(dir = docsDir): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? articles(p) : /\.mdx?$/.test(n) ? [relative(docsDir, p)] : [];
  });
}

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(join(docsDir, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) throw new Error(`${file} has no frontmatter`);
  return parse(m[1]);
}

describe('findMissingTranslations', () => {
  test('returns nothing for the real articles', () => {
    expect(findMissingTranslations(docsDir)).toEqual({ missingEn: [], missingPt: [] });
  });

  test('returns the article that exists in one language only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    mkdirSync(join(dir, 'email'));
    mkdirSync(join(dir, 'en/chat'), { recursive: true });
    writeFileSync(join(dir, 'email/a.mdx'), '');
    writeFileSync(join(dir, 'en/chat/b.md'), '');
    expect(findMissingTranslations(dir)).toEqual({ missingEn: ['email/a.mdx'], missingPt: ['chat/b.md'] });
  });
});

describe('articleSchema', () => {
  test('rejects a check id that is not in the catalog', () => {
    const r = articleSchema.safeParse({ module: 'email', checks: ['no-such-check'] });
    expect(r.success).toBe(false);
  });

  test('rejects an unknown module and an empty audience', () => {
    expect(articleSchema.safeParse({ module: 'nowhere' }).success).toBe(false);
    expect(articleSchema.safeParse({ module: 'email', audience: [] }).success).toBe(false);
  });
});

describe('articles', () => {
  const files = articles().filter((f) => f.includes('/') && !/^en\/index\.mdx?$/.test(f));

  test.each(files)('%s sets module to its folder and has symptoms', (file) => {
    const folder = file.replace(/^en\//, '').split('/')[0];
    const data = frontmatter(file);
    expect(moduleIds).toContain(folder);
    expect(data.module).toBe(folder);
    expect(articleSchema.parse(data).symptoms.length).toBeGreaterThanOrEqual(3);
  });

  test.each(files.filter((f) => !f.startsWith('en/')))('%s lists the same checks and actions in both languages', (file) => {
    const pt = frontmatter(file);
    const en = frontmatter(`en/${file}`);
    expect(en.checks ?? []).toEqual(pt.checks ?? []);
    expect(en.actions ?? []).toEqual(pt.actions ?? []);
    expect(en.kind).toBe(pt.kind);
  });

  test.each(files.filter((f) => !f.startsWith('en/')))(
    '%s cites the same sources, and maps the triage answers to the same steps, in both languages',
    (file) => {
      const pt = articleSchema.parse(frontmatter(file));
      const en = articleSchema.parse(frontmatter(`en/${file}`));
      expect(en.sources).toEqual(pt.sources);
      expect((en.triageMap ?? []).map((a) => a.step ?? 'section')).toEqual((pt.triageMap ?? []).map((a) => a.step ?? 'section'));
      expect((en.tellCustomer ?? []).map((l) => l.for)).toEqual((pt.tellCustomer ?? []).map((l) => l.for));
    },
  );
});
