import type { Db } from '../../db/client';
import { profiles, services } from '../../db/schema';
import type { SessionUser } from '../../auth/session';
import { grantPolicy } from '../../auth/grant-policy';
import type { Lang } from '../../i18n/ui';
import { delimiterFor, toCsv } from '../../lib/csv-writer';
import { fieldHeaders, importFields } from './columns';
import { profileLabel } from '../../i18n/profiles';

/** The import template in `lang`: the header row only, in that language's spelling and delimiter. */
export function importTemplate(lang: Lang): string {
  return toCsv(importFields.map((f) => fieldHeaders[f][lang]), [], delimiterFor(lang));
}

const idHeaders = {
  'pt-BR': ['tipo', 'id', 'nome', 'padrão'],
  en: ['type', 'id', 'name', 'default'],
};
const kindLabel = { 'pt-BR': { profile: 'perfil', service: 'serviço' }, en: { profile: 'profile', service: 'service' } };
const yesNo = { 'pt-BR': ['sim', 'não'], en: ['yes', 'no'] };

/** Profile and service ids as CSV: only those the actor may give (grant policy). */
export async function importIdsCsv(db: Db, actor: Pick<SessionUser, 'id' | 'permissions'>, lang: Lang): Promise<string> {
  const policy = await grantPolicy(db, actor);
  const prof = (await db.select().from(profiles).orderBy(profiles.id)).filter((p) => policy.mayGiveProfile(p.id));
  const svc = (await db.select().from(services).orderBy(services.id)).filter((s) => policy.mayGiveService(s.id));
  const yn = (b: boolean) => yesNo[lang][b ? 0 : 1];
  return toCsv(
    idHeaders[lang],
    [...prof.map((p) => [kindLabel[lang].profile, p.id, profileLabel(lang, p.name), yn(p.isDefault)]), ...svc.map((s) => [kindLabel[lang].service, s.id, s.name, yn(s.isDefault)])],
    delimiterFor(lang),
  );
}
