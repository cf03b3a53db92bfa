// `npm run build`: builds the site (astro build, Pagefind index, link and translation checks)
// and records the build stamp. Pass --if-needed to skip the build when dist/ is current.
import { spawnSync } from 'node:child_process';
import { buildIsFresh, writeStamp } from './build-stamp.mjs';

export function build({ ifNeeded = false } = {}) {
  if (ifNeeded && buildIsFresh()) return;
  console.log('Building the site (astro build)…');
  const r = spawnSync('astro', ['build'], { stdio: 'inherit', cwd: new URL('..', import.meta.url).pathname });
  if (r.status !== 0) {
    console.error('The build failed; the messages above say which article or file to fix.');
    process.exit(r.status ?? 1);
  }
  writeStamp();
}

if (import.meta.url === `file://${process.argv[1]}`) build({ ifNeeded: process.argv.includes('--if-needed') });
