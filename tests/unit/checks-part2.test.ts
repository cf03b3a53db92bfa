import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { part2Checks } from '@/checks/part2';
import { checkIds } from '@/checks/catalog';
import { articles } from '@/checks/lib/articles';
import { isPermission } from '@/auth/permissions';
import { readInputMessage } from '@/server/input-message';

describe('part2Checks', () => {
  test('defines the ten part-2 ids of the catalog, once each, in catalog order', () => {
    const ids = part2Checks.map((c) => c.id);
    expect(ids).toEqual(checkIds.slice(3));
    expect(new Set(ids).size).toBe(10);
  });

  test('each check has titles and descriptions in both languages, a known permission, a time limit, and a field per input key', () => {
    for (const c of part2Checks) {
      for (const text of [c.title, c.description]) expect(text['pt-BR'].length * text.en.length, c.id).toBeGreaterThan(0);
      expect(isPermission(c.permission), c.id).toBe(true);
      expect(c.timeLimitMs, c.id).toBeGreaterThan(0);
      for (const f of c.fields) expect(f.label['pt-BR'] && f.label.en, `${c.id}.${f.name}`).toBeTruthy();
      const shape = (c.input as unknown as { shape: Record<string, unknown> }).shape;
      expect(Object.keys(shape).sort(), c.id).toEqual(c.fields.map((f) => f.name).sort());
    }
  });

  test('each check is named in the checks: list of at least one article in both languages', () => {
    const frontmatter = (p: string) => readFileSync(p, 'utf8').split('---')[1];
    for (const c of part2Checks) {
      const named = Object.values(articles).filter((a) => new RegExp(`checks:.*\\b${c.id}\\b`).test(frontmatter(`src/content/docs/${a}.mdx`)));
      expect(named.length, c.id).toBeGreaterThan(0);
      for (const a of named) expect(frontmatter(`src/content/docs/en/${a}.mdx`)).toMatch(new RegExp(`checks:.*\\b${c.id}\\b`));
    }
  });

  test('every input error of an empty submission carries both languages', () => {
    for (const c of part2Checks) {
      const r = c.input.safeParse({});
      if (r.success) continue;
      for (const issue of r.error.issues) expect(readInputMessage(issue.message), `${c.id}: ${issue.message}`).not.toBeNull();
    }
  });
});

describe('articles', () => {
  test('every article a check can point at exists in pt-BR and English', () => {
    for (const a of Object.values(articles)) {
      expect(existsSync(`src/content/docs/${a}.mdx`), a).toBe(true);
      expect(existsSync(`src/content/docs/en/${a}.mdx`), a).toBe(true);
    }
  });
});
