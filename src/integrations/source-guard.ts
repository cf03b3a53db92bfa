import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { listArticles } from './list-articles';
import index from '../articles/source-passages.json';

/** The committed index of passage headings, by document id (see src/articles/source-headings.ts). */
export type SourceIndex = Record<string, { file: string; headings: string[] }>;

const committed = index as SourceIndex;

/**
 * What is wrong with the `sources:` of one article, as readable lines: none listed (every article
 * under a module folder needs one), an unknown document, or a heading the document does not have.
 */
export function sourceGaps(text: string, passages: SourceIndex = committed): string[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = (m ? parse(m[1]) : {}) as { module?: unknown; sources?: unknown } | null;
  if (!data?.module) return [];
  const sources = data.sources;
  if (!Array.isArray(sources) || sources.length === 0) return ['no `sources:` (the source passages its statements about Omni rest on)'];
  return sources.flatMap((s: { doc?: unknown; heading?: unknown }) => {
    const doc = passages[String(s?.doc)];
    if (!doc) return [`unknown source document "${String(s?.doc)}" (use ${Object.keys(passages).join(' or ')})`];
    const heading = typeof s.heading === 'string' ? s.heading.trim() : '';
    return doc.headings.includes(heading) ? [] : [`${String(s.doc)} has no passage "${heading}"`];
  });
}

/** Every article under `docsDir` whose sources are missing or wrong, with what is wrong. */
export function findSourceGaps(docsDir: string, passages: SourceIndex = committed): { path: string; gaps: string[] }[] {
  return listArticles(docsDir)
    .map((path) => ({ path, gaps: sourceGaps(readFileSync(join(docsDir, path), 'utf8'), passages) }))
    .filter((a) => a.gaps.length > 0);
}

/**
 * Fails `astro build` when an article lists no source passage or one that is not in the index of
 * the source documents (`src/articles/source-passages.json`); in dev it only warns.
 */
export function sourceGuard(): AstroIntegration {
  return {
    name: 'omni:source-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const found = findSourceGaps(fileURLToPath(new URL('./content/docs/', config.srcDir)));
        if (found.length === 0) return;
        const message =
          `Article sources missing or unknown:\n${found.map((a) => `  ${a.path}: ${a.gaps.join('; ')}`).join('\n')}\n` +
          'List each passage as `sources: [{ doc: troubleshooting-guide, heading: "…" }]` with a heading of src/articles/source-passages.json ' +
          '(regenerate it with `npm run sources:index` when the source documents change).';
        if (command === 'build') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
