import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { CsvTextDecoder, type FileEncoding } from './decode';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';

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

export type { CsvRecord };

/** Characters fed to the tokenizer at a time (see `records`). */
const FEED_SLICE = 1024;

export interface CsvReader {
  encoding(): FileEncoding | undefined;
  delimiter: Delimiter;
  /** Header first, then each record, in batches (one per piece of text read); blank lines skipped. */
  records: AsyncIterable<CsvRecord[]>;
}

/**
 * Streams a CSV upload: byte limit → encoding detection → delimiter detection on the first line →
 * CsvTokenizer (quoted fields with line breaks; linear whatever the input, bounded memory). Only
 * one chunk and the records it completes are in memory at a time.
 */
export async function readCsv(input: Readable, limit = MAX_IMPORT_BYTES): Promise<CsvReader> {
  const bytes = new ByteLimit(limit);
  const decoder = new CsvTextDecoder();
  input.on('error', (e) => bytes.destroy(e));
  bytes.on('error', (e) => decoder.destroy(e));
  input.pipe(bytes).pipe(decoder);
  const it = decoder[Symbol.asyncIterator]() as AsyncIterator<string>;
  const pieces: string[] = [];
  let headLength = 0;
  let nl = -1;
  while (nl < 0 && headLength < 65_536) {
    const r = await it.next();
    if (r.done) break;
    nl = r.value.indexOf('\n');
    if (nl >= 0) nl += headLength;
    pieces.push(r.value);
    headLength += r.value.length;
  }
  const head = pieces.join('');
  const delimiter = detectDelimiter(head.slice(0, nl >= 0 ? nl : 65_536));
  return {
    encoding: () => decoder.encoding,
    delimiter,
    records: (async function* () {
      let out: CsvRecord[] = [];
      const tokenizer = new CsvTokenizer(delimiter, (r) => out.push(r));
      const drain = () => {
        const batch = out;
        out = [];
        return batch;
      };
      // Text is fed in slices of FEED_SLICE characters and each slice's records are handed on
      // before the next: a 64 KB piece of two-character rows is 32,000 records, and keeping them
      // all alive until the piece is done makes the young-generation collector copy every one.
      // At 4 KB (2,000 such records alive at a time) about half the records still survived a
      // scavenge, and in about two runs in five V8 then decided to allocate records straight in
      // the old generation (allocation-site pretenuring): the same file took 4-5 s instead of 2 s.
      // At 1 KB (with rows checked as they come, read-import.ts) 8 runs out of 8 took 1.6-1.8 s;
      // ordinary files read as fast as at 4 KB, a file of one long unclosed quote about 15% slower.
      const slices = function* (text: string) {
        for (let i = 0; i < text.length; i += FEED_SLICE) yield i === 0 && text.length <= FEED_SLICE ? text : text.slice(i, i + FEED_SLICE);
      };
      for (const piece of slices(head)) {
        tokenizer.feed(piece);
        if (out.length) yield drain();
      }
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        for (const piece of slices(r.value)) {
          tokenizer.feed(piece);
          if (out.length) yield drain();
        }
      }
      tokenizer.end();
      if (out.length) yield drain();
    })(),
  };
}
