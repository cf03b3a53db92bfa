import type { z } from 'zod';
import type { Lang } from '../i18n/ui';
import { readInputMessage } from './input-message';
import { inputStrings } from '../i18n/input-messages';

type Issue = z.core.$ZodIssue;

/** A zod issue as a sentence a person reads, in their language. */
function describe(issue: Issue, lang: Lang): string {
  // A check's own bilingual message (see lib/input-message.ts) wins over the generic ones.
  const own = readInputMessage(issue.message);
  if (own) return own[lang];
  const t = inputStrings.in(lang);
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves `input` out unless asked; its own message says "received undefined" for a missing field.
      if (('input' in issue && issue.input === undefined) || / received undefined$/.test(issue.message)) return t('zod.required');
      return t('zod.invalidType', { type: typeName(issue.expected, lang) });
    case 'too_small':
      return t('zod.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      return t('zod.tooBig', { maximum: String(issue.maximum) });
    case 'invalid_value':
      return t('zod.invalidValue', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return t('zod.unrecognizedKeys', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return t('zod.invalidFormat');
    default:
      return t('zod.invalid');
  }
}

const typeNames = ['number', 'int', 'string', 'boolean', 'object'] as const;

/** The type zod expected, as a person names it; zod's own name for the others. */
function typeName(type: string, lang: Lang): string {
  const known = typeNames.find((n) => n === type);
  return known ? inputStrings.t(lang, `type.${known}`) : type;
}

/**
 * Field → messages for a failed parse, in the caller's language. Issues about the whole input go
 * under `_`.
 */
export function fieldErrors(error: z.ZodError, lang: Lang): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_';
    (out[key] ??= []).push(describe(issue, lang));
  }
  return out;
}
