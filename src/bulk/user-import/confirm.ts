import type { Readable } from 'node:stream';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/db/client';
import type { SessionUser } from '@/auth/session';
import type { BulkRequest } from '@/db/schema';
import { encryptSecret } from '@/security/secrets';
import type { Lang } from '@/i18n/ui';
import { createBulkRequest } from '../requests';
import { readImport, type ImportReadResult } from './read-import';
import { userImportKind, type ImportItem } from './kind';

/**
 * Confirms an import: reads and checks the file again (things may have changed since the
 * preview) and, only when every row is valid and the seats suffice, stores the request and its
 * items (passwords encrypted) and enqueues the job. Otherwise returns the check result and
 * writes nothing.
 */
export async function confirmImport(
  db: Db,
  boss: PgBoss | undefined,
  input: Readable,
  actor: Pick<SessionUser, 'id' | 'email' | 'permissions'>,
  lang: Lang,
  fileName = '',
): Promise<{ request: BulkRequest; read: ImportReadResult } | { request?: undefined; read: ImportReadResult }> {
  const read = await readImport(db, input, { actor, keepRows: true });
  if (!read.canImport || !read.validRows) return { read };
  const rows = read.validRows;
  read.validRows = undefined;
  const services = new Set(rows.map((r) => r.serviceId));
  const request = await createBulkRequest(db, boss, {
    kind: userImportKind.kind,
    serviceId: services.size === 1 ? rows[0].serviceId : null,
    requestedBy: actor.id,
    input: { fileName, rows: rows.length, encoding: read.encoding, delimiter: read.delimiter, services: [...services] },
    lang,
    items: rows.map((r) => {
      const payload: ImportItem = {
        line: r.line,
        name: r.name,
        email: r.email,
        phone: r.phone,
        passwordEnc: encryptSecret(r.password),
        serviceId: r.serviceId,
        profileId: r.profileId,
        maxAttend: r.maxAttend,
      };
      return { key: `line:${r.line}`, label: r.email, payload };
    }),
  });
  return { request, read };
}
