/** JSON of a tool endpoint, or an Error carrying the message the server wrote in the caller's language. */
export async function jsonOf<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const body = (await r.json().catch(() => ({}))) as T & { error?: string };
  if (!r.ok) throw Object.assign(new Error(body.error ?? `HTTP ${r.status}`), { status: r.status, body });
  return body;
}

/** POST of a JSON body. */
export function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** The message of a thrown value (an Error from `jsonOf`, or anything else). */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A server type as it arrives over JSON: dates become ISO strings. */
export type Wire<T> = T extends Date ? string : T extends (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;
