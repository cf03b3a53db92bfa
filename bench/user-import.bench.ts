import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { seedDemo } from '../src/db/seed/demo';
import { organization, users } from '../src/db/schema';
import { hashPool } from '../src/auth/hash-pool';
import { userImportKind } from '../src/bulk/user-import/kind';
import { readImport } from '../src/bulk/user-import/read-import';
import { confirmImport } from '../src/bulk/user-import/confirm';
import { runBulkRequest } from '../src/bulk';

/** A valid import file of `n` rows (Windows-1252-safe text, `;`, CRLF), every fiftieth row with a problem when `withErrors`. */
function importFile(n: number, tag: string, withErrors = false): string {
  const lines = ['nome;e-mail;telefone;senha;serviço;perfil;max_attend'];
  for (let i = 0; i < n; i++) {
    const bad = withErrors && i % 50 === 49;
    lines.push(`Usuária Conceição ${i};${tag}${i}@${bad ? 'sem-dominio' : 'empresa.com.br'};11 9${String(i).padStart(8, '0')};Senha-${i}x;;;${i % 5}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** Hashes the file's `n` passwords alone, the way the import does: the pool of one worker per core, as many in flight. */
async function hashAll(n: number) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < n; i = next++) await hashPool().hash(`Senha-${i}x`);
  };
  await Promise.all(Array.from({ length: userImportKind.prepareConcurrency ?? 1 }, worker));
}

/**
 * User import. (1) Peak memory (RSS) while previewing a 100,000-row file streamed from disk
 * (20,000 with --quick); target under 300 MB. (2) Importing 10,000 valid rows end to end (parse,
 * check, confirm, job: argon2id hashing on every core + one transaction), against the baseline
 * of hashing the same passwords alone on the same pool of one worker per core, in the same run
 * (before and after the import, averaged). The ratio is import time / hashing time: 1.0 means
 * the import costs nothing beyond hashing; goal ≤ 1.15.
 */
export const userImportBenchmark: Benchmark = {
  name: 'user-import',
  description: 'peak memory previewing a large file; import time vs hashing the same passwords alone',
  async run(ctx) {
    const previewRows = ctx.quick ? 20_000 : 100_000;
    const importRows = ctx.quick ? 500 : 10_000;
    const dir = mkdtempSync(join(tmpdir(), 'omni-bench-import-'));
    try {
      const h = await ctx.freshDb();
      await seedDemo(h.db, { users: 0, attendances: 0 });
      await h.db.update(organization).set({ contractedSeats: 1_000_000 });
      const [admin] = await h.db.select().from(users).where(eq(users.email, 'admin@demo.local'));
      const actor = { ...admin, permissions: ['admin:all-services' as const] };

      // (1) memory while previewing
      const big = join(dir, 'big.csv');
      writeFileSync(big, importFile(previewRows, 'preview', true), 'latin1');
      global.gc?.();
      const before = process.memoryUsage().rss;
      const heapBefore = process.memoryUsage().heapUsed;
      let peak = before;
      let heapPeak = heapBefore;
      const sample = () => {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.rss);
        heapPeak = Math.max(heapPeak, m.heapUsed);
      };
      const timer = setInterval(sample, 10);
      let t = performance.now();
      const preview = await readImport(h.db, createReadStream(big), { actor });
      const previewSeconds = (performance.now() - t) / 1000;
      clearInterval(timer);
      sample();
      if (preview.rows !== previewRows) throw new Error(`preview read ${preview.rows} rows, expected ${previewRows}`);
      // The process already holds the embedded database (PGlite: ~400 MB of RSS) and tsx; the
      // preview's own cost is the increase. With DATABASE_URL the database is out of process.
      ctx.report(
        `user-import.preview-${previewRows}-rows.peak-rss`,
        peak / 2 ** 20,
        'MB',
        `whole process incl. ${ctx.driver === 'pglite' ? 'embedded database' : 'postgres.js'}; ${Math.round(before / 2 ** 20)} MB before`,
      );
      ctx.report(
        `user-import.preview-${previewRows}-rows.rss-increase`,
        (peak - before) / 2 ** 20,
        'MB',
        'peak during the preview minus before; target < 300 MB',
      );
      ctx.report(`user-import.preview-${previewRows}-rows.heap-increase`, (heapPeak - heapBefore) / 2 ** 20, 'MB', 'V8 heap');
      ctx.report(`user-import.preview-${previewRows}-rows.seconds`, previewSeconds, 's', `${preview.problemCount} problems found`);

      // (2) import vs hashing alone
      // The baseline runs before AND after the import and is averaged, so load drifting on a shared
      // machine weighs on both sides alike.
      t = performance.now();
      await hashAll(importRows);
      const hashBefore = (performance.now() - t) / 1000;
      t = performance.now();
      const { request } = await confirmImport(h.db, undefined, Readable.from([Buffer.from(importFile(importRows, 'import'), 'latin1')]), actor, 'en');
      if (!request) throw new Error('the benchmark file did not pass the checks');
      const done = await runBulkRequest(h.db, request.id);
      const importSeconds = (performance.now() - t) / 1000;
      t = performance.now();
      await hashAll(importRows);
      const hashAfter = (performance.now() - t) / 1000;
      const hashSeconds = (hashBefore + hashAfter) / 2;
      if (done?.state !== 'done' || done.processed !== importRows) throw new Error(`import ended ${done?.state} with ${done?.processed} rows`);
      const cores = availableParallelism();
      ctx.report(
        `user-import.hash-${importRows}-passwords.seconds`,
        hashSeconds,
        's',
        `baseline, argon2id on ${hashPool().size} workers; mean of ${hashBefore.toFixed(1)} s before and ${hashAfter.toFixed(1)} s after`,
      );
      ctx.report(`user-import.import-${importRows}-rows.seconds`, importSeconds, 's', ctx.driver);
      ctx.report('user-import.hashes-per-second', importRows / hashSeconds, '/s', `argon2id m=19 MiB t=2 p=1 on ${cores} core${cores === 1 ? '' : 's'}`);
      ctx.report('user-import.ratio-import-to-hash', importSeconds / hashSeconds, 'x', 'import time / hashing time alone; goal <= 1.15');
    } finally {
      await hashPool().close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
