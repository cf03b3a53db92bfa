import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The content hash of an article: SHA-256 of its pt-BR and English sources. */
export function hashSources(pt: string, en: string): string {
  return createHash('sha256').update(pt).update('\u0000').update(en).digest('hex');
}

/**
 * The same hash read from the files under `docsDir` (the seed script runs outside vite, where the
 * bundled sources are not available); null when a file cannot be read.
 */
export function hashFromFiles(id: string, docsDir = join(process.cwd(), 'src/content/docs')): string | null {
  try {
    const pt = readFileSync(join(docsDir, `${id}.mdx`), 'utf8');
    const en = readFileSync(join(docsDir, 'en', `${id}.mdx`), 'utf8');
    return hashSources(pt, en);
  } catch {
    return null;
  }
}
