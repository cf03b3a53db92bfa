import { auditFields, auditText, changeValue } from '../i18n/admin-audit';
import type { Lang } from '../i18n/ui';
import type { FieldChange } from './changes';

/** One change as read: its field's label, and "before → after" (a secret: "changed"; a creation: the value). */
export function changeText(lang: Lang, c: FieldChange): { field: string; before: string | null; after: string } {
  const field = auditFields.stored(c.field)[lang];
  if (c.hidden) return { field, before: null, after: auditText.t(lang, 'secretChanged') };
  return { field, before: 'before' in c ? changeValue(lang, c.before) : null, after: changeValue(lang, c.after) };
}

/** Every change of a record on one line, for the CSV: `Nome: SAC → Caixa SAC; Senha IMAP: alterada`. */
export function changesLine(lang: Lang, changes: readonly FieldChange[]): string {
  return changes
    .map((c) => changeText(lang, c))
    .map((c) => `${c.field}: ${c.before === null ? c.after : `${c.before} → ${c.after}`}`)
    .join('; ');
}
