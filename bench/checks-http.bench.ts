import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Benchmark, type BenchContext, percentile } from './harness';
import { openDatabase } from '../src/db/client';
import { seedDemo, DEMO_PASSWORD } from '../src/db/seed/demo';
import { startBenchServer, type BenchServer } from './http-server';

async function time(n: number, f: () => Promise<{ status: number }>, expect: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await f();
    out.push(performance.now() - t);
    if (r.status !== expect) throw new Error(`answered ${r.status} instead of ${expect}`);
  }
  return out;
}

/** The built server on a freshly seeded database (100,000 users; 10,000 with --quick or on PGlite), signed in as the admin. */
async function seededServer(ctx: BenchContext): Promise<{ server: BenchServer; cookie: string; users: number; stop(): Promise<void> }> {
  const { build } = (await import('../scripts/build.mjs')) as { build(o: { ifNeeded: boolean }): void };
  build({ ifNeeded: true });
  const users = ctx.scaled(100_000);
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (ctx.driver === 'postgres') {
    const h = await ctx.freshDb();
    await seedDemo(h.db, { users, attendances: 1000 });
    await h.db.execute(sql`analyze`);
    env = { DATABASE_URL: h.url! };
    cleanup = async () => {};
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'omni-bench-http-'));
    const h = await openDatabase({ dataDir: dir, migrationsDir: resolve('src/db/migrations') });
    await seedDemo(h.db, { users, attendances: 1000 });
    await h.close();
    env = { DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const server = await startBenchServer(env).catch(async (e) => {
    await cleanup();
    throw e;
  });
  const login = await server.send('POST', '/api/auth/login', { body: JSON.stringify({ email: 'admin@demo.local', password: DEMO_PASSWORD }) });
  if (login.status !== 200) {
    await server.stop();
    await cleanup();
    throw new Error(`sign-in answered ${login.status}: ${login.body}`);
  }
  return { server, cookie: String(login.headers['set-cookie']).split(';')[0], users, stop: async () => (await server.stop(), await cleanup()) };
}

/**
 * license-count and scheduler-status over HTTP on loopback against the built server, with the demo
 * organization at 100,000 users (10,000 with --quick or on PGlite). Baseline in the same run and
 * over the same kept-alive connection: GET /api/me (session lookup + permissions, no check).
 * Requests alternate (me, license, scheduler) so drift hits all three alike.
 */
export const checksHttpBenchmark: Benchmark = {
  name: 'checks-http',
  description: 'POST /api/checks/license-count and /scheduler-status p95 over HTTP; baseline GET /api/me on the same connection',
  async run(ctx) {
    const rounds = ctx.quick ? 60 : 300;
    const { server: s, cookie, users, stop } = await seededServer(ctx);
    try {
      const me = () => s.send('GET', '/api/me', { cookie });
      const lic = () => s.send('POST', '/api/checks/license-count', { cookie, body: '{}' });
      const sch = () => s.send('POST', '/api/checks/scheduler-status', { cookie, body: '{}' });
      for (let i = 0; i < 20; i++) for (const f of [me, lic, sch]) await f(); // warm-up
      const t = { me: [] as number[], lic: [] as number[], sch: [] as number[] };
      for (let i = 0; i < rounds; i++) {
        t.me.push(...(await time(1, me, 200)));
        t.lic.push(...(await time(1, lic, 200)));
        t.sch.push(...(await time(1, sch, 200)));
      }
      const note = `${users} users, ${rounds} requests`;
      ctx.report('checks-http.baseline-api-me.p50', percentile(t.me, 50), 'ms', note);
      ctx.report('checks-http.baseline-api-me.p95', percentile(t.me, 95), 'ms');
      ctx.report('checks-http.license-count.p50', percentile(t.lic, 50), 'ms');
      ctx.report('checks-http.license-count.p95', percentile(t.lic, 95), 'ms', 'target < 20 ms');
      ctx.report('checks-http.license-count.p95-ratio-to-baseline', percentile(t.lic, 95) / percentile(t.me, 95), 'x');
      ctx.report('checks-http.scheduler-status.p50', percentile(t.sch, 50), 'ms');
      ctx.report('checks-http.scheduler-status.p95', percentile(t.sch, 95), 'ms', 'target < 20 ms');
      ctx.report('checks-http.scheduler-status.p95-ratio-to-baseline', percentile(t.sch, 95) / percentile(t.me, 95), 'x');
    } finally {
      await stop();
    }
  },
};

/**
 * The ten part-2 checks over HTTP on loopback, with real inputs picked from the seeded demo
 * (agent, "Suporte Chat" queue, SAC mailbox, first survey, reason, document). Baseline: GET /api/me
 * interleaved on the same connection.
 */
export const checksPart2HttpBenchmark: Benchmark = {
  name: 'checks-part2-http',
  description: 'POST /api/checks/<id> p95 over HTTP for the ten part-2 checks; baseline GET /api/me on the same connection',
  async run(ctx) {
    const rounds = ctx.quick ? 40 : 200;
    const { server: s, cookie, users, stop } = await seededServer(ctx);
    try {
      const first = async (kind: string, q: string) => {
        const r = await s.send('GET', `/api/pickers/${kind}?q=${encodeURIComponent(q)}`, { cookie });
        return Number((JSON.parse(r.body) as { options: { id: number }[] }).options[0].id);
      };
      const queueId = await first('queue', 'Suporte Chat');
      const userId = await first('user', 'agent@demo.local');
      const mailboxId = await first('mailbox', 'SAC');
      const surveyId = await first('survey', 'CSAT');
      const reasonId = await first('occurrence-reason', 'Cobrança');
      const documentId = await first('document', 'Política');
      const inputs: Record<string, unknown> = {
        'queue-availability': { queueId },
        'operator-readiness': { userId, queueId },
        'chat-distribution': { queueId },
        'mailbox-rules': { mailboxId },
        'survey-validity': { surveyId },
        'followup-automation': { reasonId },
        'document-availability': { documentId, userId, module: 'email' },
        'module-access': { userId, module: 'report-builder' },
        'chat-attachments': { queueId, fileName: 'nota.pdf' },
        'email-search-window': { from: '2026-01-01', to: '2026-03-31' },
      };
      const me = () => s.send('GET', '/api/me', { cookie });
      const calls = Object.entries(inputs).map(
        ([id, input]) => [id, () => s.send('POST', `/api/checks/${id}`, { cookie, body: JSON.stringify(input) })] as const,
      );
      for (let i = 0; i < 10; i++) for (const f of [me, ...calls.map((c) => c[1])]) await f(); // warm-up
      const t: Record<string, number[]> = { me: [] };
      for (let i = 0; i < rounds; i++) {
        t.me.push(...(await time(1, me, 200)));
        for (const [id, f] of calls) (t[id] ??= []).push(...(await time(1, f, 200)));
      }
      ctx.report('checks-part2-http.baseline-api-me.p95', percentile(t.me, 95), 'ms', `${users} users, ${rounds} requests each`);
      for (const [id] of calls) {
        ctx.report(`checks-part2-http.${id}.p95`, percentile(t[id], 95), 'ms', 'target < 50 ms');
        ctx.report(`checks-part2-http.${id}.p95-ratio-to-baseline`, percentile(t[id], 95) / percentile(t.me, 95), 'x');
      }
    } finally {
      await stop();
    }
  },
};
