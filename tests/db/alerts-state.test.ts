import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { PgBoss, fromPglite } from 'pg-boss';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { openDatabase, type Db, type DbHandle } from '@/db/client';
import { encryptSecret } from '@/security/secrets';
import { advance, initialState, type AdvanceContext, type MachineRule, type MachineState, type Verdict } from '@/alerts/engine/machine';
import { advanceRules, runSweep, type SweepRead } from '@/alerts/engine/sweep';
import { ackState } from '@/alerts/engine/ack';
import { simulateRule } from '@/alerts/engine/simulate';
import { insideGrid, type GridWindow } from '@/alerts/engine/context';
import type { CheckRunSet } from '@/alerts/engine/observe';
import { ALERT_DELIVER_QUEUE, ALERT_SWEEP_QUEUE, type AlertEventPayload } from '@/alerts/types';
import { schedulerStatusCheck } from '@/checks/definitions/scheduler-status';
import type { CheckContext } from '@/checks/types';
import { getTestDb, MIGRATIONS_DIR, testDriver } from '../helpers/db';
import { updateRule } from '@/alerts/admin/save-rule';
import { scopeOf } from '@/auth/scope';
import type { SessionUser } from '@/auth/session';

/**
 * The alert state machine driven table-first on the database: each scenario is a script of runs
 * (one a minute unless said), each stored in check_runs and given to the sweep's second half
 * (`advanceRules`) at its moment, the test clock; the expected events are read back from
 * alert_events and alert_deliveries. Then the whole sweep with real checks: two instances at
 * once, a restart in the middle, the heartbeat; and random run sequences for the invariants.
 */

let h: DbHandle & { url?: string };
let db: Db;
const key = randomBytes(32);
let primary: number;
let second: number;
let quietContact: number;
const T0 = new Date('2026-05-04T12:00:00Z'); // a Monday
const at = (minute: number, from = T0) => new Date(from.getTime() + minute * 60_000);

beforeAll(async () => {
  h = await getTestDb();
  db = h.db;
  await db.insert(t.organization).values({ id: 1, name: 'Org', timeZone: 'America/Sao_Paulo' });
  const contact = (name: string, sendResolved = true) => ({
    name,
    kind: 'email' as const,
    targetEnc: encryptSecret(`${name}@example.com`, key),
    targetHint: `${name}@…example.com`,
    sendResolved,
  });
  [{ id: primary }, { id: second }, { id: quietContact }] = await db
    .insert(t.alertContacts)
    .values([contact('primary'), contact('second'), contact('no-resolved', false)])
    .returning({ id: t.alertContacts.id });
}, 120_000);
afterAll(async () => {
  await h?.close();
});

type RuleFields = Partial<typeof t.alertRules.$inferInsert>;
async function makeRule(fields: RuleFields = {}): Promise<t.AlertRule> {
  const [rule] = await db
    .insert(t.alertRules)
    .values({ name: `rule ${randomBytes(3).toString('hex')}`, checkId: 'license-count', record: { mode: 'own' }, contactId: primary, ...fields })
    .returning();
  return rule;
}

/** Stores one run of a no-input check at `when` and gives it to the sweep's second half (with what it read, when given: a sweep that lost a race). */
async function runOwn(rule: t.AlertRule, when: Date, v: 'g' | 'b' | 'w' | 'e' | '-', read?: SweepRead) {
  const sets = new Map<string, CheckRunSet>();
  if (v === '-') sets.set(rule.checkId, { checkId: rule.checkId, records: new Map() });
  else {
    const status = v === 'g' ? 'ok' : v === 'w' ? 'warn' : 'fail';
    const findings = status === 'ok' ? [] : [{ status, message: { 'pt-BR': 'quebrado', en: 'broken' }, fix: { article: 'reference/task-scheduler' } }];
    const [run] = await db
      .insert(t.checkRuns)
      .values({
        checkId: rule.checkId,
        status,
        summary: { 'pt-BR': `resumo ${v}`, en: `summary ${v}` },
        findings,
        durationMs: 1,
        input: {},
        at: when,
        outcome: v === 'e' ? 'error' : 'result',
      } as typeof t.checkRuns.$inferInsert)
      .returning();
    sets.set(rule.checkId, {
      checkId: rule.checkId,
      own: { runId: run.id, status: run.status, outcome: run.outcome, summary: run.summary, findings: run.findings, at: run.at },
      records: new Map(),
    });
  }
  return advanceRules(db, sets, when, { rules: [rule], read });
}

const stateOf = async (rule: t.AlertRule) => (await db.select().from(t.alertStates).where(eq(t.alertStates.ruleId, rule.id)))[0];

/**
 * Plays a script: tokens `<minute><what>`, what = g (ok), b (fail), w (warn), e (errored run),
 * - (no run this sweep: only the timers), A (someone acknowledges). Returns the events as
 * `minute:kind` and the deliveries as `minute:kind>contact`.
 */
