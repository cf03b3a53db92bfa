/** Deepest nesting of arrays and objects a JSON body may have. Our largest schema needs 4. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when the JSON text nests arrays or objects deeper than `max`. One pass over the raw text
 * with a counter, before JSON.parse: no recursion, so a body of 100,000 `[` costs a loop and never
 * reaches a recursive walker (the NUL scan, zod) that would overflow the stack into a 500. Brackets
 * inside strings do not count; escapes inside strings are skipped. Malformed text is left to
 * JSON.parse, which reports it.
 */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
