// `npm test`: checks the articles against the source documents when they sit beside the repository
// (`npm run content:check`, silent without them), the formatting (Prettier), the type-check gate (astro check, then tsc over src,
// tests, bench and scripts), builds the site when needed (browser tests drive the built server), then
// runs every vitest project: unit, database and browser tests. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

const content = run(process.execPath, [fileURLToPath(new URL('./content-check.mjs', import.meta.url))]);
if (content !== 0) process.exit(content);
// The whole tree is formatted by Prettier (.prettierrc.json; articles and generated files are in .prettierignore).
if (run('prettier', ['--check', '.', '--log-level', 'warn']) !== 0) {
  console.error('test: files above are not formatted; run `npm run format` and commit the result.');
  process.exit(1);
}
for (const [cmd, args] of [
  ['astro', ['check']],
  ['tsc', ['--noEmit', '-p', '.']],
]) {
  const status = run(cmd, args);
  if (status !== 0) {
    console.error(`test: \`${cmd} ${args.join(' ')}\` failed; fix the type errors above first.`);
    process.exit(status);
  }
}
build({ ifNeeded: true });
process.exit(run('vitest', ['run', ...process.argv.slice(2)]));
