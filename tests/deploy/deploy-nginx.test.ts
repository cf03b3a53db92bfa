import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, freshDatabase, sleep, startInstance, stopInstance, untilReady, waitFor, type Instance } from './helpers/instances';
import { httpCall, httpsCall, NGINX, selfSignedCert, startNginx, type CallOptions } from './helpers/nginx';

/**
 * The deployment of README › Deploying, end to end: Debian's nginx on loopback with TLS (a
 * certificate made here by openssl) and the repository's proxy rules, in front of two instances
 * of the built server on one fresh PostgreSQL database, TRUST_PROXY=127.0.0.1. The client
 * connects from other loopback addresses (127.0.0.3 through nginx, 127.0.0.2 straight to an
 * instance), so the instances can tell the proxy from a client. Needs TEST_DATABASE_URL, nginx and
 * a build (`npm run build`).
 */
const base = process.env.TEST_DATABASE_URL;
const missing = !base
  ? 'TEST_DATABASE_URL (a PostgreSQL server)'
  : !existsSync(NGINX)
    ? `nginx (${NGINX}: apt-get install -y nginx)`
    : !existsSync('dist/server/entry.mjs')
      ? 'a build (npm run build)'
      : '';

const PASSWORD = 'Omni-demo-2026';
const VIA_PROXY = '127.0.0.3';
const DIRECT = '127.0.0.2';

let dir: string;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let restored: Awaited<ReturnType<typeof freshDatabase>> | undefined;
let tls: ReturnType<typeof selfSignedCert>;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let proxyPort: number;
const instances: Record<'A' | 'B', Instance | undefined> = { A: undefined, B: undefined };
const ports: Record<'A' | 'B', number> = { A: 0, B: 0 };
const env = () => ({
  DATABASE_URL: db.url,
  TRUST_PROXY: '127.0.0.1',
  DATA_DIR: join(dir, 'data'),
  SECRET_KEY: randomKey,
  SHUTDOWN_TIMEOUT_SECONDS: '10',
  SEED_DEMO: '1',
  // Batches of 1,000: the closure of 30,000 runs long enough for an instance to be stopped mid-run.
  CLOSURE_BATCH_SIZE: '1000',
});
const randomKey = randomBytes(32).toString('base64');
const spare: Instance[] = [];

const proxy = (path: string, o: CallOptions = {}) => httpsCall(proxyPort, tls.pem, path, { localAddress: VIA_PROXY, ...o });
const origin = () => `https://127.0.0.1:${proxyPort}`;
const json = (body: unknown, cookie?: string, extra: Record<string, string> = {}): CallOptions => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: origin(), ...(cookie ? { cookie } : {}), ...extra },
  body: JSON.stringify(body),
});
const cookieOf = (setCookie: string | string[] | undefined) => [setCookie ?? []].flat().find((c) => c.startsWith('omni_session='));

async function signInViaProxy(email: string, extra: Record<string, string> = {}): Promise<{ cookie: string; setCookie: string }> {
  const res = await proxy('/api/auth/login', json({ email, password: PASSWORD }, undefined, extra));
  expect(res.status, res.text).toBe(200);
  const setCookie = cookieOf(res.headers['set-cookie'])!;
  return { cookie: setCookie.split(';')[0], setCookie };
}

function start(name: 'A' | 'B'): Instance {
  const i = startInstance(name, ports[name], env());
  instances[name] = i;
  return i;
}

beforeAll(async () => {
  if (missing) return;
  dir = mkdtempSync(join(tmpdir(), 'omni-deploy-'));
  db = await freshDatabase(base!);
  tls = selfSignedCert(dir);
  [ports.A, ports.B, proxyPort] = await Promise.all([freePort(), freePort(), freePort()]);
  nginx = await startNginx(dir, proxyPort, [ports.A, ports.B], tls);
});

