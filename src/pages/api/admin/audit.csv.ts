import { Readable } from 'node:stream';
import { and, desc, lt } from 'drizzle-orm';
import { organizationInfo } from '@/admin/organization-info';
import { auditCsvHeader, auditCsvLine } from '@/audit/csv';
import { auditExportQuery } from '@/audit/filters';
import { auditNames } from '@/audit/names';
import { auditWhere } from '@/audit/query';
import { auditRecords, type AuditRecord } from '@/db/schema';
import type { Db } from '@/db/client';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** At most this many records per export (the newest ones); narrow the filters for older ones. */
const MAX_ROWS = 100_000;
const BATCH = 1_000;

/** The filtered records in batches, newest first, read in keyset batches so memory stays bounded. */
async function* batches(db: Db, where: ReturnType<typeof auditWhere>): AsyncGenerator<AuditRecord[]> {
  let before: number | undefined;
  for (let sent = 0; sent < MAX_ROWS;) {
    const rows = await db
      .select()
      .from(auditRecords)
      .where(and(where, before ? lt(auditRecords.id, before) : undefined))
      .orderBy(desc(auditRecords.id))
      .limit(Math.min(BATCH, MAX_ROWS - sent));
    yield rows;
    sent += rows.length;
    if (rows.length < BATCH) return;
    before = rows[rows.length - 1].id;
  }
}

/**
 * GET /api/admin/audit.csv (admin:audit): the filtered audit trail as CSV (`;` in pt-BR, `,` in
 * English), times in the organization's time zone, ids with the names beside them (within the
 * caller's scope), the changes before → after, formula-safe cells; at most 100,000 records.
 * The export is audited.
 */
export const GET = defineEndpoint({
  action: 'audit.export',
  permission: 'admin:audit',
  query: auditExportQuery,
  handler: async ({ db, query, lang, audit, scope }) => {
    const { timeZone } = await organizationInfo(db);
    await audit({ action: 'audit.export', inputs: query, outcome: 'ok' });
    const lines = async function* () {
      yield auditCsvHeader(lang);
      const s = await scope();
      for await (const rows of batches(db, auditWhere(query, timeZone))) {
        const names = await auditNames(db, s, lang, rows);
        yield rows.map((r, i) => auditCsvLine(r, lang, timeZone, names[i])).join('');
      }
    };
    const day = new Date().toISOString().slice(0, 10);
    return new Response(Readable.toWeb(Readable.from(lines())) as ReadableStream, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="audit-${day}.csv"`, 'cache-control': 'no-store' },
    });
  },
});
