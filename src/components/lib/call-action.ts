import { isActionError, isInputError, type SafeResult } from 'astro:actions';
import { checkStrings } from '@/i18n/checks';
import type { Lang } from '@/i18n/ui';

/** What an island does with an operation's answer: its data, or the refusal to show. */
export type Answer<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** HTTP status of the refusal (0: no answer from the server). */
      status: number;
      /** The server's message in the page's language. */
      error: string;
      /** Per-field messages of a 400, by input field. */
      fields: Record<string, string[]>;
      /** Details a refusal carried besides its message (a 400's `params`). */
      details: Record<string, unknown>;
    };

/**
 * Calls an Astro Action (`actions.family.name`) and flattens its result for an island: the typed
 * data, or the message, per-field messages and details of the refusal. A network failure becomes a
 * message a person can act on, in `lang`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the error side is inferred from each action input, not used here
export async function callAction<I, O>(action: (input: I) => Promise<SafeResult<any, O>>, input: I, lang: Lang): Promise<Answer<O>> {
  let result: SafeResult<any, O>;
  try {
    result = await action(input);
  } catch {
    return { ok: false, status: 0, error: checkStrings.t(lang, 'networkError'), fields: {}, details: {} };
  }
  if (!result.error) return { ok: true, data: result.data as O };
  const e = result.error;
  if (isInputError(e)) {
    const general = e.issues.find((i) => i.path.length === 0) as { message: string; params?: Record<string, unknown> } | undefined;
    return { ok: false, status: 400, error: general?.message ?? e.message, fields: e.fields as Record<string, string[]>, details: general?.params ?? {} };
  }
  if (isActionError(e)) return { ok: false, status: e.status, error: e.message, fields: {}, details: {} };
  return { ok: false, status: 500, error: checkStrings.t(lang, 'networkError'), fields: {}, details: {} };
}
