import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** HTTP methods an Astro endpoint may export. */
export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'ALL'] as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Every endpoint file of the site, relative to the repository (`src/pages/api/me.ts`): the
 * TypeScript files under src/pages (those under api/, and /metrics). Pages (.astro) are not
 * endpoints.
 */
export function routeFiles(): string[] {
  return walk('src/pages')
    .filter((f) => /\.(ts|js|mts|mjs)$/.test(f))
    .map((f) => relative('.', f).split('\\').join('/'))
    .sort();
}

/** The URL path of an endpoint file, with its parameters as `[name]` (`/api/bulk/[id]/cancel`). */
export const routePath = (file: string) => file.replace(/^src\/pages/, '').replace(/\.(ts|js|mts|mjs)$/, '').replace(/\/index$/, '');
