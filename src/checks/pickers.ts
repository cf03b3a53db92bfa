import { and, asc, ilike, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { chatQueues, documents, mailboxes, occurrenceReasons, services, surveys, users } from '../db/schema';
import { omniModules } from '../auth/permissions';
import type { Scope } from '../auth/scope';
import type { PickerKind } from './types';
import type { Lang } from '../i18n/ui';
import { moduleLabels } from './lib/module-labels';

/** One choice of an input picker: an id and a label, never a secret. */
export interface PickerOption {
  id: number | string;
  label: string;
}

/** The record kinds whose choices come from the database (the others are typed in). */
export const recordPickerKinds = [
  'mailbox',
  'queue',
  'user',
  'service',
  'survey',
  'occurrence-reason',
  'document',
  'module',
] as const satisfies readonly PickerKind[];
export type RecordPickerKind = (typeof recordPickerKinds)[number];

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

async function fromTable(
  db: Db,
  table: PgTable,
  id: PgColumn,
  label: PgColumn,
  q: string,
  limit: number,
  extra?: PgColumn,
  inScope?: SQL,
): Promise<PickerOption[]> {
  const pattern = `%${escapeLike(q)}%`;
  const where: SQL | undefined = and(inScope, q ? or(ilike(label, pattern), extra ? ilike(extra, pattern) : undefined) : undefined);
  const rows = await db
    .select({ id, label, ...(extra ? { extra } : {}) })
    .from(table)
    .where(where)
    .orderBy(asc(label))
    .limit(limit);
  return rows.map((r) => ({ id: r.id as number, label: extra ? `${r.label} <${(r as { extra: string }).extra}>` : String(r.label) }));
}

/**
 * Up to `limit` records of a kind whose name (or e-mail/address) contains `q`, case-insensitive.
 * Service-owned kinds (users, queues, services, mailboxes through their responders) AND the
 * caller's `scope`; the others (surveys, reasons, documents, modules) belong to no service.
 */
export async function pickerOptions(db: Db, scope: Scope, kind: RecordPickerKind, q = '', limit = 50, lang: Lang = 'pt-BR'): Promise<PickerOption[]> {
  switch (kind) {
    case 'mailbox':
      return fromTable(db, mailboxes, mailboxes.id, mailboxes.name, q, limit, mailboxes.address, scope.mailboxes(mailboxes.id));
    case 'queue':
      return fromTable(db, chatQueues, chatQueues.id, chatQueues.name, q, limit, undefined, scope.services(chatQueues.serviceId));
    case 'user':
      return fromTable(db, users, users.id, users.name, q, limit, users.email, scope.users(users.id));
    case 'service':
      return fromTable(db, services, services.id, services.name, q, limit, undefined, scope.services(services.id));
    case 'survey':
      return fromTable(db, surveys, surveys.id, surveys.name, q, limit);
    case 'occurrence-reason':
      return fromTable(db, occurrenceReasons, occurrenceReasons.id, occurrenceReasons.name, q, limit);
    case 'document':
      return fromTable(db, documents, documents.id, documents.name, q, limit);
    case 'module':
      // Modules are named as people read them in `lang` (the id is only the value sent back); `q` matches either.
      return omniModules
        .map((m) => ({ id: m, label: moduleLabels[m][lang] }))
        .filter((o) => !q || o.label.toLocaleLowerCase(lang).includes(q.toLocaleLowerCase(lang)) || o.id.includes(q.toLowerCase()))
        .sort((a, b) => a.label.localeCompare(b.label, lang));
  }
}
