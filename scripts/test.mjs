// `npm test`: builds the site when needed (browser tests drive the built server), then runs every
// vitest project: unit tests and browser tests. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { build } from './build.mjs';

build({ ifNeeded: true });
const r = spawnSync('vitest', ['run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
