import type { Localized } from '../types';

/**
 * How a check input says what is wrong in both languages: the zod issue message is the JSON of a
 * `Localized` (`{"pt-BR":"…","en":"…"}`). The engine turns a failed parse into a 400 and shows
 * `readInputMessage(issue.message)?.[lang]`, falling back to the raw message for zod's own texts.
 */
export const inputMessage = (pt: string, en: string): string => JSON.stringify({ 'pt-BR': pt, en } satisfies Localized);

/** The `Localized` carried by a zod issue message written with `inputMessage`, or null. */
export function readInputMessage(message: string): Localized | null {
  if (!message.startsWith('{')) return null;
  try {
    const v = JSON.parse(message) as Partial<Localized>;
    return typeof v['pt-BR'] === 'string' && typeof v.en === 'string' ? { 'pt-BR': v['pt-BR'], en: v.en } : null;
  } catch {
    return null;
  }
}
