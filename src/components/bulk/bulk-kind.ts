import { bulkActionIds } from '@/lib/bulk-action-ids';
import { historyText } from '@/i18n/bulk-history';
import type { Lang } from '@/i18n/ui';

/** A bulk request's kind as people read it (the stored id when it is not one of the known kinds). */
export function bulkKindName(kind: string, lang: Lang): string {
  return (bulkActionIds as readonly string[]).includes(kind) ? historyText.in(lang)(`kind.${kind as (typeof bulkActionIds)[number]}`) : kind;
}
