import { auditFields, auditText, changeValue } from '../i18n/admin-audit';
import { profileLabel } from '../i18n/profiles';
import type { Lang } from '../i18n/ui';
import type { FieldChange } from './changes';

/** One change as read: its field's label, and "before → after" (a secret: "changed"; a creation: the value). */
export function changeText(lang: Lang, c: FieldChange): { field: string; before: string | null; after: string } {
  const field = auditFields.stored(c.field)[lang];
  if (c.hidden) return { field, before: null, after: auditText.t(lang, 'secretChanged') };
  // Built-in profiles are stored under their product names and read translated.
  const value = (v: FieldChange['before']) => changeValue(lang, c.field === 'profile' && typeof v === 'string' ? profileLabel(lang, v) : v);
  return { field, before: 'before' in c ? value(c.before) : null, after: value(c.after) };
}

/** Every change of a record on one line, for the CSV: `Nome: SAC → Caixa SAC; Senha IMAP: alterada`. */
export function changesLine(lang: Lang, changes: readonly FieldChange[]): string {
  return changes
    .map((c) => changeText(lang, c))
    .map((c) => `${c.field}: ${c.before === null ? c.after : `${c.before} → ${c.after}`}`)
    .join('; ');
}
