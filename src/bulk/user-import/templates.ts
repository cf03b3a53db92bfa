import type { Db } from '@/db/client';
import { profiles, services } from '@/db/schema';
import type { SessionUser } from '@/auth/session';
import { grantPolicy } from '@/auth/grant-policy';
import type { Lang } from '@/i18n/ui';
import { delimiterFor, toCsv } from '@/lib/csv-writer';
import { fieldHeader, importFields } from './columns';
import { csvFileStrings } from '@/i18n/csv-files';
import { profileLabel } from '@/i18n/profiles';

/** The import template in `lang`: the header row only, in that language's spelling and delimiter. */
export function importTemplate(lang: Lang): string {
  return toCsv(
    importFields.map((f) => fieldHeader(f, lang)),
    [],
    delimiterFor(lang),
  );
}

/** Profile and service ids as CSV: only those the actor may give (grant policy). */
export async function importIdsCsv(db: Db, actor: Pick<SessionUser, 'id' | 'permissions'>, lang: Lang): Promise<string> {
  const policy = await grantPolicy(db, actor);
  const prof = (await db.select().from(profiles).orderBy(profiles.id)).filter((p) => policy.mayGiveProfile(p.id));
  const svc = (await db.select().from(services).orderBy(services.id)).filter((s) => policy.mayGiveService(s.id));
  const t = csvFileStrings.in(lang);
  const yn = (b: boolean) => t(b ? 'ids.yes' : 'ids.no');
  return toCsv(
    [t('ids.kind'), t('ids.id'), t('ids.name'), t('ids.default')],
    [
      ...prof.map((p) => [t('ids.profile'), p.id, profileLabel(lang, p.name), yn(p.isDefault)]),
      ...svc.map((s) => [t('ids.service'), s.id, s.name, yn(s.isDefault)]),
    ],
    delimiterFor(lang),
  );
}