async function play(rule: t.AlertRule, script: string, from = T0) {
  for (const token of script.trim().split(/\s+/)) {
    const m = /^(\d+)([gbwe\-A])$/.exec(token)!;
    const when = at(Number(m[1]), from);
    if (m[2] === 'A') {
      const s = await stateOf(rule);
      expect((await ackState(db, s.id, { id: 0 }, when)).acked).toBe(true);
    } else await runOwn(rule, when, m[2] as 'g');
  }
  return history(rule, from);
}

async function history(rule: t.AlertRule, from = T0, d: Db = db) {
  const db = d;
  const minute = (d: Date) => Math.round((d.getTime() - from.getTime()) / 60_000);
  const events = await db.select().from(t.alertEvents).where(eq(t.alertEvents.ruleId, rule.id)).orderBy(asc(t.alertEvents.id));
  const deliveries = await db
    .select({
      kind: t.alertEvents.kind,
      at: t.alertEvents.at,
      contactId: t.alertDeliveries.contactId,
      status: t.alertDeliveries.status,
      messageId: t.alertDeliveries.messageId,
    })
    .from(t.alertDeliveries)
    .innerJoin(t.alertEvents, eq(t.alertEvents.id, t.alertDeliveries.eventId))
    .where(eq(t.alertEvents.ruleId, rule.id))
    .orderBy(asc(t.alertDeliveries.id));
  const name = (id: number) => (id === primary ? 'primary' : id === second ? 'second' : 'no-resolved');
  return {
    events: events.map((e) => `${minute(e.at)}:${e.kind}`),
    payloads: events.map((e) => e.payload as unknown as AlertEventPayload),
    deliveries: deliveries.map((d) => `${minute(d.at)}:${d.kind}>${name(d.contactId)}`),
    rows: deliveries,
  };
}

describe('the state machine, table-first on the database', () => {
  const table: { name: string; rule?: RuleFields; script: string; events: string[]; deliveries?: string[] }[] = [
    { name: 'one bad run: pending, then back to normal without a word', script: '0b 1g 2g', events: ['0:pending'], deliveries: [] },
    {
      name: 'firing after pendingRuns bad runs, resolved after recoverRuns good runs',
      script: '0b 1b 2b 3g 4g 5g',
      events: ['0:pending', '1:fired', '4:resolved'],
      deliveries: ['1:fired>primary', '4:resolved>primary'],
    },
    {
      name: 'one good run among the bad does not resolve (recoverRuns 2)',
      script: '0b 1b 2g 3b 4g 5g',
      events: ['0:pending', '1:fired', '5:resolved'],
    },
    { name: 'pendingRuns 1 fires at once', rule: { pendingRuns: 1, recoverRuns: 1 }, script: '0b 1g', events: ['0:fired', '1:resolved'] },
    {
      name: 'repeats every repeatMinutes while red, at most maxRepeats',
      rule: { repeatMinutes: 10, maxRepeats: 2 },
      script: '0b 1b 5b 11b 15- 21b 31b 41- 51b 61g 62g',
      events: ['0:pending', '1:fired', '11:repeated', '21:repeated', '62:resolved'],
    },
    {
      name: 'escalation to the second contact after escalateAfterMinutes, then ack stops repeats',
      rule: { repeatMinutes: 10, maxRepeats: 5, escalateContactId: null, escalateAfterMinutes: 15 },
      script: '0b 1b 11b 16b 17A 21b 31b 41g 42g',
      events: ['0:pending', '1:fired', '11:repeated', '16:escalated', '17:acked', '42:resolved'],
      deliveries: ['1:fired>primary', '11:repeated>primary', '16:escalated>second', '42:resolved>primary', '42:resolved>second'],
    },
    {
      name: 'ack before the escalation: no escalation, no repeats, the resolved still comes',
      rule: { repeatMinutes: 10, maxRepeats: 5, escalateAfterMinutes: 15 },
      script: '0b 1b 5A 11b 16b 31b 32g 33g',
      events: ['0:pending', '1:fired', '5:acked', '33:resolved'],
      deliveries: ['1:fired>primary', '33:resolved>primary'],
    },
    {
      name: 'flapping: one message, quiet while it flaps, normal rules once stable',
      rule: { pendingRuns: 1, recoverRuns: 2, flapWindow: 6, flapTransitions: 4, repeatMinutes: 2, maxRepeats: 9 },
      script: '0b 1g 2b 3g 4b 5g 6b 7g 8b 9g 10g 11g 12g 13g 14g 15g',
      events: ['0:fired', '2:repeated', '4:flapping', '14:resolved'],
    },
    {
      name: 'flapping from normal, stable red afterwards: fires then',
      rule: { pendingRuns: 2, flapWindow: 4, flapTransitions: 3 },
      script: '0g 1b 2g 3b 4g 5b 6b 7b 8b 9b',
      events: ['1:pending', '3:flapping', '8:fired'],
    },
    {
      name: 'an errored run keeps the state (onError keep)',
      rule: { onError: 'keep' },
      script: '0b 1e 2e 3b 4g 5e 6g',
      events: ['0:pending', '3:fired', '6:resolved'],
    },
    { name: 'an errored run counts as bad (onError bad)', rule: { onError: 'bad' }, script: '0b 1e 2g 3g', events: ['0:pending', '1:fired', '3:resolved'] },
    { name: 'minStatus fail: warnings do not count', rule: { minStatus: 'fail' }, script: '0w 1w 2w', events: [] },
    { name: 'minStatus warn: warnings count', rule: { minStatus: 'warn' }, script: '0w 1w 2g 3g', events: ['0:pending', '1:fired', '3:resolved'] },
    {
      name: 'a contact without "send resolved" hears the firing only',
      rule: { contactId: -1 },
      script: '0b 1b 2g 3g',
      events: ['0:pending', '1:fired', '3:resolved'],
      deliveries: ['1:fired>no-resolved'],
    },
  ];
  for (const row of table) {
    test(row.name, async () => {
      const fields = { ...row.rule };
      if ('escalateAfterMinutes' in fields) fields.escalateContactId = second;
      if (fields.contactId === -1) fields.contactId = quietContact;
      const rule = await makeRule(fields);
      const got = await play(rule, row.script);
      expect(got.events).toEqual(row.events);
      if (row.deliveries) expect(got.deliveries).toEqual(row.deliveries);
      expect(new Set(got.rows.map((d) => d.messageId)).size).toBe(got.rows.length);
      expect(got.rows.every((d) => d.status === 'queued')).toBe(true);
    });
  }

  test('payloads carry the worst findings with their fix, since when red, which repeat', async () => {
    const rule = await makeRule({ repeatMinutes: 5, maxRepeats: 1 });
    const got = await play(rule, '0b 1b 6b 7g 8g');
    expect(got.events).toEqual(['0:pending', '1:fired', '6:repeated', '8:resolved']);
    const [, fired, repeated, resolved] = got.payloads;
    expect(fired).toMatchObject({
      ruleId: rule.id,
      checkId: 'license-count',
      status: 'fail',
      recordKey: 'own',
      redSince: T0.toISOString(),
      at: at(1).toISOString(),
    });
    expect(fired.checkTitle.en).toBeTruthy();
    expect(fired.findings).toEqual([{ status: 'fail', message: { 'pt-BR': 'quebrado', en: 'broken' }, fix: { article: 'reference/task-scheduler' } }]);
    expect(repeated.repeat).toBe(1);
    // The repeat and the resolved thread under the firing: its event id is in their payloads.
    const [firedEvent] = await db
      .select()
      .from(t.alertEvents)
      .where(sql`${t.alertEvents.ruleId} = ${rule.id} and ${t.alertEvents.kind} = 'fired'`);
    expect([fired.firingEventId, repeated.firingEventId, resolved.firingEventId]).toEqual([undefined, firedEvent.id, firedEvent.id]);
    expect(resolved).toMatchObject({ status: 'ok', redSince: T0.toISOString(), at: at(8).toISOString() });
  });
});

