import { and, desc, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { escalations } from '../db/schema';
import { localePath } from '../i18n/locale-path';
import type { Lang } from '../i18n/ui';
import { articleFacts } from './articles';

/** Per article: escalations resolved as a gap in it or an error of it, for the search insights page. */
export interface KbOutcomeRow {
  article: string;
  title: string;
  href: string;
  gaps: number;
  wrong: number;
  latest: string;
}

/**
 * The articles that escalations resolved as `gap` or `wrong` in the last `days` days, most such
 * escalations first (titles and links in `lang`). Articles hold no service data: the counts say
 * nothing about whose case it was.
 */
export async function kbOutcomes(db: Db, lang: Lang, days = 90, limit = 100): Promise<KbOutcomeRow[]> {
  const since = new Date(Date.now() - days * 86_400_000);
  const rows = await db
    .select({
      article: escalations.article,
      gaps: sql<number>`count(*) filter (where ${escalations.kbOutcome} = 'gap')::int`,
      wrong: sql<number>`count(*) filter (where ${escalations.kbOutcome} = 'wrong')::int`,
      latest: sql<Date>`max(${escalations.resolvedAt})`,
    })
    .from(escalations)
    .where(and(inArray(escalations.kbOutcome, ['gap', 'wrong']), gte(escalations.resolvedAt, since)))
    .groupBy(escalations.article)
    .orderBy(desc(sql`count(*)`), escalations.article)
    .limit(limit);
  return Promise.all(
    rows.map(async (r) => {
      const facts = await articleFacts(r.article);
      return {
        article: r.article,
        title: facts?.title[lang] ?? r.article,
        href: localePath(lang, `/${r.article}/`),
        gaps: Number(r.gaps),
        wrong: Number(r.wrong),
        latest: new Date(r.latest).toISOString(),
      };
    }),
  );
}
