import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const articleFile = /\.(md|mdx)$/;

/** Paths of every .md/.mdx file under `dir`, relative to it, with forward slashes, sorted. */
export function listArticles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      if (statSync(path).isDirectory()) return walk(path);
      return articleFile.test(name) ? [path] : [];
    });
  return walk(dir)
    .map((p) => relative(dir, p).split('\\').join('/'))
    .sort();
}