describe('acknowledging, and writes that lose a race', () => {
  test('ack answers not-found, not-firing, already-acked', async () => {
    const rule = await makeRule();
    await play(rule, '0b');
    const s = await stateOf(rule);
    expect(await ackState(db, 987_654, { id: 0 }, at(1))).toEqual({ acked: false, reason: 'not-found' });
    expect(await ackState(db, s.id, { id: 0 }, at(1))).toEqual({ acked: false, reason: 'not-firing' }); // pending
    await play(rule, '1b');
    expect((await ackState(db, s.id, { id: 0 }, at(2))).acked).toBe(true);
    expect(await ackState(db, s.id, { id: 0 }, at(3))).toEqual({ acked: false, reason: 'already-acked' });
  });

  test('a sweep that read a state before another sweep moved it decides again on the locked row', async () => {
    const rule = await makeRule({ repeatMinutes: 1 }); // two bad runs to fire, a repeat a minute
    await play(rule, '0g');
    const read = await stateOf(rule); // normal: this sweep's read
    await play(rule, '1b'); // another sweep moves it meanwhile: pending
    // On what it read, one bad run would make the state pending again; on the row as it is, it fires.
    const r = await runOwn(rule, at(2), 'b', { silences: [], grids: new Map(), timeZone: 'UTC', states: [read] });
    expect([r.advanced, r.quiet, r.events]).toEqual([1, 0, 1]);
    const got = await history(rule);
    expect(got.events).toEqual(['1:pending', '2:fired']);
    expect(got.deliveries).toEqual(['2:fired>primary']);
    expect(await stateOf(rule)).toMatchObject({ state: 'firing', badStreak: 2, recent: 'gbb', firingSent: true });
    // And the other way: what it read says fire, but an acknowledgement came meanwhile: no repeat, the ack kept.
    const firing = await stateOf(rule);
    expect((await ackState(db, firing.id, { id: 0 }, at(3))).acked).toBe(true);
    await runOwn(rule, at(4), 'b', { silences: [], grids: new Map(), timeZone: 'UTC', states: [firing] });
    const after = await stateOf(rule);
    expect(after.ackedAt).toEqual(at(3));
    expect((await history(rule)).events).toEqual(['1:pending', '2:fired', '3:acked']);
  });
  test('two sweeps at once over many states, each reading the rules in another order: every rule fires once, no deadlock', async () => {
    const rules = await Promise.all(Array.from({ length: 30 }, () => makeRule({ pendingRuns: 1 })));
    const [run] = await db
      .insert(t.checkRuns)
      .values({
        checkId: 'license-count',
        status: 'fail',
        summary: { 'pt-BR': 'quebrado', en: 'broken' },
        findings: [],
        durationMs: 1,
        input: {},
        at: at(0),
        outcome: 'result',
      } as typeof t.checkRuns.$inferInsert)
      .returning();
    const sets = new Map<string, CheckRunSet>([
      [
        'license-count',
        {
          checkId: 'license-count',
          own: { runId: run.id, status: 'fail', outcome: 'result', summary: run.summary, findings: [], at: at(0) },
          records: new Map(),
        },
      ],
    ]);
    const other = h.url ? await openDatabase({ url: h.url, migrationsDir: MIGRATIONS_DIR, poolSize: 2 }) : undefined;
    try {
      const [a, b] = await Promise.all([advanceRules(db, sets, at(0), { rules }), advanceRules(other?.db ?? db, sets, at(0), { rules: [...rules].reverse() })]);
      expect(a.events + b.events).toBe(30);
    } finally {
      await other?.close();
    }
    for (const rule of rules) expect((await history(rule)).events).toEqual(['0:fired']);
  });
});

