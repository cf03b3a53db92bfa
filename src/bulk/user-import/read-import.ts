import type { Readable } from 'node:stream';
import type { Db } from '@/db/client';
import type { SessionUser } from '@/auth/session';
import { importStrings, type ImportTextKey } from '@/i18n/user-import';
import { fillPlaceholders } from '@/i18n/define-strings';
import { perLang } from '@/i18n/localized';
import { profileLabel } from '@/i18n/profiles';
import type { Localized } from '../types';
import { fieldOfHeader, importFields, mandatoryFields, type ImportField } from './columns';
import { NotCsvError, type FileEncoding } from './decode';
import { MAX_IMPORT_BYTES, readCsv, TooLargeError, type Delimiter } from './read-csv';
import type { RecordProblem } from './csv-tokenizer';
import { emailsInUse, loadImportContext, seatRoom } from './context';
import { toValidRow, validateRow, type ColumnIndex, type ImportProblem, type RowProblemSink, type ValidRow } from './validate-row';

/** A problem's text by key: keys come from the validation at run time, so their placeholders are checked there. */
/** A value may differ by language (the profile list names built-in profiles in each). */
type ProblemVars = Record<string, string | number | Localized>;
const problemText = (key: ImportTextKey, vars: ProblemVars = {}): Localized => {
  const pick = (lang: keyof Localized) => Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return perLang((lang) => fillPlaceholders(importStrings.table[key][lang], pick(lang), lang));
};

export interface ReadImportOptions {
  actor: Pick<SessionUser, 'id' | 'permissions'>;
  /** Keep the valid rows (confirm); a preview leaves this off so rows never pile up in memory. */
  keepRows?: boolean;
  /** Problems kept in the result (all are counted and passed to onProblem). Default 1,000. */
  problemLimit?: number;
  onProblem?: (p: ImportProblem) => void;
  /** Problems passed to onProblem at most (the rest are only counted). Default: all. */
  onProblemLimit?: number;
  /**
   * Awaited after the header and after each batch of rows: a consumer of `onProblem` that streams
   * (the CSV report) waits here until its reader catches up, so problems never pile up in memory.
   */
  pause?: () => Promise<void>;
  /** Byte limit. Default MAX_IMPORT_BYTES. */
  maxBytes?: number;
}

export interface ImportReadResult {
  /** Set when the file cannot be read at all (too large, not CSV, empty): nothing else applies. */
  fileError?: { status: 413 | 415 | 400; message: Localized };
  encoding?: FileEncoding;
  delimiter?: Delimiter;
  /** Data rows read (the header and blank rows not counted). */
  rows: number;
  /** Rows without problems: the users that would be created. */
  valid: number;
  problemCount: number;
  problems: ImportProblem[];
  seats: { contracted: number; used: number; free: number; needed: number; enough: boolean };
  /**
   * The names the file gave for services and profiles and the record each was understood as
   * ("Suporte Técnico" → service 2), first 50 of each; a profile's name in both languages.
   */
  understood: { field: 'service' | 'profile'; value: string; id: number; name: Localized }[];
  /** True when every row is valid and the seats suffice. */
  canImport: boolean;
  validRows?: ValidRow[];
}

const BATCH = 500;

/** No column known yet (before the header). */
const noColumns: ColumnIndex = Object.fromEntries(importFields.map((f) => [f, -1])) as Record<ImportField, number>;

/** Where each field's first column is (a repeated column is reported with the header; its first one is read). */
function columnIndex(columns: readonly (ImportField | undefined)[]): ColumnIndex {
  const at = { ...noColumns } as Record<ImportField, number>;
  columns.forEach((f, i) => {
    if (f && at[f] < 0) at[f] = i;
  });
  return at;
}

/** True when every cell is blank (a loop, not a callback: it runs once per row). */
function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

/** The message of a line the CSV reader could not split into a row. */
const recordProblemKey = { 'unclosed-quote': 'unclosedQuote', nul: 'nulChar', 'cell-too-long': 'cellTooLong' } as const satisfies Record<
  RecordProblem,
  ImportTextKey
>;

