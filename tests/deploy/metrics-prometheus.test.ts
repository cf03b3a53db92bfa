import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getCheck } from '@/checks/registry';
import { sweepShape } from '@/health/swept-records';
import { freePort, freshDatabase, sleep, startInstance, stopInstance, untilReady, type Instance } from './helpers/instances';

/**
 * A real Prometheus (Debian's `prometheus`) scrapes the built server's /metrics every second with
 * the monitor token, on a fresh demo, and its query API says what the health dashboard says: the
 * series with status 2 (fail) are exactly the dashboard's failing entries — a no-input check by its
 * id, a swept queue, mailbox or survey by `record_kind` and `record_id`. Needs a build and
 * /usr/bin/prometheus (.ci/run installs it). On the embedded database, or a fresh database of
 * TEST_DATABASE_URL's server when set.
 */
const PROMETHEUS = '/usr/bin/prometheus';
const missing = !existsSync(PROMETHEUS)
  ? `prometheus (${PROMETHEUS}: apt-get install -y prometheus)`
  : !existsSync('dist/server/entry.mjs')
    ? 'a build (npm run build)'
    : '';

/**
 * Whether the alert sweep (issue 20's pg-boss job) ships in this tree: some source other than the
 * shared names module uses its queue. Then the series must appear from the sweep alone, before
 * anyone polls /api/health.
 */
function sweepShipped(dir = 'src'): boolean {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (sweepShipped(p)) return true;
    } else if (/\.ts$/.test(name) && p !== join('src', 'alerts', 'types.ts') && readFileSync(p, 'utf8').includes('ALERT_SWEEP_QUEUE')) return true;
  }
  return false;
}

const token = randomBytes(24).toString('base64url');
let dir = '';
let app: Instance | undefined;
let prometheus: ChildProcess | undefined;
let prometheusLog = '';
let promPort = 0;
let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;

type Vector = { metric: Record<string, string>; value: [number, string] }[];

/** An instant query through Prometheus' HTTP API. */
async function query(q: string): Promise<Vector> {
  const res = await fetch(`http://127.0.0.1:${promPort}/api/v1/query?query=${encodeURIComponent(q)}`);
  const body = (await res.json()) as { status: string; data: { result: Vector }; error?: string };
  if (body.status !== 'success') throw new Error(`Prometheus refused ${q}: ${body.error}`);
  return body.data.result;
}

const key = (check: string, kind?: string, id?: string | number) => (kind ? `${check} ${kind}:${id}` : check);
/** The series Prometheus holds with status 2 (fail), as `check [kind:id]`. */
const failingSeries = async () => (await query('omni_check_status == 2')).map((s) => key(s.metric.check, s.metric.record_kind, s.metric.record_id)).sort();

type HealthBody = {
  checks: { id: string; skipped?: boolean; status?: string; findings?: { status: string; record?: { kind: string; id: number | string } }[] }[];
};
/** The dashboard's failing entries: a no-input check that fails, or each failing record of a swept check (one finding per record). */
function dashboardFailures(body: HealthBody): string[] {
  return body.checks
    .flatMap((c) => {
      if (c.skipped) return [];
      if (sweepShape(getCheck(c.id)!).mode === 'own') return c.status === 'fail' ? [key(c.id)] : [];
      return (c.findings ?? []).filter((f) => f.status === 'fail').map((f) => key(c.id, f.record!.kind, f.record!.id));
    })
    .sort();
}

/** What the dashboard shows, through the monitor's door (`?sweep=1`: every queue, mailbox and survey too). */
async function dashboard(): Promise<HealthBody> {
  const res = await fetch(`http://127.0.0.1:${app!.port}/api/health?sweep=1&lang=en`, { headers: { authorization: `Bearer ${token}` } });
  expect([200, 503]).toContain(res.status);
  return (await res.json()) as HealthBody;
}

/** Polls until `probe` holds (bounded: a slow machine waits longer, a fast one not at all); answers the last value. */
async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > deadline) return v;
    await sleep(500);
  }
}

