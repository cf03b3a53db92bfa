import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildScriptHashes, builtPageScriptHashes, securityHeaders } from '../security/headers';
import { SCRIPT_HASHES_FILE } from '../security/build-script-hashes';

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

/** Where @astrojs/node's static file handler starts answering a request. */
const STATIC_HANDLER_START = 'return (req, res, ssr) => {';

/**
 * Security headers on every file the standalone server serves from `dist/client` (`/_astro/*`,
 * `/pagefind/*`, the favicon, the sitemap, prerendered pages): @astrojs/node's static handler sets
 * only the `_headers.json` entry of a prerendered page, and the middleware never sees a static
 * file. This plugin makes the handler set the base headers and a CSP without inline scripts on
 * every response first; a page's own `_headers.json` entry then replaces that CSP with its own.
 * The build fails if the adapter's code no longer has the expected shape.
 */
function staticFileHeaders(): Plugin {
  const headers = JSON.stringify(Object.entries(securityHeaders()));
  return {
    name: 'omni:static-file-security-headers',
    enforce: 'post',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/@astrojs/node/dist/serve-static.js')) return null;
      if (code.split(STATIC_HANDLER_START).length !== 2) {
        throw new Error(
          `@astrojs/node's serve-static.js changed: "${STATIC_HANDLER_START}" is not there once; update src/integrations/static-security-headers.ts.`,
        );
      }
      return code.replace(STATIC_HANDLER_START, `${STATIC_HANDLER_START}\n    for (const [k, v] of ${headers}) if (!res.hasHeader(k)) res.setHeader(k, v);`);
    },
  };
}

/**
 * Security headers on prerendered pages and static files, which @astrojs/node serves itself (the
 * middleware never sees them). After the build, writes `_headers.json` (the adapter's
 * `staticHeaders` file) with, for each page, the headers of src/security/headers.ts and a CSP
 * holding the hashes of THAT built page's inline scripts, and `script-hashes.json`: the build's own
 * inline scripts, the only ones on-demand pages allow (src/security/with-security-headers.ts).
 * Entries are sorted shortest path first, because the adapter takes the first entry whose path
 * contains the requested one.
 */
export function staticSecurityHeaders(): AstroIntegration {
  let outDir: URL | undefined;
  let clientDir: URL | undefined;
  return {
    name: 'omni:static-security-headers',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // The server reads the list from the build's folder, an absolute path like `_headers.json`'s.
        const file = fileURLToPath(new URL(SCRIPT_HASHES_FILE, config.outDir));
        updateConfig({ vite: { define: { __OMNI_SCRIPT_HASHES_FILE__: JSON.stringify(file) }, plugins: [staticFileHeaders()] } });
      },
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
        const pages = htmlFiles(client).map((file) => ({ pathname: pathnameOf(relative(client, file)), html: readFileSync(file, 'utf8') }));
        const entries = pages
          .map(({ pathname, html }) => ({
            pathname,
            headers: Object.entries(securityHeaders(builtPageScriptHashes(html))).map(([key, value]) => ({ key, value })),
          }))
          .sort((a, b) => a.pathname.length - b.pathname.length || a.pathname.localeCompare(b.pathname));
        writeFileSync(new URL('_headers.json', outDir), JSON.stringify(entries));
        const known = buildScriptHashes(pages.map((p) => p.html));
        writeFileSync(new URL(SCRIPT_HASHES_FILE, outDir), JSON.stringify(known));
        logger.info(`security headers for ${entries.length} prerendered pages; ${known.length} inline scripts of the build allowed on on-demand pages`);
      },
    },
  };
}
