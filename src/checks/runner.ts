import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organization } from '../db/schema';
import { audit, auditRow, redact } from '../audit/record';
import { CheckRefusal } from './lib/errors';
import { worstStatus } from './lib/localized';
import { queryRows } from '../db/rows';
import type { SessionUser } from '../auth/session';
import type { CheckDefinition, CheckResult } from './types';
import { logError } from '../server/log-error';
import { checkEngineStrings } from '../i18n/check-engine';
import { perLang } from '../i18n/localized';

export interface RunOptions {
  db: Db;
  user: SessionUser;
  /** Input already validated by the definition's schema. */
  input: unknown;
  /** Client address, for the audit record. */
  ip?: string;
  /** Injected clock (tests). */
  now?: Date;
  /** Overrides the definition's time limit (tests). */
  timeLimitMs?: number;
  /**
   * Write the `check.run` audit record (default). The alert sweep passes false: its runs are the
   * system's own reading every minute, kept in the check's history and counted in /metrics, while the
   * audit trail records what people did (a person's or a monitor's run is always audited).
   */
  audit?: boolean;
}

export interface RunRecord extends CheckResult {
  checkId: string;
  /** The stored run's id in check_runs (an escalation attaches it; an alert event points at it). */
  runId: number;
  /** How the run ended: `result`, or `timeout`/`error` turned into a `fail` result (an alert rule may count those differently). */
  outcome: RunOutcome;
  durationMs: number;
  at: string;
}

/** How a run ended: the check's own result, its time limit, or an unexpected error. */
export type RunOutcome = 'result' | 'timeout' | 'error';

class TimeLimitError extends Error {}

/** The organization's time zone, re-read at most once a minute (it changes rarely; checks run often). */
let zoneCache: { db: Db; zone: string; until: number } | undefined;
async function organizationTimeZone(db: Db): Promise<string> {
  if (zoneCache && zoneCache.db === db && zoneCache.until > Date.now()) return zoneCache.zone;
  const [org] = await db.select({ timeZone: organization.timeZone }).from(organization).where(eq(organization.id, 1)).limit(1);
  zoneCache = { db, zone: org?.timeZone ?? 'America/Sao_Paulo', until: Date.now() + 60_000 };
  return zoneCache.zone;
}

/**
 * Runs one check within its time limit. A thrown error or an exceeded limit becomes a `fail`
 * result that says what happened; the status is never better than the worst finding. Every run is stored in check_runs and writes one audit record.
 */
export async function runCheck(def: CheckDefinition, opts: RunOptions): Promise<RunRecord> {
  const { db, user } = opts;
  const limit = opts.timeLimitMs ?? def.timeLimitMs;
  const controller = new AbortController();
  const started = performance.now();
  const now = opts.now ?? new Date();
  let result: CheckResult;
  let ended: RunOutcome = 'result';
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeZone = await organizationTimeZone(db);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const reason = new TimeLimitError(`time limit of ${limit} ms reached`);
        reject(reason); // settle first, so a check that returns on abort cannot win the race
        controller.abort(reason);
      }, limit);
    });
    const returned = await Promise.race([def.run({ db, now, timeZone, user, signal: controller.signal }, opts.input), timeout]);
    // A check's status is the worst of its findings: one that says "ok" above a warning would
    // hide it from the summary and from "only the failures" (the license check and its idle users).
    result = { ...returned, status: worstStatus([returned, ...returned.findings]) };
  } catch (e) {
    // A refusal (unknown record, service out of the caller's reach) is not a result: the endpoint
    // answers it with its status. It is audited like any refused request.
    if (e instanceof CheckRefusal) {
      clearTimeout(timer);
      await audit(db, {
        actor: user.id > 0 ? { id: user.id, email: user.email } : null,
        actorEmail: user.email,
        action: 'check.run',
        target: `check:${def.id}`,
        inputs: opts.input ?? {},
        outcome: e.status === 403 ? 'denied' : 'not-found',
        ip: opts.ip,
      });
      throw e;
    }
    // An unexpected error is logged by class and code with an id; its message (SQL text and
    // parameters of a failed query, say) is neither shown, nor stored in the history.
    const failure = e instanceof TimeLimitError ? undefined : logError(`check ${def.id}`, e);
    ended = e instanceof TimeLimitError ? 'timeout' : 'error';
    result =
      e instanceof TimeLimitError
        ? {
            status: 'fail',
            // The limit as each language writes a number (`1,5` / `1.5`).
            summary: perLang((lang) =>
              checkEngineStrings.t(lang, 'timeLimit', { seconds: (limit / 1000).toLocaleString(lang, { maximumFractionDigits: 1, useGrouping: false }) }),
            ),
            findings: [],
          }
        : {
            status: 'fail',
            summary: checkEngineStrings.l('unexpected', { id: failure?.id ?? '' }),
            findings: [],
          };
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort(new Error('check finished'));
  }
  const durationMs = Math.round(performance.now() - started);
  const input = redact(opts.input ?? {});
  const runBy = user.id > 0 ? user.id : null;
  // The history row and the audit record are written by one statement, so they commit together in
  // one round trip. A check changes nothing, so that commit does not wait for the WAL flush
  // (synchronous_commit off for this one transaction): a database crash in the next fraction of a
  // second could lose the record of a read-only run, never corrupt anything, and each run saves a
  // disk flush (the largest part of its cost under load).
  const a = auditRow({
    actor: user.id > 0 ? { id: user.id, email: user.email } : null,
    actorEmail: user.email,
    action: 'check.run',
    target: `check:${def.id}`,
    inputs: input,
    outcome: result.status,
    details: { durationMs, findings: result.findings.length },
    ip: opts.ip,
  });
  const json = (v: unknown) => (v === null ? sql`null` : sql`${JSON.stringify(v)}::jsonb`);
  const [stored] = await queryRows<{ id: string | number }>(
    db,
    sql`with relaxed as (select set_config('synchronous_commit', 'off', true)),
         run as (
           insert into check_runs (check_id, status, summary, findings, duration_ms, input, run_by, at, outcome)
           values (${def.id}, ${result.status}, ${json(result.summary)}, ${json(result.findings)}, ${durationMs}, ${json(input)}, ${runBy}, ${now.toISOString()}::timestamptz, ${ended})
           returning id),
         record as (
           insert into audit_records (actor_id, actor_email, action, target, inputs, outcome, details, ip)
           select ${a.actorId}, ${a.actorEmail}, ${a.action}, ${a.target}, ${json(a.inputs)}, ${a.outcome}, ${json(a.details)}, ${a.ip}
           where ${opts.audit !== false})
       select (select id from run) as id from relaxed`, // data-modifying CTEs always run; `relaxed` is read so its setting applies
  );
  return { ...result, checkId: def.id, runId: Number(stored?.id), outcome: ended, durationMs, at: now.toISOString() };
}
