import type { z } from 'zod';
import { escalationStrings } from '../i18n/escalations';
import { inputMessage } from '../server/input-message';
import { requiredText, text } from '../server/input';

/** Something that reads as an HTML tag, comment or entity-free markup start: `<b`, `</`, `<!`, `<?`. */
const markup = /<\s*[a-zA-Z!/?]/;

const noHtml = <T extends z.ZodType<string | undefined>>(s: T) =>
  s.refine((v) => v === undefined || !markup.test(v), { message: inputMessage(escalationStrings.l('noHtml')) });

/** Plain text of at most `max` characters: no NUL (400), no HTML (400 with a message saying so). */
export const plainText = (max: number) => noHtml(text(max));

/** Trimmed, non-empty plain text of at most `max` characters. */
export const requiredPlainText = (max: number) => noHtml(requiredText(max));
