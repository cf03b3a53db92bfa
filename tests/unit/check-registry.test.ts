import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkIds } from '@/checks/catalog';
import { checksFor, getCheck, registeredChecks } from '@/checks/registry';

/** The checks of part 1 (issue 5); part 2 adds the others of the catalog one import at a time. */
const part1 = ['mailbox-test', 'scheduler-status', 'license-count'];
const camel = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) + 'Check';

describe('registeredChecks', () => {
  test('registers only ids of the catalog, each once', () => {
    const ids = registeredChecks.map((c) => c.id);
    for (const id of ids) expect(checkIds).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('registers the part-1 checks', () => {
    for (const id of part1) expect(getCheck(id)?.id).toBe(id);
  });

  test('registers every check file of src/checks/definitions/, under its file name, exported as <camelCase>Check', async () => {
    const files = readdirSync('src/checks/definitions').filter((f) => f.endsWith('.ts') && (checkIds as readonly string[]).includes(f.slice(0, -3)));
    for (const f of files) {
      const id = f.slice(0, -3);
      const mod = (await import(`../../src/checks/definitions/${id}.ts`)) as Record<string, unknown>;
      expect(mod[camel(id)], `${f} exports ${camel(id)}`).toBe(getCheck(id));
    }
  });

  test('gives every check titles and descriptions in both languages, a time limit and labelled fields', () => {
    for (const c of registeredChecks) {
      for (const text of [c.title, c.description, ...c.fields.map((f) => f.label)]) {
        // Two letters is a real label ("De", "To"); empty or one-letter texts are not.
        expect(text['pt-BR'].length).toBeGreaterThanOrEqual(2);
        expect(text.en.length).toBeGreaterThanOrEqual(2);
      }
      expect(c.timeLimitMs).toBeGreaterThan(0);
    }
  });
});

describe('checksFor', () => {
  test('returns only the e-mail search window to the attendance screen and the part-1 checks with admin:checks', () => {
    expect(checksFor([]).map((c) => c.id)).toEqual([]);
    expect(checksFor(['op:attendance']).map((c) => c.id)).toEqual(['email-search-window']);
    expect(checksFor(['admin:checks']).map((c) => c.id)).toEqual(expect.arrayContaining(part1));
  });
});
