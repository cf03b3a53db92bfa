import { aliasedTable, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import { registeredChecks, getCheck } from '../checks/registry';
import { runScope } from '../checks/run-scope';
import type { CheckStatus, Finding } from '../checks/types';
import type { Db } from '../db/client';
import { checkRuns, escalationEvents, escalationRuns, users } from '../db/schema';
import { sameInBoth, type Localized } from '../i18n/localized';
import { localePath } from '../i18n/locale-path';
import type { Lang } from '../i18n/ui';
import { articleFacts, sectionIn } from './articles';
import { assigneesFor, type Assignee } from './assignees';
import { visibleEscalation } from './visibility';

/** One attached run as the viewer may see it. */
export interface ShownRun {
  runId: number;
  checkId: string;
  title: Localized;
  status: CheckStatus;
  summary: Localized;
  findings: Finding[];
  /** The input as stored (secrets redacted when it ran). */
  input: Record<string, unknown>;
  /** Each input field's label in both languages (the check's form), by field name. */
  inputLabels: Record<string, Localized>;
  at: string;
  durationMs: number;
  origin: 'agent' | 'rerun';
  /** For a re-run: the attached run it repeats. */
  rerunOf: number | null;
  by: string | null;
  /** The viewer holds the check's permission: it may re-run it as itself. */
  canRerun: boolean;
}

export interface TimelineEntry {
  kind: 'created' | 'note' | 'rerun' | 'assigned' | 'status';
  at: string;
  author: string | null;
  text: string | null;
  details: Record<string, unknown> | null;
}

/** Everything the record page shows, for one viewer. */
export interface EscalationView {
  id: string;
  status: 'open' | 'taken' | 'resolved' | 'cancelled';
  kbOutcome: 'covered' | 'gap' | 'wrong' | null;
  /** The language the creator wrote in. */
  lang: Lang;
  createdAt: string;
  createdBy: string | null;
  assignee: { id: number; name: string } | null;
  target: string | null;
  article: { id: string; title: string; href: string; section: string | null; changedSince: boolean };
  query: string | null;
  symptom: string;
  toldCustomer: string | null;
  attendanceId: number | null;
  runs: ShownRun[];
  /** Attached runs on records outside the viewer's scope: only their count is shown. */
  hiddenRuns: number;
  timeline: TimelineEntry[];
  /** What the viewer may do. */
  can: { manage: boolean; cancel: boolean; resolve: boolean };
  /** Whom the viewer may pass it to (assigneesFor; `you`: the viewer): only for a manager, while it is open or taken. */
  assignees: (Assignee & { you: boolean })[];
}

/** An event's details with what the page names: the check's title of a re-run, the assignee's name. */
function eventDetails(details: Record<string, unknown> | null, people: Map<number, string>): Record<string, unknown> | null {
  if (!details) return null;
  const out = { ...details };
  if (typeof details.checkId === 'string') out.checkTitle = getCheck(details.checkId)?.title ?? null;
  if (typeof details.assigneeId === 'number') out.assigneeName = people.get(details.assigneeId) ?? null;
  return out;
}

/** SQL over check_runs: the viewer may see this run (scope covers its records, or the viewer ran it). */
function runVisible(viewer: Pick<SessionUser, 'id'>, scope: Scope): SQL {
  if (scope.all) return sql`true`;
  const known = registeredChecks.map((d) => {
    const s = runScope(d, scope);
    return s ? sql`(${checkRuns.checkId} = ${d.id} and ${s})` : sql`${checkRuns.checkId} = ${d.id}`;
  });
  return sql`(${checkRuns.runBy} = ${viewer.id} or ${sql.join(known, sql` or `)})`;
}

/**
 * The escalation `id` as `viewer` sees it (404 when it may not, like a missing id): attached runs
 * outside its scope only counted, the article section in the viewer's language and whether the
 * article changed since, the timeline with authors.
 */
export async function readEscalation(db: Db, id: string, viewer: SessionUser, scope: Scope, lang: Lang): Promise<EscalationView> {
  const { row, manages } = await visibleEscalation(db, id, viewer, scope);
  const runner = aliasedTable(users, 'esc_runner');
  const names = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`${users.id} in (${row.createdBy ?? 0}, ${row.assigneeId ?? 0})`);
  const nameOf = (uid: number | null) => names.find((n) => n.id === uid)?.name ?? null;
  const runs = await db
    .select({
      runId: checkRuns.id,
      checkId: checkRuns.checkId,
      status: checkRuns.status,
      summary: checkRuns.summary,
      findings: checkRuns.findings,
      input: checkRuns.input,
      at: checkRuns.at,
      durationMs: checkRuns.durationMs,
      origin: escalationRuns.origin,
      rerunOf: escalationRuns.rerunOf,
      by: runner.name,
      visible: sql<boolean>`${runVisible(viewer, scope)}`,
    })
    .from(escalationRuns)
    .innerJoin(checkRuns, eq(checkRuns.id, escalationRuns.checkRunId))
    .leftJoin(runner, eq(runner.id, checkRuns.runBy))
    .where(eq(escalationRuns.escalationId, row.id))
    .orderBy(asc(checkRuns.at), asc(checkRuns.id));
  const events = await db
    .select({ kind: escalationEvents.kind, at: escalationEvents.at, author: users.name, text: escalationEvents.text, details: escalationEvents.details })
    .from(escalationEvents)
    .leftJoin(users, eq(users.id, escalationEvents.authorId))
    .where(eq(escalationEvents.escalationId, row.id))
    .orderBy(asc(escalationEvents.id));
  const assigned = events.flatMap((e) => (e.kind === 'assigned' && typeof e.details?.assigneeId === 'number' ? [e.details.assigneeId] : []));
  const people = new Map(
    assigned.length ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, assigned))).map((u) => [u.id, u.name]) : [],
  );
  const facts = await articleFacts(row.article);
  const section = row.section && facts ? (sectionIn(facts, row.section, lang) ?? null) : null;
  const base = localePath(lang, `/${row.article}/`);
  const shown = runs.filter((r) => r.visible);
  const assigneeName = nameOf(row.assigneeId);
  const isCreator = row.createdBy === viewer.id;
  const isAssignee = row.assigneeId === viewer.id;
  return {
    id: row.id,
    status: row.status,
    kbOutcome: row.kbOutcome,
    lang: row.lang,
    createdAt: row.createdAt.toISOString(),
    createdBy: nameOf(row.createdBy),
    assignee: row.assigneeId && assigneeName ? { id: row.assigneeId, name: assigneeName } : null,
    target: row.target,
    article: {
      id: row.article,
      title: facts?.title[lang] ?? row.article,
      href: section ? `${base}#${encodeURIComponent(section.anchor)}` : base,
      section: section?.text ?? null,
      changedSince: !facts || facts.hash !== row.articleHash,
    },
    query: row.query,
    symptom: row.symptom,
    toldCustomer: row.toldCustomer,
    attendanceId: row.attendanceId,
    runs: shown.map((r) => {
      const def = getCheck(r.checkId);
      return {
        runId: r.runId,
        checkId: r.checkId,
        title: def?.title ?? sameInBoth(r.checkId),
        status: r.status,
        summary: r.summary,
        findings: r.findings,
        input: r.input ?? {},
        inputLabels: Object.fromEntries((def?.fields ?? []).map((f) => [f.name, f.label])),
        at: r.at.toISOString(),
        durationMs: r.durationMs,
        origin: r.origin,
        rerunOf: r.rerunOf,
        by: r.by,
        canRerun: Boolean(def && viewer.permissions.includes(def.permission)),
      };
    }),
    hiddenRuns: runs.length - shown.length,
    timeline: events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), author: e.author, text: e.text, details: eventDetails(e.details, people) })),
    can: {
      manage: manages,
      cancel: manages || isCreator,
      resolve: manages || isAssignee,
    },
    assignees:
      manages && (row.status === 'open' || row.status === 'taken')
        ? (await assigneesFor(db, row.id, viewer, scope)).map((a) => ({ ...a, you: a.id === viewer.id }))
        : [],
  };
}
