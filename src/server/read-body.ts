import { HttpError } from './http-error';
import { messages } from '../i18n/messages';

/** Default limit of a JSON or form body: 1 MB. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/**
 * The request body as bytes, read with a limit before anything parses it: a declared
 * Content-Length above `max` is refused without reading, and a body that grows past `max` while
 * streaming is cut off (413 either way). An absent body is an empty array.
 */
export async function readBodyLimited(request: Request, max: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > max) throw new HttpError(413, messages.tooLarge);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      drainThenCancel(reader);
      throw new HttpError(413, messages.tooLarge);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** How much of a refused body is still read (and dropped) after the 413, and for how long. */
const DRAIN_MAX_BYTES = 16 * 1024 * 1024;
const DRAIN_MAX_MS = 10_000;

/**
 * Reads and drops the rest of a refused body in the background, up to a bound, then cancels it.
 * Cancelling at once would close the socket with unread bytes in it: the kernel then answers the
 * sender with a reset that can discard the 413 before the client reads it. Draining a little lets
 * the answer arrive; a client that keeps sending past the bound is cut off.
 */
function drainThenCancel(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  const timer = setTimeout(() => void reader.cancel().catch(() => undefined), DRAIN_MAX_MS);
  timer.unref();
  void (async () => {
    let drained = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        drained += value.byteLength;
        if (drained > DRAIN_MAX_BYTES) {
          await reader.cancel();
          break;
        }
      }
    } catch {
      // the client went away: nothing left to drain
    } finally {
      clearTimeout(timer);
    }
  })();
}

/** The media type of a request without parameters, lower-cased ('' when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** True for application/json and application/*+json. */
export const isJsonType = (type: string) => type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));

/** The dotted path of the first string (key or value) holding a NUL character, or null. */
export function findNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '_' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], path ? `${path}.${i}` : String(i));
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return path || '_';
      const hit = findNul(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}
