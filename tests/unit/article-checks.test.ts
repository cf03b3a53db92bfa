import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { isRegistered } from '@/checks/registry';

const docsDir = 'src/content/docs';
const files = (dir = docsDir): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.mdx$/.test(n) ? [relative(docsDir, p)] : [];
  });

function read(file: string) {
  const text = readFileSync(join(docsDir, file), 'utf8');
  const fm = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as { checks?: string[] };
  const embedded = [...text.matchAll(/<LiveCheck\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1]);
  return { listed: fm.checks ?? [], embedded };
}

describe('LiveCheck embeds', () => {
  test.each(files())('%s embeds exactly the registered checks its frontmatter lists, once each', (file) => {
    const { listed, embedded } = read(file);
    for (const id of embedded) expect(listed, `${file} embeds ${id} without listing it in checks:`).toContain(id);
    expect([...embedded].sort()).toEqual(listed.filter(isRegistered).sort());
  });

  test('the part-1 checks are embedded in both languages of their articles', () => {
    const pairs = ['email/emails-not-arriving', 'reference/task-scheduler', 'licenses/no-licenses-available', 'reports/scheduled-report-not-delivered'];
    for (const a of pairs) {
      const pt = read(`${a}.mdx`).embedded;
      expect(pt.length).toBeGreaterThan(0);
      expect(read(`en/${a}.mdx`).embedded).toEqual(pt);
    }
  });
});
