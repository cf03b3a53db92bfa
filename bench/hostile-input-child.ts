// One case of the hostile-input benchmark, alone in its process so its peak memory is its own:
// `node --import tsx bench/hostile-input-child.ts <file> <json|csv> <database url | PGlite data dir>`.
// Prints one JSON line: seconds, peak RSS and heap sampled during the preview, RSS before it, and
// the process's maxRSS from process.resourceUsage().
import { createReadStream } from 'node:fs';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/db/client';
import { users } from '../src/db/schema';
import { readImport } from '../src/bulk/user-import/read-import';
import { problemsCsvResponse } from '../src/bulk/user-import/problems-csv';

const [file, format, where] = process.argv.slice(2);
const h = await openDatabase(
  where.startsWith('postgres') ? { url: where, migrationsDir: 'src/db/migrations', poolSize: 2 } : { dataDir: where, migrationsDir: 'src/db/migrations' },
);
const [admin] = await h.db.select().from(users).where(eq(users.email, 'admin@demo.local'));
const actor = { id: admin.id, permissions: [] as never[] };

global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
let heapPeak = process.memoryUsage().heapUsed;
const timer = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  heapPeak = Math.max(heapPeak, m.heapUsed);
}, 5);
const started = performance.now();
let rows = 0;
let problems = 0;
let bytesOut = 0;
if (format === 'csv') {
  const res = await problemsCsvResponse(h.db, createReadStream(file), actor, 'en', 'x.csv');
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesOut += value.length;
  }
} else {
  const r = await readImport(h.db, createReadStream(file), { actor });
  rows = r.rows;
  problems = r.problemCount;
  bytesOut = JSON.stringify(r.problems).length;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
const m = process.memoryUsage();
peak = Math.max(peak, m.rss);
heapPeak = Math.max(heapPeak, m.heapUsed);
console.log(JSON.stringify({ seconds, peakRss: peak, before, heapPeak, maxRss: process.resourceUsage().maxRSS * 1024, rows, problems, bytesOut }));
await h.close();
