import type { z } from 'zod';
import type { Lang } from '../i18n/ui';
import { readInputMessage } from './lib/input-message';

type Issue = z.core.$ZodIssue;

/** A zod issue as a sentence a person reads, in their language. */
function describe(issue: Issue, lang: Lang): string {
  // A check's own bilingual message (see lib/input-message.ts) wins over the generic ones.
  const own = readInputMessage(issue.message);
  if (own) return own[lang];
  const pt = lang === 'pt-BR';
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves `input` out unless asked; its own message says "received undefined" for a missing field.
      if (('input' in issue && issue.input === undefined) || / received undefined$/.test(issue.message)) return pt ? 'Preencha este campo.' : 'Fill in this field.';
      return pt ? `Valor inválido: era esperado ${typeName(issue.expected, lang)}.` : `Invalid value: expected ${typeName(issue.expected, lang)}.`;
    case 'too_small':
      return pt ? `Valor pequeno demais (mínimo ${String(issue.minimum)}).` : `Value too small (minimum ${String(issue.minimum)}).`;
    case 'too_big':
      return pt ? `Valor grande demais (máximo ${String(issue.maximum)}).` : `Value too large (maximum ${String(issue.maximum)}).`;
    case 'invalid_value':
      return pt ? `Escolha uma das opções: ${issue.values.map(String).join(', ')}.` : `Choose one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return pt ? `Campos desconhecidos: ${issue.keys.join(', ')}.` : `Unknown fields: ${issue.keys.join(', ')}.`;
    case 'invalid_format':
      return pt ? 'Formato inválido.' : 'Invalid format.';
    default:
      return pt ? 'Valor inválido.' : 'Invalid value.';
  }
}

function typeName(t: string, lang: Lang): string {
  const names: Record<string, [string, string]> = {
    number: ['um número', 'a number'],
    int: ['um número inteiro', 'a whole number'],
    string: ['um texto', 'a text'],
    boolean: ['sim ou não', 'yes or no'],
    object: ['um objeto JSON', 'a JSON object'],
  };
  const n = names[t];
  return n ? n[lang === 'pt-BR' ? 0 : 1] : t;
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