afterAll(async () => {
  for (const i of [instances.A, instances.B, ...spare]) if (i) await stopInstance(i, 'SIGKILL');
  await nginx?.stop();
  await db?.drop();
  await restored?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!!missing)(`nginx in front of two instances on one PostgreSQL${missing ? ` (needs ${missing})` : ''}`, () => {
  test('three instances starting at once on a fresh database migrate, create the job schema and seed exactly once', async () => {
    const third = startInstance('C', await freePort(), env());
    spare.push(third);
    const all = [start('A'), start('B'), third];
    await Promise.all(all.map((i) => untilReady(i)));
    const [{ orgs, admins, migrations, bossVersion }] = await db.sql<{ orgs: number; admins: number; migrations: number; bossVersion: number }[]>`
      select (select count(*)::int from organization) as orgs,
             (select count(*)::int from users where email = 'admin@demo.local') as admins,
             (select count(*)::int from drizzle.__drizzle_migrations) as migrations,
             (select version::int from pgboss.version) as "bossVersion"`;
    const journal = JSON.parse(readFileSync('src/db/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
    expect({ orgs, admins, migrations }).toEqual({ orgs: 1, admins: 1, migrations: journal.entries.length });
    expect(bossVersion).toBeGreaterThan(0);
    for (const i of all) expect(i.output()).not.toMatch(/\[startup\]|error/i);
    // SIGTERM: drains and exits 0.
    expect(await stopInstance(third)).toBe(0);
    expect(third.output()).toContain('[shutdown] done');
  });

  test('a signed-in session works through either instance; cookies are Secure over the proxy’s HTTPS only', async () => {
    const { cookie, setCookie } = await signInViaProxy('supervisor@demo.local');
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    for (const port of [ports.A, ports.B]) {
      const me = await httpCall(port, '/api/me', { headers: { cookie }, localAddress: DIRECT });
      expect(me.status).toBe(200);
      expect(JSON.parse(me.text).email).toBe('supervisor@demo.local');
    }
    for (let n = 0; n < 6; n++) expect((await proxy('/api/me', { headers: { cookie } })).status).toBe(200);
    // Straight to an instance over plain http: no Secure flag, even with a forged X-Forwarded-Proto.
    const direct = await httpCall(ports.A, '/api/auth/login', {
      ...json({ email: 'agent@demo.local', password: PASSWORD }, undefined, { 'x-forwarded-proto': 'https', origin: `http://127.0.0.1:${ports.A}` }),
      localAddress: DIRECT,
    });
    expect(direct.status, direct.text).toBe(200);
    expect(cookieOf(direct.headers['set-cookie'])).not.toMatch(/Secure/i);
    // A form post from the proxy's own origin is same-origin (the instance sees http, the browser https).
    const form = await proxy('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: origin() },
      body: `email=admin%40demo.local&password=${PASSWORD}`,
    });
    expect(form.status).toBe(303);
    expect(cookieOf(form.headers['set-cookie'])).toMatch(/Secure/i);
    // …and another origin is refused.
    const cross = await proxy('/api/auth/login', json({ email: 'admin@demo.local', password: PASSWORD }, undefined, { origin: 'https://evil.example' }));
    expect(cross.status).toBe(403);
  });

  test('audit records carry the client address nginx saw, never an X-Forwarded-For the client made up', async () => {
    const tag = randomBytes(4).toString('hex');
    // Through nginx, with a forged hop: nginx appends the real peer (127.0.0.3), which is what counts.
    await proxy('/api/auth/login', json({ email: `via-proxy-${tag}@nowhere.test`, password: 'x' }, undefined, { 'x-forwarded-for': '203.0.113.7' }));
    // Straight to an instance from an address that is not a trusted proxy, with a forged header.
    await httpCall(ports.B, '/api/auth/login', {
      ...json({ email: `direct-${tag}@nowhere.test`, password: 'x' }, undefined, { 'x-forwarded-for': '198.51.100.9', origin: `http://127.0.0.1:${ports.B}` }),
      localAddress: DIRECT,
    });
    const rows = await db.sql<{ actor_email: string; ip: string; outcome: string }[]>`
      select actor_email, ip, outcome from audit_records where action = 'auth.login' and actor_email like ${'%' + tag + '%'} order by id`;
    expect(rows).toEqual([
      { actor_email: `via-proxy-${tag}@nowhere.test`, ip: VIA_PROXY, outcome: 'failed' },
      { actor_email: `direct-${tag}@nowhere.test`, ip: DIRECT, outcome: 'failed' },
    ]);
    const ok = await db.sql<
      { ip: string }[]
    >`select ip from audit_records where action = 'auth.login' and outcome = 'ok' and actor_email = 'supervisor@demo.local'`;
    expect(ok.map((r) => r.ip)).toEqual([VIA_PROXY]);
  });

  test('a closure of 30,000 survives the instance running it being killed with SIGKILL: 0 lost, 0 closed twice', async () => {
    const { requestId, total, serviceId } = await startClosure();
    const runner = await runnerOf(requestId);
    expect(await stopInstance(instances[runner]!, 'SIGKILL')).toBe('SIGKILL');
    const [atKill] = await db.sql<{ processed: number; state: string }[]>`select processed, state from bulk_requests where id = ${requestId}`;
    expect(atKill.state).toBe('running');
    expect(atKill.processed).toBeLessThan(total);
    // The survivor resumes it (pg-boss notices the missing heartbeat and retries the job).
    await expectClosedOnce(requestId, total, serviceId);
    // Back to two instances for what follows.
    await untilReady(start(runner));
  });

  test('SIGTERM while a closure runs: the instance exits 0 within its bound, the job finishes there or on the other one, 0 lost, 0 closed twice', async () => {
    const { requestId, total, serviceId } = await startClosure();
    const runner = await runnerOf(requestId);
    const stopping = Date.now();
    expect(await stopInstance(instances[runner]!, 'SIGTERM')).toBe(0);
    // SHUTDOWN_TIMEOUT_SECONDS=10 for HTTP and jobs together, then closing the database.
    expect(Date.now() - stopping).toBeLessThan(20_000);
    expect(instances[runner]!.output()).toContain('[shutdown] done');
    await expectClosedOnce(requestId, total, serviceId);
    await untilReady(start(runner));
  });

  test('a rolling restart (SIGTERM A, start A, SIGTERM B, start B) under 16 connections through nginx fails no request', async () => {
    const { cookie } = await signInViaProxy('agent@demo.local');
    const agent = new Agent({ keepAlive: true, maxSockets: 16, ca: tls.pem, localAddress: VIA_PROXY });
    const paths = ['/api/me', '/en/', '/api/live', '/api/checks'];
    let stop = false;
    let ok = 0;
    const failures: string[] = [];
    const worker = async (w: number) => {
      // Bounded: ends when the restart is over, or after 3,000 requests per connection at most.
      for (let n = 0; !stop && n < 3000; n++) {
        const path = paths[(w + n) % paths.length];
        try {
          const res = await httpsCall(proxyPort, tls.pem, path, { headers: { cookie }, agent });
          if (res.status === 200) ok++;
          else failures.push(`${path} ${res.status} ${res.text.slice(0, 120)}`);
        } catch (e) {
          failures.push(`${path} ${(e as Error).message}`);
        }
      }
    };
    const load = Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)));
    await sleep(1000);
    for (const name of ['A', 'B'] as const) {
      const old = instances[name]!;
      const before = ok;
      expect(await stopInstance(old, 'SIGTERM')).toBe(0);
      expect(old.output()).toContain('[shutdown] done');
      await untilReady(start(name));
      // nginx keeps an instance that refused a connection out for fail_timeout (5 s): let it come
      // back before the next one stops, as a rolling restart waits for each instance.
      await sleep(6000);
      expect(ok).toBeGreaterThan(before);
    }
    stop = true;
    await load;
    agent.destroy();
    expect(failures.slice(0, 10), nginx.errors()).toEqual([]);
    expect(ok).toBeGreaterThan(200);
  });

  test('pg_dump of the running database restores with pg_restore into a database an instance starts on, with the same rows', async () => {
    const dump = join(dir, 'omni.dump');
    const r = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, db.url], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // Rows per table, read right after the dump (nothing writes rows meanwhile: no requests run).
    const countsOf = async (sql: typeof db.sql) => {
      const tables = await sql<
        { t: string }[]
      >`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`;
      const out: Record<string, number> = {};
      for (const { t } of tables) out[t] = (await sql.unsafe(`select count(*)::int as n from "${t}"`))[0].n as number;
      return out;
    };
    const source = await countsOf(db.sql);
    restored = await freshDatabase(base!);
    const rr = spawnSync('pg_restore', ['--no-owner', `--dbname=${restored.url}`, dump], { encoding: 'utf8' });
    expect(rr.status, rr.stderr).toBe(0);
    expect(await countsOf(restored.sql)).toEqual(source);
    expect(source.attendances).toBeGreaterThan(30_000);
    const copy = startInstance('R', await freePort(), { ...env(), DATABASE_URL: restored.url });
    spare.push(copy);
    await untilReady(copy);
    const login = await httpCall(copy.port, '/api/auth/login', {
      ...json({ email: 'admin@demo.local', password: PASSWORD }, undefined, { origin: `http://127.0.0.1:${copy.port}` }),
      localAddress: DIRECT,
    });
    expect(login.status, login.text).toBe(200);
    expect(await stopInstance(copy)).toBe(0);
  });
});

