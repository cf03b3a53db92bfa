import { existsSync, readFileSync } from 'node:fs';

/**
 * Absolute path of the list of the build's own inline-script hashes, written by
 * src/integrations/static-security-headers.ts after the build and baked into the server bundle
 * (as @astrojs/node bakes the path of `_headers.json`). Undefined outside a build (unit tests).
 */
declare const __OMNI_SCRIPT_HASHES_FILE__: string | undefined;

/** File name of the list, beside `_headers.json` in the build's output folder. */
export const SCRIPT_HASHES_FILE = 'script-hashes.json';

let cached: readonly string[] | null | undefined;

/**
 * The CSP script hashes of the build's own inline scripts (src/security/headers.ts,
 * buildScriptHashes), read once; null when there is no build (the dev server, unit tests).
 */
export function knownScriptHashes(): readonly string[] | null {
  if (cached !== undefined) return cached;
  const file = typeof __OMNI_SCRIPT_HASHES_FILE__ === 'string' ? __OMNI_SCRIPT_HASHES_FILE__ : undefined;
  if (!file || !existsSync(file)) {
    // A built server without its list would allow no inline script at all: say so once.
    if (file) console.error(`[csp] ${file} is missing: inline scripts are blocked until the site is built again (npm run build).`);
    return (cached = null);
  }
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return (cached = Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && /^'sha256-[A-Za-z0-9+/=]+'$/.test(x)) : []);
}