describe('a rule changed to watch something else', () => {
  test('its alerts in course end as closed (recorded, never sent), its states start again, and no resolved follows', async () => {
    const rule = await makeRule({ pendingRuns: 1 });
    expect((await play(rule, '0b')).deliveries).toEqual(['0:fired>primary']);
    const ctx = { db, lang: 'en' as const, audit: async () => {}, user: { id: 0 } as SessionUser, scope: async () => scopeOf(true, []) };
    // A new name watches the same thing: nothing closes.
    expect((await updateRule(ctx, { id: rule.id, name: `${rule.name} (renamed)` })).closed).toBe(0);
    expect((await stateOf(rule)).state).toBe('firing');
    // Another check: the firing ends as closed, the state is normal again with no history.
    const { rule: moved, closed } = await updateRule(ctx, { id: rule.id, checkId: 'scheduler-status' });
    expect(closed).toBe(1);
    const kinds = async () =>
      (await db.select().from(t.alertEvents).where(eq(t.alertEvents.ruleId, rule.id)).orderBy(asc(t.alertEvents.id))).map((e) => e.kind);
    expect(await kinds()).toEqual(['fired', 'closed']);
    const [closedEvent] = await db
      .select()
      .from(t.alertEvents)
      .where(sql`${t.alertEvents.ruleId} = ${rule.id} and ${t.alertEvents.kind} = 'closed'`);
    expect(closedEvent.payload).toMatchObject({ reason: 'rule-changed', was: 'firing', firingSent: true, checkId: 'license-count' });
    expect(await db.select().from(t.alertDeliveries).where(eq(t.alertDeliveries.eventId, closedEvent.id))).toEqual([]);
    expect(await stateOf(rule)).toMatchObject({ state: 'normal', firingSent: false, badStreak: 0, recent: '', firingEventId: null, lastRunId: null });
    // Green on the new check: no resolved for a firing it never saw.
    await runOwn(moved, at(2), 'g');
    await runOwn(moved, at(3), 'g');
    expect(await kinds()).toEqual(['fired', 'closed']);
    // Changing it back with nothing in course closes nothing.
    expect((await updateRule(ctx, { id: rule.id, checkId: 'license-count' })).closed).toBe(0);
  });

  test('a sweep that read the rule before the change writes nothing for it: the old check never counts against the reset states', async () => {
    const rule = await makeRule({ pendingRuns: 1 });
    expect((await play(rule, '0b')).events).toEqual(['0:fired']);
    const ctx = { db, lang: 'en' as const, audit: async () => {}, user: { id: 0 } as SessionUser, scope: async () => scopeOf(true, []) };
    const read = await stateOf(rule);
    await updateRule(ctx, { id: rule.id, checkId: 'scheduler-status' }); // closes the firing, resets the state
    // The sweep that read the old rule (and the state before the reset) now brings the old check's red run.
    const r = await runOwn(rule, at(1), 'b', { silences: [], grids: new Map(), timeZone: 'UTC', states: [read] });
    expect([r.advanced, r.quiet, r.events]).toEqual([0, 0, 0]);
    expect((await db.select().from(t.alertEvents).where(eq(t.alertEvents.ruleId, rule.id))).map((e) => e.kind).sort()).toEqual(['closed', 'fired']);
    expect(await stateOf(rule)).toMatchObject({ state: 'normal', badStreak: 0, recent: '' });
  });
});

