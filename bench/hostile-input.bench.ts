import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './harness';
import { seedDemo } from '../src/db/seed/demo';
import { organization } from '../src/db/schema';
import { openDatabase } from '../src/db/client';

const MB = 2 ** 20;
/**
 * Each case runs with V8's old space capped at this size and its young generation at small
 * semi-spaces: the import and its libraries need a fraction of it, and a shape that kept what it
 * reads (rows, problems, a header) would run out and kill the child, failing the benchmark.
 * Finishing is the proof that memory stays bounded. Without the caps V8 sizes both after the
 * machine (24 GB here) and lets garbage pile up before collecting, so RSS would measure the
 * collector's laziness (loading drizzle alone leaves 160 MB of garbage) rather than the import.
 */
const HEAP_CAP_MB = 128;
const SEMI_SPACE_MB = 8;

/** `size` bytes of `unit` repeated after `head`. */
const fill = (head: string, unit: string, size: number) => head + unit.repeat(Math.max(1, Math.floor((size - head.length) / unit.length)));

/** The shapes, each about `size` bytes: an ordinary file and the ones that hurt the old parser. */
function shapes(size: number): Record<string, string> {
  let i = 0;
  const ordinary = ['nome;e-mail;telefone;senha;serviço;perfil;max_attend\n'];
  let length = ordinary[0].length;
  while (length < size) {
    const line = `Usuária Conceição ${i};pessoa${i}@empresa.com.br;11 9${String(i).padStart(8, '0')};Senha-${i}x;;;${i++ % 5}\n`;
    ordinary.push(line);
    length += line.length;
  }
  const header = 'name,email,phone,password\n';
  return {
    ordinary: ordinary.join(''),
    'wide-header': fill('name,email,phone,password', ',x', size) + '\n',
    'padded-header': fill('name,email,phone,password', ',', size) + '\n',
    'long-cells': fill(header, `"${'a'.repeat(MB - 2)}",b@x.com,11987654321,Turno2026a\n`, size),
    'long-lines': fill(header, 'Ana,a@x.com,11987654321,Turno2026a' + ',x'.repeat(100_000) + '\n', size),
    'many-errors': fill(header, 'x\n', size),
    'evil-email': fill(header, `A,a@${'a.'.repeat(480)}(,11987654321,Turno2026a\n`, size),
    'unclosed-quotes': fill(header, '"\n' + 'x,y@x.com,1,2\n'.repeat(10), size),
    nul: fill(header, 'A\u0000,a@x.com,11987654321,Turno2026a\n', size),
  };
}

interface CaseResult {
  seconds: number;
  peakRss: number;
  before: number;
  heapPeak: number;
  maxRss: number;
  rows: number;
  problems: number;
  bytesOut: number;
}

function runCase(file: string, format: 'json' | 'csv', where: string): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        `--max-old-space-size=${HEAP_CAP_MB}`,
        `--max-semi-space-size=${SEMI_SPACE_MB}`,
        '--import',
        'tsx',
        'bench/hostile-input-child.ts',
        file,
        format,
        where,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{'))
        reject(new Error(`case ${file} ${format} exited with ${code} (a heap past ${HEAP_CAP_MB} MB ends the process): ${out}`));
      else resolve(JSON.parse(last));
    });
  });
}

/**
 * Hostile input: the import preview of a 20 MB file (2 MB with --quick) of each shape that hurt the
 * old parser (a header of millions of cells, megabyte cells, 100,000-field lines, millions of rows
 * with errors, e-mails built to make a regular expression backtrack, unclosed quotes, NUL) next to
 * an ordinary file of the same size. Each case runs alone in a child process (its own memory),
 * the JSON preview and, for the error-heavy shapes, the streamed CSV report. Figures: seconds, the
 * ratio to the ordinary file (target ≤ 2), and the peak RSS sampled during the preview (target
 * < 300 MB; on PGlite the embedded database shares the process, so the increase is what counts),
 * with the heap capped at HEAP_CAP_MB.
 */
export const hostileInputBenchmark: Benchmark = {
  name: 'hostile-input',
  description: 'import preview time and peak memory for 20 MB hostile files vs an ordinary one',
  async run(ctx) {
    const size = ctx.quick ? 2 * MB : 20 * MB;
    const dir = mkdtempSync(join(tmpdir(), 'omni-bench-hostile-'));
    try {
      // The children share one seeded database: a PostgreSQL database, or a PGlite folder that
      // each child opens in turn (one owner at a time).
      const h = ctx.driver === 'postgres' ? await ctx.freshDb() : await openDatabase({ dataDir: join(dir, 'db'), migrationsDir: 'src/db/migrations' });
      await seedDemo(h.db, { users: 0, attendances: 0 });
      await h.db.update(organization).set({ contractedSeats: 1_000_000 });
      const where = h.url ?? join(dir, 'db');
      if (ctx.driver === 'pglite') await h.close();
      const files: Record<string, string> = {};
      for (const [name, text] of Object.entries(shapes(size))) {
        files[name] = join(dir, `${name}.csv`);
        writeFileSync(files[name], text);
      }
      const cases: [string, 'json' | 'csv'][] = [
        ...Object.keys(files).map((n) => [n, 'json'] as [string, 'json']),
        ['ordinary', 'csv'],
        ['many-errors', 'csv'],
        ['evil-email', 'csv'],
        ['unclosed-quotes', 'csv'],
      ];
      const results = new Map<string, CaseResult>();
      for (const [name, format] of cases) {
        const r = await runCase(files[name], format, where);
        results.set(`${name}.${format}`, r);
      }
      const base = results.get('ordinary.json')!;
      const baseCsv = results.get('ordinary.csv')!;
      for (const [key, r] of results) {
        const ref = key.endsWith('.csv') ? baseCsv : base;
        ctx.report(
          `hostile-input.${key}.seconds`,
          r.seconds,
          's',
          `${r.rows || '-'} rows, ${r.problems || '-'} problems, ${(r.bytesOut / MB).toFixed(1)} MB out`,
        );
        ctx.report(`hostile-input.${key}.ratio`, r.seconds / ref.seconds, 'x', `vs the ordinary file (${ref.seconds.toFixed(2)} s); target ≤ 2`);
        ctx.report(
          `hostile-input.${key}.peak-rss`,
          r.peakRss / MB,
          'MB',
          `during the preview; ${Math.round(r.before / MB)} MB before, maxRSS ${Math.round(r.maxRss / MB)} MB; target < 300 MB; heap capped at ${HEAP_CAP_MB} MB${ctx.driver === 'pglite' ? '; includes the embedded database' : ''}`,
        );
        ctx.report(`hostile-input.${key}.rss-increase`, (r.peakRss - r.before) / MB, 'MB', `heap peak ${Math.round(r.heapPeak / MB)} MB`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
