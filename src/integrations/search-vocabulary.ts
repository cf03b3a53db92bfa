import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildVocabulary, vocabularyPath } from '../search/build-vocabulary';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield readFileSync(path, 'utf8');
  }
}

/**
 * After the build, writes each language's vocabulary (the indexed words, most frequent first)
 * beside the Pagefind index, for the search dialog's typo tolerance.
 */
export function searchVocabulary(): AstroIntegration {
  return {
    name: 'omni:search-vocabulary',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          for (const [lang, words] of buildVocabulary(htmlFiles(root))) {
            const file = join(root, vocabularyPath(lang));
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, JSON.stringify(words));
            logger.info(`${lang}: ${words.length} words`);
          }
        } catch (cause) {
          throw new Error('Failed to write the search vocabulary; see the cause, then rebuild.', { cause });
        }
      },
    },
  };
}
