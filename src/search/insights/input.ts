import { z } from 'zod';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { normalizeQuery } from '../normalize';
import { text } from '@/server/input';

/** The query as typed (≤ 200 characters, no NUL), normalized; a query of only spaces is refused. */
const query = text(200)
  .transform(normalizeQuery)
  .refine((q) => q.length > 0, { message: inputMessage(inputStrings.l('searchQuery')) });

/** The page's language. */
const lang = z.enum(['pt-BR', 'en']);

/** Body of POST /api/search/queries. */
export const searchRecordInput = z.object({
  /** What was searched, ≤ 200 characters; stored folded and single-spaced. */
  q: query,
  /** `pt-BR` or `en`: the language of the page searched from. */
  lang,
  /** Results the dialog showed, 0–1000. */
  results: z.number().int().min(0).max(1000),
  /** How many of them answered the query (strong matches), 0–1000; 0 is a gap. Default: all of them. */
  strong: z.number().int().min(0).max(1000).optional(),
});

/** Body of POST /api/search/opened. */
export const searchOpenInput = z.object({
  /** The query whose result was opened, ≤ 200 characters. */
  q: query,
  /** `pt-BR` or `en`. */
  lang,
});
