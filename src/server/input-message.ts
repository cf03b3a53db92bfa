import type { Localized } from '../i18n/localized';
import { perLang } from '../i18n/localized';

/**
 * How an input rule says what is wrong in both languages: the zod issue message is the JSON of a
 * `Localized` (`{"pt-BR":"…","en":"…"}`) taken from a string table, e.g.
 * `inputMessage(inputStrings.l('pickModule', { modules }))`. The engine turns a failed parse into a
 * 400 and shows `readInputMessage(issue.message)?.[lang]`, falling back to zod's own texts.
 */
export function inputMessage(text: Localized): string {
  return JSON.stringify(text);
}

/** The `Localized` carried by a zod issue message written with `inputMessage`, or null. */
export function readInputMessage(message: string): Localized | null {
  if (!message.startsWith('{')) return null;
  try {
    const v = JSON.parse(message) as Partial<Localized>;
    return typeof v['pt-BR'] === 'string' && typeof v.en === 'string' ? perLang((lang) => v[lang]!) : null;
  } catch {
    return null;
  }
}