/** Queues 30,000 attendances in the supervisor's service and confirms their closure through nginx (preview, then confirm). */
async function startClosure(): Promise<{ requestId: string; total: number; serviceId: number }> {
  const [{ service_id: serviceId }] = await db.sql<{ service_id: number }[]>`
    select sm.service_id from service_managers sm join users u on u.id = sm.user_id where u.email = 'supervisor@demo.local' order by 1 limit 1`;
  await db.sql`insert into attendances (protocol, channel, service_id, status, customer_name)
    select 'deploy-' || gen_random_uuid() || '-' || i, 'chat', ${serviceId}, 'queued', 'Cliente ' || i from generate_series(1, 30000) i`;
  await db.sql`analyze attendances`;
  const { cookie } = await signInViaProxy('supervisor@demo.local');
  const preview = await proxy(`/api/bulk/queue-closure/count?serviceId=${serviceId}`, { headers: { cookie } });
  expect(preview.status, preview.text).toBe(200);
  const queued = JSON.parse(preview.text).queued as number;
  expect(queued).toBeGreaterThanOrEqual(30_000);
  const confirm = await proxy('/api/bulk/queue-closure/confirm', json({ serviceId, tabulate: true }, cookie));
  expect(confirm.status, confirm.text).toBe(200);
  const { requestId, total } = JSON.parse(confirm.text) as { requestId: string; total: number };
  expect(total).toBe(queued);
  return { requestId, total, serviceId };
}

