// `npm run bench [-- name ...] [--quick]`: runs the named benchmarks (all by default) against
// DATABASE_URL, or an embedded PGlite, and prints one figure a line.
import { parseArgs } from 'node:util';
import { benchContext, type Benchmark } from '../bench/harness';
import { seedBenchmark } from '../bench/seed.bench';
import { checksHttpBenchmark, checksPart2HttpBenchmark } from '../bench/checks-http.bench';
import { checksPart2Benchmark } from '../bench/checks-part2.bench';
import { userImportBenchmark } from '../bench/user-import.bench';
import { queueClosureBenchmark } from '../bench/queue-closure.bench';
import { attendanceTransferBenchmark } from '../bench/attendance-transfer.bench';
import { interactionHistoryBenchmark } from '../bench/interaction-history.bench';
import { hostileInputBenchmark } from '../bench/hostile-input.bench';
import { searchBenchmark } from '../bench/search.bench';
import { alertSweepBenchmark } from '../bench/alert-sweep.bench';

const benchmarks: Benchmark[] = [
  seedBenchmark,
  checksHttpBenchmark,
  checksPart2HttpBenchmark,
  checksPart2Benchmark,
  userImportBenchmark,
  queueClosureBenchmark,
  attendanceTransferBenchmark,
  interactionHistoryBenchmark,
  hostileInputBenchmark,
  searchBenchmark,
  alertSweepBenchmark,
];

const { values, positionals } = parseArgs({ options: { quick: { type: 'boolean', default: false } }, allowPositionals: true });
const unknown = positionals.filter((p) => !benchmarks.some((b) => b.name === p));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}.`);
  process.exit(2);
}
const chosen = positionals.length ? benchmarks.filter((b) => positionals.includes(b.name)) : benchmarks;
const ctx = benchContext(values.quick, (figure, value, unit, note) =>
  console.log(`${figure.padEnd(44)} ${value.toFixed(value < 10 ? 3 : 1).padStart(12)} ${unit}${note ? `  (${note})` : ''}`),
);
console.log(`driver: ${ctx.driver}${values.quick ? ' (quick)' : ''}`);
try {
  for (const b of chosen) {
    console.log(`# ${b.name}: ${b.description}`);
    await b.run(ctx);
  }
} finally {
  await ctx.cleanup();
}
