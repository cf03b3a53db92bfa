import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatQueues, mailboxes, surveys, type AlertRule } from '@/db/schema';
import { registeredChecks } from '@/checks/registry';
import { runCheck, type RunRecord } from '@/checks/runner';
import { pickerOptions } from '@/checks/pickers';
import { scopeOf } from '@/auth/scope';
import { CheckRefusal } from '@/checks/lib/errors';
import { sweepField } from '@/health/swept-records';
import type { CheckDefinition } from '@/checks/types';
import type { CheckRunSet, RunView } from './observe';
import { alertSystemUser, recordKeyOf } from './targets';

/** At most this many records per swept check (by name), plus those a rule names one by one. */
export const ALERT_SWEEP_RECORD_LIMIT = 200;

type SweptKind = 'queue' | 'mailbox' | 'survey';
const tables = { queue: chatQueues, mailbox: mailboxes, survey: surveys } as const;

export const viewOf = (run: RunRecord): RunView => ({
  runId: run.runId,
  status: run.status,
  outcome: run.outcome,
  summary: run.summary,
  findings: run.findings,
  at: new Date(run.at),
});

/** The names of records a rule names one by one that the first page of the sweep did not list. */
async function labelsOf(db: Db, kind: SweptKind, ids: number[]): Promise<{ id: number; label: string }[]> {
  if (!ids.length) return [];
  const t = tables[kind];
  return db.select({ id: t.id, label: t.name }).from(t).where(inArray(t.id, ids));
}

async function sweepCheck(db: Db, def: CheckDefinition, field: CheckDefinition['fields'][number], namedBy: Promise<number[]>, now: Date): Promise<CheckRunSet> {
  const kind = field.kind as SweptKind;
  const listed = await pickerOptions(db, scopeOf(true, []), kind, '', ALERT_SWEEP_RECORD_LIMIT);
  const named = await namedBy; // the rules, read meanwhile
  const missing = named.filter((id) => !listed.some((r) => r.id === id));
  const records = [...listed, ...(await labelsOf(db, kind, missing))];
  const set: CheckRunSet = { checkId: def.id, records: new Map() };
  for (const r of records) {
    const input = def.input.safeParse({ [field.name]: r.id });
    if (!input.success) continue;
    try {
      const run = await runCheck(def, { db, user: alertSystemUser, input: input.data, now, audit: false });
      set.records.set(recordKeyOf(kind, r.id), { label: r.label, run: viewOf(run) });
    } catch (e) {
      if (!(e instanceof CheckRefusal)) throw e;
    }
  }
  return set;
}

/**
 * Runs every check the health dashboard runs, as the system, each run stored: a check that takes
 * no input once, a check swept per queue, mailbox or survey once per record (up to
 * ALERT_SWEEP_RECORD_LIMIT of them, and every record a rule names); checks run in parallel, the
 * records of one check one after the other (as the dashboard does). Their stored runs are the
 * latest result of every swept record (/metrics reads them). The rules may still be on their way
 * (a promise): only the swept checks wait for them, for the records rules name.
 */
export async function runSweepChecks(
  db: Db,
  rules: Pick<AlertRule, 'checkId' | 'record'>[] | Promise<Pick<AlertRule, 'checkId' | 'record'>[]>,
  now: Date,
): Promise<Map<string, CheckRunSet>> {
  const sets = await Promise.all(
    registeredChecks.map(async (def): Promise<CheckRunSet | undefined> => {
      const input = def.input.safeParse({});
      if (input.success) {
        const run = await runCheck(def, { db, user: alertSystemUser, input: input.data, now, audit: false });
        return { checkId: def.id, own: viewOf(run), records: new Map() };
      }
      const field = sweepField(def);
      if (!field) return undefined;
      const named = Promise.resolve(rules).then((all) => [
        ...new Set(all.flatMap((r) => (r.checkId === def.id && r.record.mode === 'one' && r.record.kind === field.kind ? [r.record.id] : []))),
      ]);
      named.catch(() => {}); // awaited in sweepCheck; never an unhandled rejection
      return sweepCheck(db, def, field, named, now);
    }),
  );
  return new Map(sets.flatMap((s) => (s ? [[s.checkId, s] as const] : [])));
}
