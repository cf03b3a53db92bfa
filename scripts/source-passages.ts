// `npm run sources:index`: writes src/articles/source-passages.json, the passage headings of the two
// source documents (rules in src/articles/source-headings.ts), from the seeds beside the repository
// (`../shared/seeds`) or SEEDS_DIR. The build checks every article's `sources:` against that file,
// so it works on a machine without the seeds; a unit test fails when the file and the seeds differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedsDir } from './content-check.mjs';
import { renderSourceIndex } from '../src/articles/source-headings';

const dir = seedsDir();
if (!dir) {
  console.error('No source documents: put them in ../shared/seeds beside the repository, or set SEEDS_DIR.');
  process.exit(1);
}
const out = fileURLToPath(new URL('../src/articles/source-passages.json', import.meta.url));
writeFileSync(
  out,
  renderSourceIndex((file) => readFileSync(join(dir, file), 'utf8')),
);
console.log(`wrote ${out}`);