describe('silences', () => {
  const silence = (rule: t.AlertRule | null, from: number, to: number | null, untilGreen = false) =>
    db.insert(t.alertSilences).values({
      ruleId: rule?.id ?? null,
      startsAt: at(from),
      endsAt: to === null ? null : at(to),
      untilGreen,
      comment: 'maintenance',
    });

  test('a silenced firing is recorded, not sent, and goes out when the silence ends', async () => {
    const rule = await makeRule();
    await silence(rule, 0, 30);
    const got = await play(rule, '0b 1b 2b 29b 30b 31g 32g');
    expect(got.events).toEqual(['0:pending', '1:suppressed:silence', '30:fired', '32:resolved']);
    expect(got.deliveries).toEqual(['30:fired>primary', '32:resolved>primary']);
    expect(got.payloads[1].suppressed).toBe('fired');
  });

  test('never a resolved without a sent firing: red and green again inside a silence', async () => {
    const rule = await makeRule();
    await silence(rule, 0, 60);
    const got = await play(rule, '0b 1b 2b 3g 4g 70g');
    expect(got.events).toEqual(['0:pending', '1:suppressed:silence']);
    expect(got.deliveries).toEqual([]);
    expect((await stateOf(rule)).state).toBe('normal');
  });

  test('a recovery during a silence after a sent firing: the resolved waits for the silence to end', async () => {
    const rule = await makeRule({ repeatMinutes: 5, maxRepeats: 9 });
    await silence(rule, 3, 30);
    const got = await play(rule, '0b 1b 6b 10g 11g 20g 31g');
    expect(got.events).toEqual(['0:pending', '1:fired', '11:suppressed:silence', '31:resolved']);
    expect(got.deliveries).toEqual(['1:fired>primary', '31:resolved>primary']);
  });

  test('until green: repeats stop, the resolved goes out at green and the silence ends', async () => {
    const rule = await makeRule({ repeatMinutes: 5, maxRepeats: 9 });
    const [s] = await db
      .insert(t.alertSilences)
      .values({ ruleId: rule.id, recordKey: 'own', startsAt: at(3), untilGreen: true, comment: 'on it' })
      .returning();
    const got = await play(rule, '0b 1b 6b 11b 16g 17g');
    expect(got.events).toEqual(['0:pending', '1:fired', '17:resolved']);
    const [after] = await db.select().from(t.alertSilences).where(eq(t.alertSilences.id, s.id));
    expect(after.endedAt).toEqual(at(17));
  });

  test('a silence of every rule silences this one too', async () => {
    const rule = await makeRule({ pendingRuns: 1 });
    await silence(null, 300, 310);
    const got = await play(rule, '300b 305b 310b');
    expect(got.events).toEqual(['300:suppressed:silence', '310:fired']);
  });
});

describe('schedule windows (organization time zone, holidays, overnight, daylight saving)', () => {
  const weekdays = (startsAt: string, endsAt: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt, endsAt }));
  const grid = (intervals: GridWindow['intervals'], holidays: string[] = []): GridWindow => ({ intervals, holidays: new Set(holidays) });
  const office = grid([...weekdays('08:00:00', '18:00:00'), { weekday: 5, startsAt: '22:00:00', endsAt: '02:00:00' }], ['2026-04-21']);
  const cases: [string, string, boolean][] = [
    // São Paulo, UTC−03:00 all year.
    ['America/Sao_Paulo', '2026-05-04T10:59:00Z', false], // Mon 07:59
    ['America/Sao_Paulo', '2026-05-04T11:00:00Z', true], // Mon 08:00
    ['America/Sao_Paulo', '2026-05-04T20:59:00Z', true], // Mon 17:59
    ['America/Sao_Paulo', '2026-05-04T21:00:00Z', false], // Mon 18:00
    ['America/Sao_Paulo', '2026-04-21T13:00:00Z', false], // Tue 10:00, a holiday (Tiradentes)
    ['America/Sao_Paulo', '2026-05-09T04:30:00Z', true], // Sat 01:30, Friday's overnight interval
    ['America/Sao_Paulo', '2026-05-09T05:00:00Z', false], // Sat 02:00, it ended
    // New York: EST (UTC−05:00) until Sunday 2026-03-08 02:00, then EDT (UTC−04:00).
    ['America/New_York', '2026-03-06T12:59:00Z', false], // Fri 07:59 EST
    ['America/New_York', '2026-03-06T13:00:00Z', true], // Fri 08:00 EST
    ['America/New_York', '2026-03-06T12:30:00Z', false], // Fri 07:30 EST
    ['America/New_York', '2026-03-09T12:30:00Z', true], // Mon 08:30 EDT: the same UTC time is inside after the change
    ['America/New_York', '2026-03-09T11:59:00Z', false], // Mon 07:59 EDT
    ['America/New_York', '2026-03-09T21:59:00Z', true], // Mon 17:59 EDT
    ['America/New_York', '2026-03-09T22:00:00Z', false], // Mon 18:00 EDT
    ['America/New_York', '2026-11-02T12:59:00Z', false], // Mon 07:59 EST, after the return
    ['America/New_York', '2026-11-02T13:00:00Z', true], // Mon 08:00 EST
  ];
  test.each(cases)('%s at %s: inside %s', (zone, iso, inside) => {
    expect(insideGrid(office, new Date(iso), zone)).toBe(inside);
  });

  async function officeGrid() {
    const [g] = await db
      .insert(t.scheduleGrids)
      .values({ name: `office ${randomBytes(3).toString('hex')}` })
      .returning();
    await db.insert(t.gridIntervals).values(weekdays('08:00:00', '18:00:00').map((i) => ({ ...i, gridId: g.id })));
    return g.id;
  }

  test('New York across the change: a firing outside the grid is held and sent when the window opens', async () => {
    await db.update(t.organization).set({ timeZone: 'America/New_York' });
    try {
      const rule = await makeRule({ gridId: await officeGrid() });
      const from = new Date('2026-03-09T11:50:00Z'); // Monday 07:50 EDT (12:50 would still be closed in EST)
      const got = await play(rule, '0b 1b 9b 10b 11b', from);
      expect(got.events).toEqual(['0:pending', '1:suppressed:window', '10:fired']);
      expect(got.deliveries).toEqual(['10:fired>primary']);
    } finally {
      await db.update(t.organization).set({ timeZone: 'America/Sao_Paulo' });
    }
  });

  test('São Paulo: a recovery after closing waits for the next opening to say resolved; the firing never repeats outside', async () => {
    const rule = await makeRule({ gridId: await officeGrid(), repeatMinutes: 30, maxRepeats: 9 });
    const from = new Date('2026-05-04T20:30:00Z'); // Monday 17:30 local
    // fires 17:31, window closes 18:00, green 18:10–18:11, next sweep 08:00 Tuesday (870 min after 17:30)
    const got = await play(rule, '0b 1b 20b 40g 41g 100g 870g', from);
    expect(got.events).toEqual(['0:pending', '1:fired', '41:suppressed:window', '870:resolved']);
    expect(got.deliveries).toEqual(['1:fired>primary', '870:resolved>primary']);
  });
});