/**
 * Reads an import file as a stream and checks every row: the preview (nothing written) and the
 * confirm step both call it. Memory stays bounded by one batch of rows, the e-mails seen (for
 * duplicates) and the kept problems, unless `keepRows`.
 */
export async function readImport(db: Db, input: Readable, opts: ReadImportOptions): Promise<ImportReadResult> {
  const ctx = await loadImportContext(db, opts.actor);
  const room = await seatRoom(db);
  const limit = opts.problemLimit ?? 1000;
  const result: ImportReadResult = {
    rows: 0,
    valid: 0,
    problemCount: 0,
    problems: [],
    seats: { ...room, needed: 0, enough: true },
    understood: [],
    canImport: false,
  };
  if (opts.keepRows) result.validRows = [];
  const streamLimit = opts.onProblem ? (opts.onProblemLimit ?? Infinity) : 0;
  const report = (p: ImportProblem) => {
    if (result.problems.length < limit) result.problems.push(p);
    if (result.problemCount < streamLimit) opts.onProblem?.(p);
    result.problemCount++;
  };
  /** A problem by key: counted always, its message built only when it is kept or streamed. */
  /** Whether the next problem is only counted: neither kept nor streamed. */
  const countOnly = () => result.problems.length >= limit && result.problemCount >= streamLimit;
  const reportKey = (line: number, column: string, field: ImportField | undefined, key: ImportTextKey, vars?: ProblemVars) => {
    if (countOnly()) result.problemCount++;
    else report({ line, column, field, message: problemText(key, vars) });
  };
  const firstLineOf = new Map<string, number>();

  try {
    const reader = await readCsv(input, opts.maxBytes ?? MAX_IMPORT_BYTES);
    result.delimiter = reader.delimiter;
    let columns: (ImportField | undefined)[] | undefined;
    const headerText = new Map<ImportField, string>();
    let headerOk = true;
    // One batch of rows as parallel arrays (no object per row): line, the record's cells, its
    // e-mail (trimmed, lower case) and whether it has cells past the header.
    const batchLines: number[] = [];
    const batchFields: string[][] = [];
    const batchEmails: string[] = [];
    const batchExtra: boolean[] = [];
    let at: ColumnIndex = noColumns;
    let unbatched = 0;

    const colOf = (f: ImportField) => headerText.get(f) ?? f;
    let current = 0;
    const rowProblem: RowProblemSink = (field, key, vars) =>
      countOnly()
        ? void result.problemCount++
        : reportKey(current, colOf(field), field, key, { col: colOf(field), list: ctx.scopeList, plist: ctx.profileList, ...vars });

    const emailOf = (fields: readonly string[]) => (at.email >= 0 ? (fields[at.email] ?? '').trim().toLowerCase() : '');
    const noneTaken = new Set<string>();
    /** Every check of one row (`email` is `emailOf(fields)`); `taken` holds the e-mails of its batch already in use. */
    const checkRow = (line: number, fields: string[], email: string, extra: boolean, taken: Set<string>) => {
      const before = result.problemCount;
      current = line;
      validateRow(fields, at, ctx, rowProblem);
      if (email) {
        const first = firstLineOf.get(email);
        if (first !== undefined) reportKey(line, colOf('email'), 'email', 'emailDuplicate', { other: first });
        else {
          firstLineOf.set(email, line);
          if (taken.has(email)) reportKey(line, colOf('email'), 'email', 'emailTaken');
        }
      }
      if (extra) reportKey(line, '', undefined, 'extraFields');
      if (result.problemCount === before) {
        result.valid++;
        result.validRows?.push(toValidRow(line, fields, at, ctx));
      }
    };
    const flush = async () => {
      const taken = await emailsInUse(db, [...new Set(batchEmails.filter(Boolean))]);
      for (let i = 0; i < batchLines.length; i++) checkRow(batchLines[i]!, batchFields[i]!, batchEmails[i]!, batchExtra[i]!, taken);
      batchLines.length = 0;
      batchFields.length = 0;
      batchEmails.length = 0;
      batchExtra.length = 0;
      await opts.pause?.();
    };

    for await (const records of reader.records) {
      for (const rec of records) {
        if (!columns) {
          if (rec.problem) {
            headerOk = false;
            columns = [];
            report({ line: rec.line, column: '', message: importStrings.l(recordProblemKey[rec.problem]) });
            continue;
          }
          columns = rec.fields.map((h) => fieldOfHeader(h));
          at = columnIndex(columns);
          if (rec.overflowNonBlank) {
            headerOk = false;
            report({ line: rec.line, column: '', message: importStrings.l('tooManyColumns', { count: rec.fieldCount, max: rec.fields.length }) });
          }
          // Blank cells at the end of the header (Excel pads rows) are not columns.
          let last = rec.fields.length - 1;
          while (last >= 0 && !rec.fields[last].trim()) last--;
          for (let i = 0; i <= last; i++) {
            const h = rec.fields[i];
            const f = columns[i];
            if (!f) report({ line: rec.line, column: h, message: importStrings.l('unknownColumn', { col: h }) });
            else if (headerText.has(f)) report({ line: rec.line, column: h, message: importStrings.l('duplicateColumn', { col: h }) });
            else headerText.set(f, h.trim());
          }
          for (const f of mandatoryFields) {
            if (!headerText.has(f) && headerOk) {
              report({ line: rec.line, column: '', message: importStrings.l('missingColumn', { col: f === 'email' ? 'e-mail' : f }) });
            }
          }
          if (mandatoryFields.some((f) => !headerText.has(f))) headerOk = false;
          await opts.pause?.();
          continue;
        }
        if (!rec.problem && !rec.overflowNonBlank && isBlank(rec.fields)) continue;
        result.rows++;
        if (!headerOk) continue;
        if (rec.problem) {
          reportKey(rec.line, '', undefined, recordProblemKey[rec.problem]);
          continue;
        }
        let extra = rec.overflowNonBlank;
        for (let i = columns.length; i < rec.fields.length && !extra; i++) if (rec.fields[i]!.trim()) extra = true;
        // A row without an e-mail needs no database lookup: checked at once when no row waits
        // before it (order kept), so a file of such rows holds none.
        const email = emailOf(rec.fields);
        if (batchLines.length === 0 && !email) {
          checkRow(rec.line, rec.fields, email, extra, noneTaken);
          unbatched++;
          continue;
        }
        batchLines.push(rec.line);
        batchFields.push(rec.fields);
        batchEmails.push(email);
        batchExtra.push(extra);
      }
      // Waits (the database, a report reader that is behind) only between slices, the slice's
      // records let go first. Rows held across a wait survived young-generation collections, and
      // V8 then sometimes allocated every later row in the old generation (allocation-site
      // pretenuring): the same 20 MB file took 2 s or 4-5 s at random.
      records.length = 0;
      if (batchLines.length >= BATCH) await flush();
      else if (unbatched >= BATCH) {
        unbatched = 0;
        await opts.pause?.();
      }
    }
    await flush();
    result.encoding = reader.encoding();
    if (!columns) result.fileError = { status: 400, message: importStrings.l('empty') };
    else if (result.rows === 0 && result.problemCount === 0) result.fileError = { status: 400, message: importStrings.l('noRows') };
  } catch (e) {
    if (e instanceof TooLargeError) result.fileError = { status: 413, message: importStrings.l('tooLarge') };
    else if (e instanceof NotCsvError) result.fileError = { status: 415, message: importStrings.l(`notCsv.${e.kind}`) };
    else throw e;
  }
  // One license rule everywhere: an active user in at least one group consumes a license. Imported
  // users join no group, so the import itself needs no seat; the room is shown for planning.
  result.seats.needed = 0;
  result.seats.enough = true;
  result.understood = [
    ...ctx.services.understood(50).map((u) => ({ field: 'service' as const, ...u, name: perLang(() => u.name) })),
    ...ctx.profiles.understood(50).map((u) => ({ field: 'profile' as const, ...u, name: perLang((lang) => profileLabel(lang, u.name)) })),
  ];
  result.canImport = !result.fileError && result.rows > 0 && result.problemCount === 0 && result.seats.enough;
  return result;
}

export { importFields };
