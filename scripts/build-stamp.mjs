// Decides whether the built site in dist/ is older than its sources, so `npm start` and `npm test`
// build only when needed. The stamp is a hash of the path, size and mtime of every source file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sources = ['src', 'public', 'astro.config.ts', 'package-lock.json', 'drizzle'];
const stampFile = join(root, 'dist', '.build-stamp');

function walk(path, out) {
  if (!existsSync(path)) return out;
  const st = statSync(path);
  if (st.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name), out);
  else out.push(`${path}:${st.size}:${st.mtimeMs}`);
  return out;
}

/** Hash of the current sources. */
export function sourceStamp() {
  const files = sources.flatMap((s) => walk(join(root, s), []));
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

/** True when dist/ holds a build of the current sources. */
export function buildIsFresh() {
  return existsSync(join(root, 'dist/server/entry.mjs')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceStamp();
}

/** Records that dist/ now matches the current sources. */
export function writeStamp() {
  writeFileSync(stampFile, sourceStamp());
}
