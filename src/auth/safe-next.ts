/** Longest `next` accepted: a path on this site, never a whole document. */
const MAX_NEXT = 2048;

/** Control characters (C0, DEL, C1) and backslashes, raw or percent-encoded: browsers read `\` as `/`. */
const UNSAFE_RAW = /[\u0000-\u001f\u007f-\u009f\\]/;
const UNSAFE_ENCODED = /%(?:5c|[01][0-9a-f]|7f)/i;

/**
 * Where to send the browser after sign-in: `raw` as a path on `origin` (pathname, query and hash),
 * or undefined when it is not one. The value is resolved as a URL against the site's origin and
 * kept only when the origin is unchanged, so `//evil`, `/\evil`, `/%5Cevil`, `https:…`,
 * `javascript:…` and anything with control characters are refused. A path that decodes to one
 * starting with `//` is refused too, in case something on the way decodes it again.
 */
export function safeNext(raw: string | null | undefined, origin: string): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_NEXT) return undefined;
  if (!raw.startsWith('/') || raw.startsWith('//')) return undefined;
  if (UNSAFE_RAW.test(raw) || UNSAFE_ENCODED.test(raw)) return undefined;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || url.username || url.password) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (decoded.startsWith('//') || UNSAFE_RAW.test(decoded)) return undefined;
  return url.pathname + url.search + url.hash;
}
