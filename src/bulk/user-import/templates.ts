import type { Db } from '@/db/client';
import { profiles, services } from '@/db/schema';
import type { SessionUser } from '@/auth/session';
import { grantPolicy } from '@/auth/grant-policy';
import type { Lang } from '@/i18n/ui';
import { delimiterFor, toCsv } from '@/lib/csv-writer';
import { fieldHeader, importFields } from './columns';
import { csvFileStrings } from '@/i18n/csv-files';
import { profileLabel } from '@/i18n/profiles';

/**
 * The import template in `lang`: the header row in that language's spelling and delimiter, then
 * one example row naming the service and profile by name (`example`; blank when not given). Its
 * e-mail is at example.invalid, which the import refuses, so the example is never imported by
 * accident: the person replaces it or deletes it.
 */
export function importTemplate(lang: Lang, example: { service: string; profile: string } = { service: '', profile: '' }): string {
  const t = csvFileStrings.in(lang);
  const values: Record<(typeof importFields)[number], string> = {
    name: t('example.name'),
    email: t('example.email'),
    phone: '11987654321',
    password: t('example.password'),
    service: example.service,
    profile: example.profile,
    maxAttend: '2',
  };
  return toCsv(
    importFields.map((f) => fieldHeader(f, lang)),
    [importFields.map((f) => values[f])],
    delimiterFor(lang),
  );
}

/** The example row's service and profile: the first service and the default profile the actor may give, by name. */
export async function templateExample(db: Db, actor: Pick<SessionUser, 'id' | 'permissions'>, lang: Lang): Promise<{ service: string; profile: string }> {
  const policy = await grantPolicy(db, actor);
  const svc = (await db.select().from(services).orderBy(services.id)).find((s) => policy.mayGiveService(s.id));
  const prof = (await db.select().from(profiles).orderBy(profiles.id)).filter((p) => policy.mayGiveProfile(p.id));
  const p = prof.find((x) => x.isDefault) ?? prof[0];
  return { service: svc?.name ?? '', profile: p ? profileLabel(lang, p.name) : '' };
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
