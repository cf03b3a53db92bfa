/** Bounds of one CSV record: what is kept of it, and when a quote counts as never closed. */
export const CSV_LIMITS = {
  /** Fields kept per record; more are counted, not stored. */
  maxFields: 256,
  /** Characters kept per cell; a longer cell makes the line a problem. */
  maxCell: 1024,
  /** Line breaks a quoted cell may hold before its quote counts as never closed. */
  maxQuotedLines: 10,
  /** Characters a quoted cell may hold after its first line before its quote counts as never closed. */
  maxQuotedChars: 65_536,
} as const;

/** Why a record cannot be read as a row. */
export type RecordProblem = 'unclosed-quote' | 'nul' | 'cell-too-long';

export interface CsvRecord {
  /** Line of the file where the record starts (1 = header). */
  line: number;
  /** The first CSV_LIMITS.maxFields fields. */
  fields: string[];
  /** How many fields the record has. */
  fieldCount: number;
  /** True when a field past the kept ones is not blank. */
  overflowNonBlank: boolean;
  problem?: RecordProblem;
}

const NL = 10;
const QUOTE = 34;
const NUL = 0;

/**
 * A streaming CSV tokenizer (text with `\n` line ends in, records out) that is linear in its input
 * whatever the input: each character is looked at a bounded number of times, and memory holds at
 * most one record's kept fields plus one quoted cell's bounded raw text. Quoted cells may hold the
 * delimiter, `""` and line breaks. A quote still open after CSV_LIMITS.maxQuotedLines line breaks
 * (or maxQuotedChars characters, or at the end of the file) was never closed: its line becomes an
 * `unclosed-quote` record and reading starts again on the next line, so one stray quote costs one
 * line, not the rest of the file; a long quoted cell that does close is only `cell-too-long`. A NUL character makes its line a `nul` record.
 */
export class CsvTokenizer {
  private line = 1;
  private rec = this.freshRecord(1);
  private cell = '';
  private cellLen = 0;
  private state: 'start' | 'plain' | 'quoted' | 'after-quote' | 'skip-line' = 'start';
  /** Raw text after the open quote's line (for the restart there), whether a break was seen, the quote's line and breaks. */
  private raw = '';
  private seenBreak = false;
  private quoteLine = 0;
  private quoteBreaks = 0;
  private readonly delim: number;
  /** Characters read so far, counting those read again after an unclosed quote (tests bound it). */
  scanned = 0;

