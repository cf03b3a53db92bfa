// `npm test`: checks the articles against the source documents when they sit beside the
// repository (`npm run content:check`, silent without them), builds the site when needed (browser
// tests drive the built server), then runs every vitest project: unit, database and browser tests.
// Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const content = spawnSync(process.execPath, [fileURLToPath(new URL('./content-check.mjs', import.meta.url))], { stdio: 'inherit' });
if (content.status !== 0) process.exit(content.status ?? 1);
build({ ifNeeded: true });
const r = spawnSync('vitest', ['run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
