import type { actions } from 'astro:actions';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';
import { importUiStrings } from '@/i18n/user-import';

/** The users an import created and the license pool, as the action answers them. */
export type CreatedUsers = Awaited<ReturnType<typeof actions.bulk.import.created.orThrow>>;

/** The import summary's details: the licenses now, and the users created with their profile and service. */
export default function ImportCreated({ lang, created }: { lang: Lang; created: CreatedUsers }) {
  const t = importUiStrings.in(lang);
  const n = (v: number) => v.toLocaleString(lang);
  return (
    <>
      <p class="bulk-seats" data-used={created.seats.used} data-contracted={created.seats.contracted} data-free={created.seats.free}>
        {t('seatsAfter', { used: n(created.seats.used), contracted: n(created.seats.contracted), free: n(created.seats.free) })}
      </p>
      {created.users.length > 0 && (
        <table class="bulk-created omni-cards">
          <caption>{t('created')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('profile')}</th>
              <th scope="col">{t('service')}</th>
            </tr>
          </thead>
          <tbody>
            {created.users.map((u) => (
              <tr key={u.id}>
                <td data-label={t('name')}>{u.name}</td>
                <td class="bulk-wide" data-label={t('email')}>
                  {u.email}
                </td>
                <td data-label={t('profile')}>{u.profile}</td>
                <td data-label={t('service')}>{u.serviceId ? <a href={localePath(lang, `/bulk/migrate/?service=${u.serviceId}`)}>{u.service}</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {created.total > created.users.length && <p class="omni-muted">{t('moreCreated', { shown: created.users.length, total: created.total })}</p>}
    </>
  );
}

/** Where to look next after an import: the users of each service that received some, and the license count. */
export function importLinks(lang: Lang, created: CreatedUsers | null): { href: string; label: string }[] {
  const t = importUiStrings.in(lang);
  const services = created ? [...new Map(created.users.filter((u) => u.serviceId).map((u) => [u.serviceId!, u.service!])).entries()] : [];
  return [
    ...services.map(([id, name]) => ({ href: localePath(lang, `/bulk/migrate/?service=${id}`), label: t('checkUsers', { service: name }) })),
    { href: localePath(lang, t('licensesAnchor')), label: t('checkLicenses') },
  ];
}
