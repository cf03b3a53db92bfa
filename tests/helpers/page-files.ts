import { relative } from 'node:path';
import { filesUnder } from './route-files';

/** Pages anyone may open: the sign-in page and the "not found" page (articles are prerendered, not here). */
export const openPages = ['src/pages/login.astro', 'src/pages/en/login.astro', 'src/pages/404.astro'];

/**
 * Pages for any signed-in user, whatever their permissions: the escalation lists and records (who may
 * read one record is decided per record; an unknown or invisible one is the site's 404).
 */
export const signedInPages = [
  'src/pages/escalations/index.astro',
  'src/pages/escalations/[id].astro',
  'src/pages/en/escalations/index.astro',
  'src/pages/en/escalations/[id].astro',
];

/** Every on-demand page of the site (`src/pages/**\/*.astro`), relative to the repository. */
export function pageFiles(): string[] {
  return filesUnder('src/pages')
    .filter((f) => f.endsWith('.astro'))
    .map((f) => relative('.', f).split('\\').join('/'))
    .sort();
}

/** The address of a page file (`src/pages/en/bulk/history.astro` → `/en/bulk/history/`). */
export const pagePath = (file: string) =>
  `${file
    .replace(/^src\/pages/, '')
    .replace(/\.astro$/, '')
    .replace(/\/index$/, '')}/`;