beforeAll(async () => {
  if (missing) return;
  dir = mkdtempSync(join(tmpdir(), 'omni-prometheus-'));
  if (process.env.TEST_DATABASE_URL) db = await freshDatabase(process.env.TEST_DATABASE_URL);
  const [appPort, port] = [await freePort(), await freePort()];
  promPort = port;
  app = startInstance('P', appPort, {
    DATA_DIR: join(dir, 'data'),
    DATABASE_URL: db?.url ?? '',
    SEED_DEMO: '1',
    HEALTH_TOKEN: token,
    // The alert sweep (once it ships) runs every check the dashboard runs every 5 s.
    ALERT_SWEEP_SECONDS: '5',
  });
  await untilReady(app, 110_000);
  writeFileSync(join(dir, 'token'), token);
  writeFileSync(
    join(dir, 'prometheus.yml'),
    `global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: omni-runbook
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials_file: ${join(dir, 'token')}
    static_configs:
      - targets: ['127.0.0.1:${appPort}']
`,
  );
  prometheus = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'tsdb')}`,
      `--web.listen-address=127.0.0.1:${promPort}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  prometheus.stdout!.on('data', (d) => (prometheusLog += d));
  prometheus.stderr!.on('data', (d) => (prometheusLog += d));
  const ready = await until(
    () => fetch(`http://127.0.0.1:${promPort}/-/ready`).then((r) => r.ok),
    (v) => v === true || prometheus!.exitCode !== null,
    30_000,
  );
  if (ready !== true) throw new Error(`Prometheus did not start:\n${prometheusLog}`);
}, 180_000);

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null && prometheus.signalCode === null) {
    const exited = new Promise((r) => prometheus!.once('exit', r));
    prometheus.kill('SIGTERM');
    const timer = setTimeout(() => prometheus!.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (app) await stopInstance(app);
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe.skipIf(!!missing)(`Prometheus scraping /metrics${missing ? ` (needs ${missing})` : ''}`, () => {
  test('scrapes with the monitor token: the target is up', async () => {
    const up = await until(
      () => query('up{job="omni-runbook"}'),
      (v) => v.length === 1 && v[0].value[1] === '1',
      30_000,
    );
    expect(
      up.map((s) => s.value[1]),
      prometheusLog,
    ).toEqual(['1']);
    expect((await query('omni_checks_registered'))[0]?.value[1]).toMatch(/^[1-9]\d*$/);
  });

  test.skipIf(!sweepShipped())('the alert sweep alone keeps every swept record fresh: its failing series are the dashboard’s failures', async () => {
    // Nobody has polled /api/health yet: whatever Prometheus holds came from the sweep.
    const swept = await until(
      () => query('count by (record_kind) (omni_check_status{record_kind!=""})'),
      (v) => ['queue', 'mailbox', 'survey'].every((k) => v.some((s) => s.metric.record_kind === k)),
      90_000,
    );
    expect(swept.map((s) => s.metric.record_kind).sort()).toEqual(['mailbox', 'queue', 'survey']);
    // A whole sweep is in: the series and the failing ones stay the same over more than one sweep period.
    const snapshot = async () => JSON.stringify([(await query('count(omni_check_status)'))[0]?.value[1], await failingSeries()]);
    let last = await snapshot();
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      await sleep(6_000);
      const now = await snapshot();
      if (now === last) break;
      last = now;
    }
    const before = await failingSeries();
    expect(before).toEqual(dashboardFailures(await dashboard()));
  });

  test('the series with status fail are exactly the failing entries the dashboard shows', async () => {
    const expected = dashboardFailures(await dashboard());
    // The demo's deliberate faults include a swept record: the survey "NPS trimestral".
    expect(expected.some((k) => k.startsWith('survey-validity survey:'))).toBe(true);
    const seen = await until(failingSeries, (v) => JSON.stringify(v) === JSON.stringify(expected), 30_000);
    expect(seen).toEqual(expected);
    // Every swept record has its series, each with when it last ran.
    const records = await query('omni_check_last_run_timestamp_seconds{record_kind!=""}');
    expect(new Set(records.map((s) => s.metric.record_kind))).toEqual(new Set(['queue', 'mailbox', 'survey']));
    for (const s of records) {
      expect(s.metric.record_id).toMatch(/^\d+$/);
      expect(Number(s.value[1])).toBeGreaterThan(0);
    }
    console.log(
      `[metrics-prometheus] failing series:\n${(await query('omni_check_status == 2')).map((s) => `  omni_check_status${JSON.stringify({ check: s.metric.check, record_kind: s.metric.record_kind, record_id: s.metric.record_id })} ${s.value[1]}`).join('\n')}`,
    );
  });
});
