import { DateTime } from 'luxon';
import { csvField, delimiterFor } from '../lib/csv-writer';
import type { AuditRecord } from '../db/schema';
import type { Lang } from '../i18n/ui';
import { csvFileStrings } from '../i18n/csv-files';
import { changesOf } from './changes';
import { changesLine } from './changes-text';
import type { AuditNames } from './names';

const columns = ['id', 'at', 'timeZone', 'who', 'whoName', 'action', 'target', 'targetName', 'outcome', 'changes', 'ip', 'inputs', 'details'] as const;
const header = (lang: Lang) => columns.map((c) => csvFileStrings.t(lang, `audit.${c}`));

const line = (cells: unknown[], lang: Lang) => cells.map((c) => csvField(c, delimiterFor(lang))).join(delimiterFor(lang)) + '\r\n';

/** The first line of an audit CSV, after a UTF-8 BOM so spreadsheets keep accents. */
export const auditCsvHeader = (lang: Lang) => '\uFEFF' + line(header(lang), lang);

/**
 * One audit record as a CSV line: the time in the organization's zone (named in its own column),
 * the actor's and target's ids as stored with their names beside them (empty outside the caller's
 * scope), the changes before → after on one line, inputs and details as JSON; every cell
 * neutralized so a spreadsheet runs no formula (`=`, `+`, `-`, `@`). `;` in pt-BR, `,` in English.
 */
export function auditCsvLine(r: AuditRecord, lang: Lang, timeZone: string, names?: AuditNames): string {
  const at = DateTime.fromJSDate(r.at, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm:ss');
  return line(
    [
      r.id,
      at,
      timeZone,
      r.actorEmail ?? '',
      names?.actorName ?? '',
      r.action,
      r.target ?? '',
      names?.targetName ?? '',
      r.outcome,
      changesLine(lang, changesOf(r.details)),
      r.ip ?? '',
      r.inputs == null ? '' : JSON.stringify(r.inputs),
      r.details == null ? '' : JSON.stringify(r.details),
    ],
    lang,
  );
}
