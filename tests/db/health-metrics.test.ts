import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { startJobs, type Jobs } from '@/jobs/boss';
import { runAllChecks, type HealthReport } from '@/health/run-all';
import { monitorUser } from '@/health/caller';
import { readMetrics, renderMetrics } from '@/health/metrics';
import { SWEEP_LIMIT, sweepShape } from '@/health/swept-records';
import { runCounts, SETTLE_MARGIN } from '@/health/run-counts';
import { loadScope, scopeOf } from '@/auth/scope';
import { getCheck } from '@/checks/registry';
import { runCheck } from '@/checks/runner';
import { queryRows } from '@/db/rows';
import { getTestDb } from '../helpers/db';

/**
 * /metrics says what the dashboard shows: after the monitor's sweep, the series whose status is 2
 * are exactly the dashboard's failing entries (a no-input check by its id, a swept record by its
 * kind and id), at most SWEEP_LIMIT records per check, and a person's run with other options does
 * not replace a record's current result.
 */
let h: DbHandle;
let jobs: Jobs;
let report: HealthReport;

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 40, attendances: 100 });
  jobs = await startJobs(h);
  report = await runAllChecks(h.db, monitorUser, { all: true, sweep: true });
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

const key = (check: string, kind?: string, id?: string | number) => (kind ? `${check} ${kind}:${id}` : check);

/** The dashboard's entries with their status: a no-input check, or one record of a swept check (one finding per record). */
function dashboardEntries(r: HealthReport): string[] {
  return r.checks
    .flatMap((c) => {
      if ('skipped' in c) return [];
      if (sweepShape(getCheck(c.checkId)!).mode === 'own') return [`${key(c.checkId)} ${c.status}`];
      return c.findings.map((f) => `${key(c.checkId, f.record!.kind, f.record!.id)} ${f.status}`);
    })
    .sort();
}

