/** Characters that make a spreadsheet treat a cell as a formula (or hide its start). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR). */
export function neutralizeCell(value: unknown): string {
  const s = value == null ? '' : String(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** One CSV field: neutralized, and quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: unknown, delimiter: string): string {
  const s = neutralizeCell(value);
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A CSV document (CRLF lines, UTF-8 BOM so spreadsheets keep accents). pt-BR spreadsheets
 * expect `;`, English ones `,`.
 */
export function toCsv(header: string[], rows: unknown[][], delimiter = ','): string {
  const line = (r: unknown[]) => r.map((c) => csvField(c, delimiter)).join(delimiter);
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** The delimiter people of that language expect in a spreadsheet. */
export const delimiterFor = (lang: 'pt-BR' | 'en') => (lang === 'pt-BR' ? ';' : ',');
