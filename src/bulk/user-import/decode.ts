import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

export type FileEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Thrown for input that is not a text/CSV file (the message key says which). */
export class NotCsvError extends Error {
  constructor(public readonly kind: 'xlsx' | 'xls' | 'pdf' | 'binary') {
    super(`not a CSV file (${kind})`);
  }
}

/**
 * Bytes → text with `\n` line ends, streaming. Encoding: a BOM decides (UTF-8, UTF-16); else the
 * text is UTF-8 until the first non-ASCII byte, where a UTF-8 validity test decides between UTF-8
 * and Windows-1252 (what Excel writes as "CSV"; a superset of ISO-8859-1 for letters). Everything
 * before that byte is ASCII, which both read the same, so nothing is decoded twice. Refuses
 * spreadsheets, PDFs and other binary files with NotCsvError.
 */
export class CsvTextDecoder extends Transform {
  encoding: FileEncoding | undefined;
  private head: Buffer | null = Buffer.alloc(0);
  private utf8 = new TextDecoder('utf-8', { fatal: true });
  private iconvDecoder: ReturnType<typeof iconv.getDecoder> | undefined;
  private pendingCr = false;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true });
    this.setEncoding('utf8');
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    try {
      if (this.head) {
        this.head = Buffer.concat([this.head, chunk]);
        if (this.head.length < 4) return cb();
        chunk = this.sniff(this.head);
        this.head = null;
      }
      this.out(this.decode(chunk, false));
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }

  override _flush(cb: TransformCallback) {
    try {
      if (this.head) {
        const rest = this.sniff(this.head);
        this.head = null;
        this.out(this.decode(rest, false));
      }
      this.out(this.decode(Buffer.alloc(0), true));
      if (this.pendingCr) this.push('\n');
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }

  /** Decides BOM and binary signatures; returns the bytes after the BOM. */
  private sniff(b: Buffer): Buffer {
    if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) throw new NotCsvError('xlsx');
    if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) throw new NotCsvError('xls');
    if (b.subarray(0, 4).toString('latin1') === '%PDF') throw new NotCsvError('pdf');
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      this.encoding = 'utf-8';
      return b.subarray(3);
    }
    if (b[0] === 0xff && b[1] === 0xfe) return this.useIconv('utf-16le', b.subarray(2));
    if (b[0] === 0xfe && b[1] === 0xff) return this.useIconv('utf-16be', b.subarray(2));
    if (b.subarray(0, 4096).includes(0)) throw new NotCsvError('binary');
    return b;
  }

  private useIconv(enc: FileEncoding, rest: Buffer): Buffer {
    this.encoding = enc;
    this.iconvDecoder = iconv.getDecoder(enc === 'windows-1252' ? 'win1252' : enc);
    return rest;
  }

  private decode(b: Buffer, end: boolean): string {
    if (this.iconvDecoder) return this.iconvDecoder.write(b) + (end ? (this.iconvDecoder.end() ?? '') : '');
    if (this.encoding === 'utf-8') return this.utf8Decode(b, end);
    // Undecided: ASCII so far.
    let i = 0;
    while (i < b.length && b[i] < 0x80) i++;
    if (i === b.length) i = -1;
    // A NUL past the first 4 KB is a problem of its line (the CSV reader reports it), not of the file.
    if (i < 0) return b.toString('latin1');
    const ascii = b.subarray(0, i).toString('latin1');
    const rest = b.subarray(i);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(rest.subarray(0, Math.min(rest.length, 64)), { stream: true });
      this.encoding = 'utf-8';
      return ascii + this.utf8Decode(rest, end);
    } catch {
      this.useIconv('windows-1252', Buffer.alloc(0));
      return ascii + this.decode(rest, end);
    }
  }

  private utf8Decode(b: Buffer, end: boolean): string {
    try {
      return this.utf8.decode(b, { stream: !end });
    } catch {
      throw new NotCsvError('binary');
    }
  }

  /** Pushes text with CRLF and lone CR turned into LF (a CR at a chunk's end waits for the next). */
  private out(text: string) {
    if (!text) return;
    if (this.pendingCr) {
      text = '\r' + text;
      this.pendingCr = false;
    }
    if (text.endsWith('\r')) {
      this.pendingCr = true;
      text = text.slice(0, -1);
    }
    if (text) this.push(text.replace(/\r\n?/g, '\n'));
  }
}