describe('/metrics on a fresh demo after the monitor sweep', () => {
  test('every entry of the dashboard has its series with the same status; status 2 is exactly the failing ones', async () => {
    const m = await readMetrics(h.db, await loadScope(h.db, monitorUser));
    const entries = m.latest.map((r) => `${key(r.checkId, r.recordKind, r.recordId)} ${r.status}`).sort();
    expect(entries).toEqual(dashboardEntries(report));
    const failing = entries.filter((e) => e.endsWith(' fail'));
    expect(failing).toEqual(dashboardEntries(report).filter((e) => e.endsWith(' fail')));
    // The demo's deliberate faults, swept ones among them: the survey fails, the mailbox rule and the closed queue are red too.
    expect(failing.some((k) => k.startsWith('survey-validity survey:'))).toBe(true);
    expect(entries.some((k) => k.startsWith('mailbox-rules mailbox:') && !k.endsWith(' ok'))).toBe(true);
    expect(entries.some((k) => k.startsWith('queue-availability queue:') && !k.endsWith(' ok'))).toBe(true);
  });

  test('the exposition labels swept records by kind and id, never by name', async () => {
    const text = await renderMetrics(h.db, scopeOf(true, []));
    const [survey] = await queryRows<{ id: number; name: string }>(h.db, sql`select id, name from surveys where name = 'NPS trimestral'`);
    expect(text).toContain(`omni_check_status{check="survey-validity",record_kind="survey",record_id="${survey.id}"} 2`);
    expect(text).not.toContain('NPS trimestral');
    expect(text).toMatch(/^omni_check_last_run_age_seconds\{check="survey-validity",record_kind="survey",record_id="\d+"\} \d+(\.\d+)?$/m);
    expect(text).toMatch(/^omni_check_status\{check="license-count"\} 1$/m);
    expect(text).toContain('omni_alert_deliveries_total{outcome="sent"} 0');
  });

  test('a run with other options (a queue at another time) does not replace the record’s current result', async () => {
    const def = getCheck('queue-availability')!;
    const scope = scopeOf(true, []);
    const before = (await readMetrics(h.db, scope)).latest.filter((r) => r.checkId === 'queue-availability');
    const [first] = before;
    await runCheck(def, { db: h.db, user: monitorUser, input: def.input.parse({ queueId: Number(first.recordId), at: '2026-01-01T03:00:00Z' }) });
    const after = (await readMetrics(h.db, scope)).latest.filter((r) => r.checkId === 'queue-availability');
    expect(after).toEqual(before);
  });

  test(`at most ${SWEEP_LIMIT} records per check, the same ones the dashboard sweeps`, async () => {
    await h.db.execute(
      sql`insert into surveys (name, starts_on, ends_on, published) select 'Pesquisa ' || lpad(g::text, 3, '0'), '2026-01-01', '2026-12-31', true from generate_series(1, 40) g`,
    );
    const swept = await runAllChecks(h.db, monitorUser, { all: true, sweep: true });
    const entry = swept.checks.find((c) => c.checkId === 'survey-validity')!;
    const dashboardIds = 'findings' in entry ? entry.findings.map((f) => String(f.record!.id)).sort() : [];
    expect(dashboardIds).toHaveLength(SWEEP_LIMIT);
    const series = (await readMetrics(h.db, scopeOf(true, []))).latest.filter((r) => r.checkId === 'survey-validity');
    expect(series.map((r) => r.recordId).sort()).toEqual(dashboardIds);
  });

  test('run counts match a full count as runs are added past the settled margin, concurrent scrapes included', async () => {
    const full = async () =>
      (
        await queryRows<{ check_id: string; status: string; n: number }>(
          h.db,
          sql`select check_id, status, count(*)::int as n from check_runs group by check_id, status order by check_id, status`,
        )
      ).map((r) => ({ checkId: r.check_id, status: r.status, n: Number(r.n) }));
    const add = (n: number, status: string) =>
      h.db.execute(
        sql`insert into check_runs (check_id, status, summary, findings, duration_ms, input) select 'license-count', ${status}, '{}'::jsonb, '[]'::jsonb, 1, '{}'::jsonb from generate_series(1, ${n})`,
      );
    expect(await runCounts(h.db)).toEqual(await full());
    await add(SETTLE_MARGIN + 500, 'warn');
    expect(await runCounts(h.db)).toEqual(await full());
    await add(700, 'fail');
    const [a, b] = await Promise.all([runCounts(h.db), runCounts(h.db)]);
    expect(a).toEqual(await full());
    expect(b).toEqual(a);
    await add(3, 'ok');
    expect(await runCounts(h.db)).toEqual(await full());
  });

  test('alert states per rule and deliveries per outcome', async () => {
    const [c] = await queryRows<{ id: number }>(
      h.db,
      sql`insert into alert_contacts (name, kind, target_enc, target_hint) values ('Plantão', 'email', 'x', 'p@…') returning id`,
    );
    const [r] = await queryRows<{ id: number }>(
      h.db,
      sql`insert into alert_rules (name, check_id, record, contact_id) values ('Pesquisas', 'survey-validity', '{"mode":"every"}', ${c.id}) returning id`,
    );
    await h.db.execute(sql`insert into alert_states (rule_id, record_key, state) values (${r.id}, 'survey:1', 'firing'), (${r.id}, 'survey:2', 'normal')`);
    const [e] = await queryRows<{ id: number }>(h.db, sql`insert into alert_events (rule_id, kind) values (${r.id}, 'fired') returning id`);
    await h.db.execute(sql`insert into alert_deliveries (event_id, contact_id, message_id, status) values (${e.id}, ${c.id}, 'msg_1', 'failed')`);
    const text = await renderMetrics(h.db, scopeOf(true, []));
    expect(text).toContain(`omni_alert_state{rule="${r.id}",state="firing"} 1`);
    expect(text).toContain(`omni_alert_state{rule="${r.id}",state="normal"} 1`);
    expect(text).toContain(`omni_alert_state{rule="${r.id}",state="pending"} 0`);
    expect(text).toContain(`omni_alert_rule_enabled{rule="${r.id}"} 1`);
    expect(text).toContain('omni_alert_deliveries_total{outcome="failed"} 1');
    expect(text).toContain('omni_alert_deliveries_queued 0');
  });
});