/** The instance running a closure: the one whose database session is closing a batch (moving the request's mark), once some are done. */
function runnerOf(requestId: string): Promise<'A' | 'B'> {
  return waitFor(
    'the closure to be under way on an instance',
    async () => {
      const [r] = await db.sql<{ processed: number; state: string }[]>`select processed, state from bulk_requests where id = ${requestId}`;
      if (r.state !== 'running' || r.processed === 0) return false;
      const busy = await db.sql<{ app: string }[]>`select application_name as app from pg_stat_activity
      where datname = ${db.name} and application_name like 'omni-%' and state <> 'idle' and query ilike '%high_water_mark%'`;
      return busy[0]?.app.slice('omni-'.length) as 'A' | 'B' | undefined;
    },
    60_000,
    15,
  );
}

/** Waits for the closure to end and checks it: every attendance closed once, with the batch tabulation and one finished event. */
async function expectClosedOnce(requestId: string, total: number, serviceId: number): Promise<void> {
  const end = await waitFor(
    'the closure to finish',
    async () => {
      const [r] = await db.sql<
        { processed: number; failed: number; state: string }[]
      >`select processed, failed, state from bulk_requests where id = ${requestId}`;
      return r.state === 'done' && r;
    },
    180_000,
    500,
  );
  expect(end).toMatchObject({ processed: total, failed: 0 });
  await db.sql`analyze attendances, interaction_events`;
  // A closure records its range, not its items (issue 25): what it closed is in the attendances and
  // their finished events, each carrying the request id.
  const [c] = await db.sql<{ events: number; distinct_att: number; finished: number; duplicates: number; still_queued: number }[]>`
    select (select count(*)::int from interaction_events where request_id = ${requestId} and type = 'finished') as events,
           (select count(distinct attendance_id)::int from interaction_events where request_id = ${requestId} and type = 'finished') as distinct_att,
           (select count(*)::int from attendances a join tabulations t on t.id = a.tabulation_id
              where a.id in (select attendance_id from interaction_events where request_id = ${requestId} and type = 'finished')
                and a.status = 'finished' and t.code = 'batch-finalized') as finished,
           (select count(*)::int from (select attendance_id from interaction_events where type = 'finished' group by 1 having count(*) > 1) d) as duplicates,
           (select count(*)::int from attendances where service_id = ${serviceId} and status = 'queued') as still_queued`;
  expect(c).toEqual({ events: total, distinct_att: total, finished: total, duplicates: 0, still_queued: 0 });
}
