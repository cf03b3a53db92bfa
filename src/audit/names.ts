import { sql } from 'drizzle-orm';
import type { Scope } from '@/auth/scope';
import { getCheck } from '@/checks/registry';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import { auditTargetNames } from '@/i18n/admin-audit';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';

/** A bulk request's kind as the trail names it ("Solicitação de migração"). */
const requestKind = (lang: Lang, kind: string) =>
  auditTargetNames.t(lang, Object.hasOwn(auditTargetNames.table, `request.${kind}`) ? (`request.${kind}` as 'request.user-import') : 'request.other');

/** What a record's actor and target read as: a name, and for a request the page to open. */
export interface AuditNames {
  actorName: string | null;
  targetName: string | null;
  targetHref: string | null;
}

interface Named {
  actorId?: number | null;
  target?: string | null;
}

const ids = (xs: Iterable<string>) => [...new Set([...xs].filter((x) => /^\d{1,10}$/.test(x) && Number(x) <= 2_147_483_647).map(Number))];
const intArray = (xs: number[]) => `{${xs.join(',')}}`;
const uuids = (xs: Iterable<string>) => [...new Set([...xs].filter((x) => /^[0-9a-f-]{36}$/i.test(x)))];

/**
 * Names for the actors and targets of a page of audit records, read in one query a kind of record
 * (users, mailboxes, services, scheduled tasks, bulk requests) whatever the page size. Each ANDs
 * the caller's scope: a user, mailbox, service or request outside it keeps its id and no name, so
 * the trail tells a supervisor nothing it could not see elsewhere. Checks read by their title.
 */
export async function auditNames(db: Db, scope: Scope, lang: Lang, records: readonly Named[]): Promise<AuditNames[]> {
  const byKind = new Map<string, Set<string>>();
  const add = (kind: string, id: string) => (byKind.get(kind) ?? byKind.set(kind, new Set()).get(kind)!).add(id);
  for (const r of records) {
    if (r.actorId) add('user', String(r.actorId));
    const cut = r.target?.indexOf(':') ?? -1;
    if (r.target && cut > 0) add(r.target.slice(0, cut), r.target.slice(cut + 1));
  }
  const list = (kind: string) => byKind.get(kind) ?? new Set<string>();
  const userIds = ids(list('user'));
  const mailboxIds = ids(list('mailbox'));
  const serviceIds = ids(list('service'));
  const taskIds = ids(list('scheduled-task'));
  const requestIds = uuids(list('bulk-request'));
  const none = Promise.resolve([]);
  const [usersRows, mailboxRows, serviceRows, taskRows, requestRows] = await Promise.all([
    userIds.length
      ? queryRows<{ id: number; name: string; email: string }>(
          db,
          sql`select u.id, u.name, u.email from users u where u.id = any(${intArray(userIds)}::int[]) and ${scope.users(sql`u.id`)}`,
        )
      : none,
    mailboxIds.length
      ? queryRows<{ id: number; name: string }>(
          db,
          sql`select m.id, m.name from mailboxes m where m.id = any(${intArray(mailboxIds)}::int[]) and ${scope.mailboxes(sql`m.id`)}`,
        )
      : none,
    serviceIds.length
      ? queryRows<{ id: number; name: string }>(
          db,
          sql`select s.id, s.name from services s where s.id = any(${intArray(serviceIds)}::int[]) and ${scope.services(sql`s.id`)}`,
        )
      : none,
    taskIds.length
      ? queryRows<{ id: number; name: string }>(db, sql`select t.id, t.name from scheduled_tasks t where t.id = any(${intArray(taskIds)}::int[])`)
      : none,
    requestIds.length
      ? queryRows<{ id: string; kind: string }>(
          db,
          sql`select r.id::text as id, r.kind from bulk_requests r where r.id::text = any(${`{${requestIds.join(',')}}`}::text[])
                and (${scope.all ? sql`true` : sql`r.service_id is not null and ${scope.services(sql`r.service_id`)}`})`,
        )
      : none,
  ]);
  const userName = new Map(usersRows.map((u) => [Number(u.id), `${u.name} <${u.email}>`]));
  const names: Record<string, Map<string, string>> = {
    user: new Map([...userName].map(([k, v]) => [String(k), v])),
    mailbox: new Map(mailboxRows.map((m) => [String(m.id), m.name])),
    service: new Map(serviceRows.map((s) => [String(s.id), s.name])),
    'scheduled-task': new Map(taskRows.map((t) => [String(t.id), t.name])),
  };
  const kinds = new Map(requestRows.map((r) => [r.id, r.kind]));
  return records.map((r) => {
    const actorName = r.actorId ? (userName.get(r.actorId) ?? null) : null;
    const cut = r.target?.indexOf(':') ?? -1;
    if (!r.target || cut <= 0) return { actorName, targetName: null, targetHref: null };
    const kind = r.target.slice(0, cut);
    const id = r.target.slice(cut + 1);
    if (kind === 'bulk-request') {
      const k = kinds.get(id);
      return {
        actorName,
        targetName: k ? auditTargetNames.t(lang, 'request', { kind: requestKind(lang, k), id: id.slice(0, 8) }) : null,
        targetHref: k ? localePath(lang, `/bulk/request/?id=${encodeURIComponent(id)}`) : null,
      };
    }
    if (kind === 'check') return { actorName, targetName: getCheck(id)?.title[lang] ?? null, targetHref: null };
    const name = names[kind]?.get(id) ?? null;
    const labelled = name !== null && (kind === 'mailbox' || kind === 'service' || kind === 'scheduled-task');
    return { actorName, targetName: labelled ? auditTargetNames.t(lang, kind, { name }) : name, targetHref: null };
  });
}
