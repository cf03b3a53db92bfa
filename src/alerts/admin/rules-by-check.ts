import { asc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertRules } from '@/db/schema';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';

/** The alert rules of each check (name and link to the rule's row on the alerts screen), for the health dashboard's marks. */
export async function rulesByCheck(db: Db, lang: Lang): Promise<Record<string, { name: string; href: string }[]>> {
  const rows = await db
    .select({ id: alertRules.id, name: alertRules.name, checkId: alertRules.checkId })
    .from(alertRules)
    .orderBy(asc(alertRules.name))
    .limit(500);
  const out: Record<string, { name: string; href: string }[]> = {};
  for (const r of rows) (out[r.checkId] ??= []).push({ name: r.name, href: `${localePath(lang, '/admin/alerts/')}#rule-${r.id}` });
  return out;
}