  constructor(
    delimiter: string,
    private readonly emit: (r: CsvRecord) => void,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  private freshRecord(line: number): CsvRecord {
    return { line, fields: [], fieldCount: 0, overflowNonBlank: false };
  }

  private append(text: string) {
    if (this.cellLen < CSV_LIMITS.maxCell)
      this.cell += text.length + this.cellLen > CSV_LIMITS.maxCell ? text.slice(0, CSV_LIMITS.maxCell - this.cellLen) : text;
    this.cellLen += text.length;
    if (this.cellLen > CSV_LIMITS.maxCell) this.rec.problem ??= 'cell-too-long';
  }

  private endField() {
    const r = this.rec;
    if (r.fields.length < CSV_LIMITS.maxFields) r.fields.push(this.cell);
    else if (this.cell.trim()) r.overflowNonBlank = true;
    r.fieldCount++;
    this.cell = '';
    this.cellLen = 0;
  }

  private endRecord(nextLine: number) {
    this.endField();
    const r = this.rec;
    const blank = r.fieldCount === 1 && r.fields[0] === '' && !r.problem;
    if (!blank) this.emit(r);
    this.rec = this.freshRecord(nextLine);
  }

  /** Feeds the next piece of text. */
  feed(input: string): void {
    let text = input;
    let i = 0;
    this.scanned += input.length;
    const n = () => text.length;
    while (i < n()) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case 'start':
          if (c === QUOTE) {
            this.state = 'quoted';
            this.raw = '';
            this.seenBreak = false;
            this.quoteLine = this.line;
            this.quoteBreaks = 0;
            i++;
          } else this.state = 'plain';
          break;
        case 'plain': {
          let j = i;
          while (j < n()) {
            const d = text.charCodeAt(j);
            if (d === this.delim || d === NL) break;
            if (d === NUL) this.rec.problem = 'nul';
            j++;
          }
          if (j > i) this.append(text.slice(i, j));
          if (j < n()) {
            if (text.charCodeAt(j) === NL) {
              this.line++;
              this.endRecord(this.line);
            } else this.endField();
            this.state = 'start';
            j++;
          }
          i = j;
          break;
        }
        case 'quoted': {
          let j = i;
          let unclosed = false;
          // The raw text after the quote's line is kept (bounded) for a restart; stop where it would
          // pass its bound, so nothing past it is lost.
          let rawFrom = this.seenBreak ? i : -1;
          let stop = this.seenBreak ? Math.min(n(), i + CSV_LIMITS.maxQuotedChars + 1 - this.raw.length) : n();
          while (j < stop) {
            const d = text.charCodeAt(j);
            if (d === QUOTE) break;
            if (d === NUL) this.rec.problem = 'nul';
            if (d === NL) {
              this.line++;
              if (!this.seenBreak) {
                this.seenBreak = true;
                rawFrom = j + 1;
                stop = Math.min(n(), j + 1 + CSV_LIMITS.maxQuotedChars + 1);
              }
              if (++this.quoteBreaks > CSV_LIMITS.maxQuotedLines) {
                j++;
                unclosed = true;
                break;
              }
            }
            j++;
          }
          this.append(text.slice(i, j));
          if (rawFrom >= 0 && j > rawFrom) this.raw += text.slice(rawFrom, j);
          if (unclosed || this.raw.length > CSV_LIMITS.maxQuotedChars) {
            const again = this.restart();
            this.scanned += again.length;
            text = again + text.slice(j);
            i = 0;
            break;
          }
          if (j < n() && text.charCodeAt(j) === QUOTE) {
            if (this.seenBreak) this.raw += '"';
            this.state = 'after-quote';
            j++;
          }
          i = j;
          break;
        }
        case 'after-quote':
          if (c === QUOTE) {
            this.append('"');
            if (this.seenBreak) this.raw += '"';
            this.state = 'quoted';
            i++;
          } else if (c === this.delim) {
            this.endField();
            this.state = 'start';
            i++;
          } else if (c === NL) {
            this.line++;
            this.endRecord(this.line);
            this.state = 'start';
            i++;
          } else this.state = 'plain'; // text after a closing quote: kept as is
          break;
        case 'skip-line': {
          const j = text.indexOf('\n', i);
          if (j < 0) i = n();
          else {
            this.line++;
            this.rec = this.freshRecord(this.line);
            this.state = 'start';
            i = j + 1;
          }
          break;
        }
      }
    }
  }

  /**
   * The open quote was never closed: emits its record as `unclosed-quote` and returns the raw
   * text after the quote's line, to be read again from the next line on. When no line break was
   * seen (the end of the file came first), skips to the end of the line instead.
   */
  private restart(): string {
    const r = this.rec;
    r.problem = 'unclosed-quote';
    r.fields = [];
    r.fieldCount = 0;
    this.emit(r);
    this.cell = '';
    this.cellLen = 0;
    const raw = this.raw;
    this.raw = '';
    if (!this.seenBreak) {
      this.state = 'skip-line';
      this.line = this.quoteLine;
      return '';
    }
    this.line = this.quoteLine + 1;
    this.rec = this.freshRecord(this.line);
    this.state = 'start';
    return raw;
  }

  /** Ends the input: the last record, and any quote left open. */
  end(): void {
    while (this.state === 'quoted') this.feed(this.restart());
    if (this.state === 'skip-line') return;
    if (this.state !== 'start' || this.cellLen > 0 || this.rec.fieldCount > 0) this.endRecord(this.line + 1);
  }
}
