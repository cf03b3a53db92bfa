import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DbHandle } from '../src/db/client';

/** One named benchmark: prints its figures through `report`. */
export interface Benchmark {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<void>;
}

export interface BenchContext {
  /** A fresh, migrated, empty database on the driver under test; dropped afterwards. */
  freshDb(): Promise<DbHandle>;
  driver: 'postgres' | 'pglite';
  /** Whether --quick was given (smaller sizes, for a smoke run). */
  quick: boolean;
  /** `full` on PostgreSQL; a tenth of it with --quick or on PGlite (the sizes every benchmark uses). */
  scaled(full: number): number;
  /** Prints one figure: `name  value unit  (note)`. */
  report(figure: string, value: number, unit: string, note?: string): void;
}

const MIGRATIONS = resolve('src/db/migrations');

/** Builds the context: DATABASE_URL when set (a new database per call), else PGlite in a temp folder. */
export function benchContext(quick: boolean, report: BenchContext['report']): BenchContext & { cleanup(): Promise<void> } {
  const base = process.env.DATABASE_URL;
  const cleanups: (() => Promise<void>)[] = [];
  return {
    driver: base ? 'postgres' : 'pglite',
    quick,
    scaled: (full) => (quick || !base ? full / 10 : full),
    report,
    async freshDb() {
      if (!base) {
        const dir = mkdtempSync(join(tmpdir(), 'omni-bench-'));
        const h = await openDatabase({ dataDir: dir, migrationsDir: MIGRATIONS });
        cleanups.push(async () => {
          await h.close();
          rmSync(dir, { recursive: true, force: true });
        });
        return h;
      }
      const admin = postgres(base, { max: 1, onnotice: () => {} });
      const name = `omni_bench_${randomBytes(5).toString('hex')}`;
      await admin.unsafe(`create database ${name}`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      const h = await openDatabase({ url: url.toString(), migrationsDir: MIGRATIONS });
      cleanups.push(async () => {
        await h.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      });
      return h;
    },
    async cleanup() {
      for (const c of cleanups.reverse()) await c();
    },
  };
}

/** The p-th percentile (nearest rank) of a list of timings. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
