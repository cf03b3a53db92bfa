import { z } from 'zod';
import { inputMessage } from './input-message';
import { inputStrings } from '../i18n/input-messages';

/**
 * Bounded building blocks for every route's zod schemas: an id within its column's range, text
 * with a maximum length and no NUL, page sizes, calendar days within a sane range, cursors. Built
 * from these, nothing malformed reaches SQL.
 */

/** Largest value of a PostgreSQL `integer` (serial) column. */
export const MAX_INT4 = 2_147_483_647;

const noNul = (s: string) => !s.includes('\u0000');
const nulMessage = inputMessage(inputStrings.l('nul'));

/** A record id of an integer column (1 … 2^31−1); accepts "12" from a query string. */
export const dbId = () =>
  z.coerce
    .number({ error: inputMessage(inputStrings.l('recordNumber')) })
    .int()
    .min(1)
    .max(MAX_INT4);

/** A JSON id (a number, not a string) of an integer column. */
export const jsonId = () => z.number().int().min(1).max(MAX_INT4);

/** Text of at most `max` characters without NUL. */
export const text = (max: number) => z.string().max(max).refine(noNul, { message: nulMessage });

/** Trimmed text of 1 … `max` characters without NUL. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max).refine(noNul, { message: nulMessage });

/** A page size from a query string: an integer 1 … `max`, `fallback` when absent. */
export const pageSize = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** A calendar day `YYYY-MM-DD` between 2000-01-01 and 2099-12-31 that exists. */
export const isoDay = () => z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2099-12-31', { message: inputMessage(inputStrings.l('dayRange')) });

/** An instant (ISO 8601 with offset) between 2000 and 2099. */
export const isoInstant = () =>
  z.iso.datetime({ offset: true }).refine(
    (d) => {
      const t = Date.parse(d);
      return t >= Date.UTC(2000, 0, 1) && t < Date.UTC(2100, 0, 1);
    },
    { message: inputMessage(inputStrings.l('instantRange')) },
  );

/** A UUID (bulk requests). */
export const uuid = () => z.uuid();

/** Boolean from a query string: "1"/"true" or "0"/"false". */
export const queryFlag = () => z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');
