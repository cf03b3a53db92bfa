import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { CsvTextDecoder, type FileEncoding } from './decode';

/** Largest file accepted, in bytes (documented in the import article): 20 MB, about 200,000 rows. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Thrown when the file passes MAX_IMPORT_BYTES. */
export class TooLargeError extends Error {
  constructor() {
    super(`file larger than ${MAX_IMPORT_BYTES} bytes`);
  }
}

/** Counts bytes and fails the stream past the limit, so a huge upload is never held whole. */
class ByteLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback) {
    this.seen += chunk.length;
    if (this.seen > this.limit) return cb(new TooLargeError());
    cb(null, chunk);
  }
}

export type Delimiter = ',' | ';' | '\t';

/** The delimiter used most in the header line, outside quotes; comma when none appears. */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  const best = (Object.entries(counts) as [Delimiter, number][]).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}

export interface CsvRecord {
  /** Line of the file where the record starts (1 = header). */
  line: number;
  fields: string[];
}

export interface CsvReader {
  encoding(): FileEncoding | undefined;
  delimiter: Delimiter;
  /** Header first, then each record; blank lines skipped. */
  records: AsyncIterable<CsvRecord>;
}

/**
 * Streams a CSV upload: byte limit → encoding detection → delimiter detection on the first line →
 * csv-parse (quoted fields with line breaks, CRLF). Only one chunk and one record are in memory
 * at a time.
 */
export async function readCsv(input: Readable, limit = MAX_IMPORT_BYTES): Promise<CsvReader> {
  const bytes = new ByteLimit(limit);
  const decoder = new CsvTextDecoder();
  input.on('error', (e) => bytes.destroy(e));
  bytes.on('error', (e) => decoder.destroy(e));
  input.pipe(bytes).pipe(decoder);
  const it = decoder[Symbol.asyncIterator]() as AsyncIterator<string>;
  let head = '';
  while (!head.includes('\n') && head.length < 65_536) {
    const r = await it.next();
    if (r.done) break;
    head += r.value;
  }
  const nl = head.indexOf('\n');
  const delimiter = detectDelimiter(nl >= 0 ? head.slice(0, nl) : head);
  const source = Readable.from(
    (async function* () {
      if (head) yield head;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    })(),
    { objectMode: false },
  );
  const parser = parse({ delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: false });
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  return {
    encoding: () => decoder.encoding,
    delimiter,
    records: (async function* () {
      for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        const breaks = r.record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
        yield { line: r.info.lines - breaks, fields: r.record };
      }
    })(),
  };
}
