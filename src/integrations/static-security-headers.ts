import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securityHeaders } from '../security/headers';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** `about/index.html` → `/about/`; `404.html` → `/404`. */
function pathnameOf(file: string): string {
  const rel = file.split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel.slice(0, -'.html'.length)}`;
}

/**
 * Security headers on prerendered pages, which @astrojs/node serves as static files (the
 * middleware never sees them): after the build, writes `_headers.json` (the adapter's
 * `staticHeaders` file) with, for each page, the headers of src/security/headers.ts and a CSP
 * holding the hashes of THAT page's inline scripts. Entries are sorted shortest path first,
 * because the adapter takes the first entry whose path contains the requested one.
 */
export function staticSecurityHeaders(): AstroIntegration {
  let outDir: URL | undefined;
  let clientDir: URL | undefined;
  return {
    name: 'omni:static-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        clientDir = config.build.client;
      },
      // The adapter writes its own `_headers.json` (CSP from Astro's `security.csp`, unused here)
      // at build:done when this map is not empty; ours replaces it.
      'astro:build:generated': ({ routeToHeaders }) => {
        routeToHeaders.clear();
      },
      'astro:build:done': ({ logger }) => {
        const client = fileURLToPath(clientDir!);
        const entries = htmlFiles(client)
          .map((file) => ({ pathname: pathnameOf(relative(client, file)), headers: Object.entries(securityHeaders(readFileSync(file, 'utf8'))).map(([key, value]) => ({ key, value })) }))
          .sort((a, b) => a.pathname.length - b.pathname.length || a.pathname.localeCompare(b.pathname));
        writeFileSync(new URL('_headers.json', outDir), JSON.stringify(entries));
        logger.info(`security headers for ${entries.length} prerendered pages`);
      },
    },
  };
}
