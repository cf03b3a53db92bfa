// `npm run content:check`: reports prose an article shares with the source documents of its own
// language (pt-BR articles against the Portuguese source, English mirrors under en/ against the
// English one): every run of 10 or more words, screen labels and code aside. Exits 1 when it
// finds one. The sources are `../shared/seeds` beside the repository, or the folder named by
// SEEDS_DIR; where neither exists (a clone without them) it says nothing and exits 0.
// `-- --min 6` lists shorter shared phrases too, to review while writing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleProse, languageOf, sharedRuns, shingles, tokenize } from './shared-runs.mjs';

const RUN = 10;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The folder of the source documents, or undefined when there is none to compare against. */
export function seedsDir(env = process.env, repoRoot = root) {
  if (env.SEEDS_DIR) {
    if (!existsSync(env.SEEDS_DIR)) throw new Error(`SEEDS_DIR=${env.SEEDS_DIR} does not exist. Point it at the folder of the source documents, or unset it.`);
    return env.SEEDS_DIR;
  }
  const beside = resolve(repoRoot, '..', 'shared', 'seeds');
  return existsSync(beside) ? beside : undefined;
}

const listFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));

/** Every shared run of every article under `docsDir`, compared with the sources in `seeds`. */
export function findCopiedProse(docsDir, seeds, min = RUN) {
  const byLang = { en: new Set(), 'pt-BR': new Set() };
  for (const file of listFiles(seeds).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(file, 'utf8');
    for (const key of shingles(tokenize(text, []), min)) byLang[languageOf(text)].add(key);
  }
  const found = [];
  for (const file of listFiles(docsDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()) {
    const rel = file
      .slice(docsDir.length)
      .replace(/^[\\/]/, '')
      .split('\\')
      .join('/');
    const lang = rel.startsWith('en/') ? 'en' : 'pt-BR';
    for (const run of sharedRuns(tokenize(articleProse(readFileSync(file, 'utf8'))), byLang[lang], min)) found.push({ file: rel, ...run });
  }
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seeds = seedsDir();
  if (!seeds) process.exit(0);
  const at = process.argv.indexOf('--min');
  const min = at > 0 ? Number(process.argv[at + 1]) : RUN;
  if (!Number.isInteger(min) || min < 3) throw new Error('--min takes a whole number of words, 3 or more.');
  const found = findCopiedProse(join(root, 'src/content/docs'), seeds, min);
  for (const f of found) console.log(`src/content/docs/${f.file}: ${f.words} words shared with the source: "${f.text}"`);
  if (found.length > 0) {
    console.log(`\n${found.length} run(s) of ${min}+ words copied from ${seeds}. Rewrite them in your own words.`);
    process.exit(1);
  }
}
