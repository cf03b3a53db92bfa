import type { Readable } from 'node:stream';
import type { Db } from '@/db/client';
import type { SessionUser } from '@/auth/session';
import type { Lang } from '@/i18n/ui';
import { csvField, delimiterFor } from '@/lib/csv-writer';
import { readImport, type ImportReadResult } from './read-import';
import { previewJson } from './http';
import { csvFileStrings } from '@/i18n/csv-files';

/** Problems listed in one report; past this the report says how many more there are. */
export const MAX_REPORT_PROBLEMS = 200_000;

/** Characters of CSV sent per stream chunk. */
const PIECE = 32 * 1024;

/**
 * The preview's problem report as a streamed CSV: each problem is written as it is found and the
 * reading waits while the client is behind (backpressure), so memory stays bounded by one batch of
 * rows whatever the number of problems; at most MAX_REPORT_PROBLEMS lines, then a count. A file that
 * cannot be read at all (not CSV, too large, empty) answers its JSON error instead, as the JSON
 * preview does, when that is known before the first line is sent.
 */
export async function problemsCsvResponse(
  db: Db,
  body: Readable,
  actor: Pick<SessionUser, 'id' | 'permissions'>,
  lang: Lang,
  fileName: string,
): Promise<Response> {
  const d = delimiterFor(lang);
  const t = csvFileStrings.in(lang);
  const header = [t('problems.line'), t('problems.column'), t('problems.problem')];
  const enc = new TextEncoder();
  const line = (cells: unknown[]) => cells.map((c) => csvField(c, d)).join(d) + '\r\n';
  // Lines are sent in pieces of about PIECE characters, not one stream chunk per line: 200,000
  // one-line chunks cost more than the reading that found them.
  let pending: string[] = [];
  let pendingLength = 0;
  const send = () => {
    if (pending.length === 0) return;
    controller.enqueue(enc.encode(pending.join('')));
    pending = [];
    pendingLength = 0;
  };
  const write = (text: string) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= PIECE) send();
  };
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let wake: (() => void) | undefined;
  let cancelled = false;
  let listed = 0;
  let started!: () => void;
  const headerRead = new Promise<void>((r) => (started = r));
  const stream = new ReadableStream<Uint8Array>(
    {
      start: (c) => void (controller = c),
      pull: () => wake?.(),
      cancel: () => {
        cancelled = true;
        wake?.();
        body.destroy();
      },
    },
    { highWaterMark: 64 },
  );
  const pause = async () => {
    started();
    if (!cancelled) send();
    while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((r) => (wake = r));
  };
  const reading = readImport(db, body, {
    actor,
    problemLimit: 0,
    onProblemLimit: MAX_REPORT_PROBLEMS,
    pause,
    onProblem: (p) => {
      if (cancelled || ++listed > MAX_REPORT_PROBLEMS) return;
      if (listed === 1) write('\uFEFF' + header.join(d) + '\r\n');
      write(line([p.line, p.column, p.message[lang]]));
    },
  });
  const first = await Promise.race([headerRead.then(() => undefined), reading]);
  if (first?.fileError) return Response.json({ error: first.fileError.message[lang] }, { status: first.fileError.status });
  const finish = (r: ImportReadResult) => {
    if (cancelled) return;
    if (listed === 0) write('\uFEFF' + header.join(d) + '\r\n');
    if (r.problemCount > MAX_REPORT_PROBLEMS) write(line(['', '', t('problems.more', { count: r.problemCount - MAX_REPORT_PROBLEMS })]));
    if (r.fileError) write(line(['', '', r.fileError.message[lang]]));
    else if (!r.seats.enough) write(line(['', '', previewJson(r, lang).seatsMessage ?? '']));
    send();
    controller.close();
  };
  reading.then(finish, (e) => !cancelled && controller.error(e));
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    },
  });
}