describe('the sweep with real checks', () => {
  let taskId: number;
  let rule: t.AlertRule;
  const now = new Date('2026-05-04T15:00:00Z');
  beforeAll(async () => {
    [{ id: taskId }] = await db
      .insert(t.scheduledTasks)
      .values({ name: 'Omni - Envio de E-mail', intervalSec: 180, lastRunAt: new Date(now.getTime() - 3_600_000) })
      .returning({ id: t.scheduledTasks.id });
    await db.insert(t.scheduledTasks).values({ name: ALERT_SWEEP_QUEUE, source: 'internal', intervalSec: 60, createdAt: now });
    rule = await makeRule({ name: 'E-mail sender', checkId: 'scheduler-status', record: { mode: 'one', kind: 'task', id: taskId }, pendingRuns: 1 });
  });
  beforeEach(async () => {
    await db
      .update(t.alertRules)
      .set({ enabled: false })
      .where(sql`${t.alertRules.id} <> ${rule.id}`);
  });

  test('two instances sweeping at once: one event and one delivery; the runs of both are stored', async () => {
    const other = h.url ? await openDatabase({ url: h.url, migrationsDir: MIGRATIONS_DIR, poolSize: 2 }) : undefined;
    try {
      const [a, b] = await Promise.all([runSweep(db, now), runSweep(other?.db ?? db, now)]);
      expect(a.runs).toBeGreaterThanOrEqual(3); // the checks without input (no queue, mailbox or survey here)
      expect(a.events + b.events).toBe(1);
      expect([...a.deliveryIds, ...b.deliveryIds]).toHaveLength(1);
    } finally {
      await other?.close();
    }
    const got = await history(rule, now);
    expect(got.events).toEqual(['0:fired']);
    expect(got.deliveries).toEqual(['0:fired>primary']);
    expect(got.payloads[0]).toMatchObject({ recordKey: `task:${taskId}`, recordLabel: 'Omni - Envio de E-mail', status: 'fail' });
    expect(got.payloads[0].findings[0].fix?.article).toBe('reference/task-heartbeats');
    const runs = await db.select().from(t.checkRuns).where(eq(t.checkRuns.checkId, 'scheduler-status'));
    expect(runs.filter((r) => r.at.getTime() === now.getTime())).toHaveLength(2);
    const [task] = await db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, ALERT_SWEEP_QUEUE));
    expect(task.lastRunAt).toEqual(now);
  });

  test('a restart in the middle: the state is read back, no second firing, one resolved', async () => {
    // The engine keeps nothing in memory: a new process on the same database goes on from the rows.
    // Its own database: an on-disk PGlite reopened, or a PostgreSQL database reached by new connections.
    const pg = testDriver === 'postgres' ? await getTestDb() : undefined;
    const dir = pg ? undefined : mkdtempSync(join(tmpdir(), 'omni-alerts-'));
    const open = () => openDatabase(pg ? { url: pg.url!, migrationsDir: MIGRATIONS_DIR, poolSize: 2 } : { dataDir: dir!, migrationsDir: MIGRATIONS_DIR });
    try {
      const first = await open();
      const [{ id: contactId }] = await first.db
        .insert(t.alertContacts)
        .values({ name: 'ops', kind: 'email', targetEnc: encryptSecret('ops@example.com', key), targetHint: 'ops@…example.com' })
        .returning({ id: t.alertContacts.id });
      const [{ id: task }] = await first.db
        .insert(t.scheduledTasks)
        .values({ name: 'Omni - Leitor de E-mail', intervalSec: 180, lastRunAt: new Date(0) })
        .returning({ id: t.scheduledTasks.id });
      const [r] = await first.db
        .insert(t.alertRules)
        .values({ name: 'reader', checkId: 'scheduler-status', record: { mode: 'one', kind: 'task', id: task }, contactId, pendingRuns: 2 })
        .returning();
      await runSweep(first.db, at(0, now));
      await runSweep(first.db, at(1, now));
      await first.close(); // the process stops here, firing sent
      const second = await open();
      try {
        await runSweep(second.db, at(2, now));
        await second.db
          .update(t.scheduledTasks)
          .set({ lastRunAt: at(2, now) })
          .where(eq(t.scheduledTasks.id, task)); // fixed
        await runSweep(second.db, at(3, now));
        await runSweep(second.db, at(4, now));
        await runSweep(second.db, at(5, now));
        const got = await history(r, now, second.db);
        expect(got.events).toEqual(['0:pending', '1:fired', '4:resolved']);
        expect(got.rows.map((d) => d.kind)).toEqual(['fired', 'resolved']);
        expect(got.payloads[2].redSince).toBe(now.toISOString());
      } finally {
        await second.close();
      }
    } finally {
      await pg?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('deliveries are enqueued as alert-deliver jobs after commit', async () => {
    const boss =
      h.driver === 'pglite'
        ? new PgBoss({ db: fromPglite(h.pglite!), backend: 'pglite' } as ConstructorParameters<typeof PgBoss>[0])
        : new PgBoss({ connectionString: h.url!, max: 2 });
    await boss.start();
    try {
      await db
        .update(t.scheduledTasks)
        .set({ lastRunAt: at(10, now) })
        .where(eq(t.scheduledTasks.id, taskId)); // fixed: resolved
      await runSweep(db, at(10, now), { boss });
      expect((await runSweep(db, at(11, now), { boss })).deliveryIds).toHaveLength(1);
      await db
        .update(t.scheduledTasks)
        .set({ lastRunAt: new Date(0) })
        .where(eq(t.scheduledTasks.id, taskId)); // broken again
      await db.execute(sql`delete from pgboss.job where name = ${ALERT_DELIVER_QUEUE}`);
      const r = await runSweep(db, at(12, now), { boss });
      expect(r.deliveryIds).toHaveLength(1);
      const jobs = (await db.execute(sql`select data from pgboss.job where name = ${ALERT_DELIVER_QUEUE}`)) as unknown;
      const rows = (Array.isArray(jobs) ? jobs : (jobs as { rows: unknown[] }).rows) as { data: { deliveryId: number } }[];
      expect(rows.map((j) => Number(j.data.deliveryId))).toEqual(r.deliveryIds);
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  test('a stalled alerter turns the scheduler check red', async () => {
    const check = (when: Date) => schedulerStatusCheck.run({ db, now: when, signal: new AbortController().signal } as CheckContext, {});
    const sweepFinding = async (when: Date) => (await check(when)).findings.find((f) => f.record?.label === ALERT_SWEEP_QUEUE)!;
    await runSweep(db, at(20, now));
    expect((await sweepFinding(at(21, now))).status).toBe('ok');
    expect((await sweepFinding(at(23, now))).status).toBe('fail'); // 180 s: past the 60 s interval and its 30 s grace
  });

  test('simulation replays the stored runs and writes nothing', async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(t.alertEvents);
    const sim = await simulateRule(
      db,
      { checkId: 'scheduler-status', record: { mode: 'one', kind: 'task', id: taskId }, contactId: primary, pendingRuns: 1 },
      at(60, now),
    );
    expect(sim.runs).toBeGreaterThan(5);
    expect(sim.events.map((e) => e.kind)).toEqual(['fired', 'resolved', 'fired']);
    expect(sim.events.every((e) => e.sent && e.contactIds.includes(primary))).toBe(true);
    expect(sim.events[0].recordKey).toBe(`task:${taskId}`);
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(t.alertEvents);
    expect(after).toEqual(before);
  });
});

describe('simulation of a check swept per record', () => {
  test('replays the runs of each record on its own, for one record or every record', async () => {
    const from = new Date('2026-06-01T12:00:00Z');
    const runs = [
      [7, 'fail'],
      [8, 'ok'],
      [7, 'fail'],
      [8, 'fail'],
      [7, 'ok'],
      [8, 'fail'],
      [7, 'ok'],
    ] as const;
    await db.insert(t.checkRuns).values(
      runs.map(([queueId, status], i) => ({
        checkId: 'chat-distribution',
        status,
        summary: { 'pt-BR': 's', en: 's' },
        findings: [],
        durationMs: 1,
        input: { queueId },
        at: at(i, from),
      })),
    );
    const base = { checkId: 'chat-distribution', contactId: primary, pendingRuns: 2, recoverRuns: 2 };
    const one = await simulateRule(db, { ...base, record: { mode: 'one', kind: 'queue', id: 7 } }, at(60, from));
    expect(one.runs).toBe(4);
    expect(one.events.map((e) => `${e.recordKey} ${e.kind}`)).toEqual(['queue:7 pending', 'queue:7 fired', 'queue:7 resolved']);
    const every = await simulateRule(db, { ...base, record: { mode: 'every' } }, at(60, from));
    expect(every.runs).toBe(7);
    expect(every.events.map((e) => `${e.at.slice(11, 16)} ${e.recordKey} ${e.kind}`)).toEqual([
      '12:00 queue:7 pending',
      '12:02 queue:7 fired',
      '12:03 queue:8 pending',
      '12:05 queue:8 fired',
      '12:06 queue:7 resolved',
    ]);
    const before = await simulateRule(db, { ...base, record: { mode: 'every' } }, at(2, from));
    expect(before.runs).toBe(3); // nothing after `now`
  });
});

/** A small seeded PRNG (mulberry32): the same sequences on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('invariants over random run sequences', () => {
  const randomRule = (r: () => number): MachineRule => ({
    minStatus: 'fail',
    pendingRuns: 1 + Math.floor(r() * 3),
    recoverRuns: 1 + Math.floor(r() * 3),
    repeatMinutes: r() < 0.3 ? null : 1 + Math.floor(r() * 6),
    maxRepeats: Math.floor(r() * 4),
    escalateContactId: r() < 0.5 ? 2 : null,
    escalateAfterMinutes: 1 + Math.floor(r() * 10),
    onError: r() < 0.5 ? 'bad' : 'keep',
    flapWindow: 3 + Math.floor(r() * 6),
    flapTransitions: 2 + Math.floor(r() * 5),
  });

  test('no resolved without a sent firing, at most maxRepeats repeats, one firing per alert (5,000 sequences, pure machine)', () => {
    const r = prng(20_261_206);
    for (let seq = 0; seq < 5_000; seq++) {
      const rule = randomRule(r);
      let s: MachineState = initialState(T0);
      let sentFiring = false;
      let repeats = 0;
      for (let step = 0; step < 80; step++) {
        const now = at(step);
        const ctx: AdvanceContext = { silenced: r() < 0.15, insideWindow: r() > 0.2 };
        ctx.untilGreen = ctx.silenced && r() < 0.5;
        const x = r();
        const verdict: Verdict | null = x < 0.45 ? 'bad' : x < 0.85 ? 'good' : x < 0.95 ? 'error' : null;
        if (r() < 0.03 && (s.state === 'firing' || s.state === 'flapping') && !s.ackedAt) s = { ...s, ackedAt: now, nextRepeatAt: null, escalateAt: null };
        const out = advance(s, rule, verdict, now, ctx);
        for (const e of out.events) {
          const where = `seq ${seq} step ${step} ${JSON.stringify(rule)}`;
          if (e.kind === 'fired') {
            expect(sentFiring, `second firing in one alert: ${where}`).toBe(false);
            sentFiring = true;
            repeats = 0;
          }
          if (e.kind === 'resolved') {
            expect(sentFiring, `resolved without a sent firing: ${where}`).toBe(true);
            expect(s.firingSent).toBe(true);
            sentFiring = false;
          }
          if (e.kind === 'repeated') {
            repeats++;
            expect(repeats, `too many repeats: ${where}`).toBeLessThanOrEqual(rule.maxRepeats);
          }
          if (e.kind !== 'pending' && !e.kind.startsWith('suppressed')) {
            expect(ctx.insideWindow, `sent outside the window: ${where}`).toBe(true);
            expect(!ctx.silenced || (e.kind === 'resolved' && ctx.untilGreen), `sent while silenced: ${where}`).toBe(true);
          }
        }
        s = out.state;
        if (s.state === 'normal') sentFiring = false;
        expect(s.firingSent).toBe(sentFiring);
      }
    }
  });

  test('the same invariants through the database (states and events as stored)', async () => {
    const r = prng(7);
    for (let seq = 0; seq < 6; seq++) {
      const rule = await makeRule({ ...randomRule(r), escalateContactId: second });
      const script = Array.from({ length: 25 }, (_, i) => `${i}${'bbbgge-'[Math.floor(r() * 7)]}`).join(' ');
      const got = await play(rule, script);
      let sent = false;
      let repeats = 0;
      for (const e of got.events) {
        const kind = e.split(':').slice(1).join(':');
        if (kind === 'fired') [sent, repeats] = [true, 0];
        if (kind === 'repeated') expect(++repeats).toBeLessThanOrEqual(rule.maxRepeats);
        if (kind === 'resolved') {
          expect(sent, `${script}: ${got.events.join(' ')}`).toBe(true);
          sent = false;
        }
      }
    }
  });
});
