import { and, eq } from 'drizzle-orm';
import type { Scope } from '@/auth/scope';
import type { CheckDefinition } from '@/checks/types';
import type { Db } from '@/db/client';
import { chatQueues, mailboxes, scheduledTasks, surveys } from '@/db/schema';
import { alertTargets, type AlertRecordKind } from '@/alerts/engine/targets';
import { alertInputStrings, alertText } from '@/i18n/admin-alerts';
import { perLang, type Localized } from '@/i18n/localized';
import type { AlertRecordSelector } from '@/db/schema';

type Watchable = AlertRecordKind;

/**
 * The kinds of records a rule on `def` can watch one or every of: what the sweep observes (the
 * engine's `alertTargets`, the one truth): the record a swept check runs per (queue, mailbox,
 * survey), or the records a check without input names in its findings (the scheduler's tasks, the
 * mailbox test's mailboxes).
 */
export function watchableKinds(def: CheckDefinition): Watchable[] {
  return alertTargets(def.id)?.kinds ?? [];
}

/** Whether `def` runs with no input at all (a rule on its own record). */
export const runsAlone = (def: CheckDefinition) => def.input.safeParse({}).success;

/** One record of a kind, in the caller's scope (queues by service, mailboxes by responders; surveys and scheduled tasks belong to no service). */
async function recordInScope(db: Db, scope: Scope, kind: Watchable, id: number): Promise<string | null> {
  if (kind === 'task') {
    const [task] = await db.select({ label: scheduledTasks.name }).from(scheduledTasks).where(eq(scheduledTasks.id, id));
    return task?.label ?? null;
  }
  const [row] =
    kind === 'queue'
      ? await db
          .select({ label: chatQueues.name })
          .from(chatQueues)
          .where(and(eq(chatQueues.id, id), scope.services(chatQueues.serviceId)))
      : kind === 'mailbox'
        ? await db
            .select({ label: mailboxes.name })
            .from(mailboxes)
            .where(and(eq(mailboxes.id, id), scope.mailboxes(mailboxes.id)))
        : await db.select({ label: surveys.name }).from(surveys).where(eq(surveys.id, id));
  return row?.label ?? null;
}

/**
 * Why `record` cannot be watched on `def` by a caller of `scope` (a message for the `record` field),
 * or null with the record's label. A record outside the caller's scope is refused like a missing one.
 */
export async function recordProblem(
  db: Db,
  scope: Scope,
  def: CheckDefinition,
  record: AlertRecordSelector,
): Promise<{ problem: Localized } | { label: string | null }> {
  const kinds = watchableKinds(def);
  const named = () => perLang((lang) => kinds.map((k) => alertText.t(lang, `kind.${k}`)).join(', ') || '—');
  if (record.mode === 'own') return runsAlone(def) ? { label: null } : { problem: alertInputStrings.l('needsRecord') };
  if (record.mode === 'every') return kinds.length ? { label: null } : { problem: alertInputStrings.l('noEvery') };
  const kind = record.kind as string;
  if (!(kinds as string[]).includes(kind)) return { problem: perLang((lang) => alertInputStrings.t(lang, 'wrongKind', { kinds: named()[lang] })) };
  const label = await recordInScope(db, scope, kind as Watchable, record.id);
  return label === null ? { problem: alertInputStrings.l('noRecord') } : { label };
}
