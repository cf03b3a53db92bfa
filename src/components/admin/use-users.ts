import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';

export type UsersFilters = { q: string; serviceId: string; profileId: string; groupId: string; status: string; idle: string };
export const noUsersFilters: UsersFilters = { q: '', serviceId: '', profileId: '', groupId: '', status: '', idle: '' };

export type UsersPage = Awaited<ReturnType<typeof actions.users.list.orThrow>>;
export type UserEntry = UsersPage['users'][number];
export type UsersFacets = Awaited<ReturnType<typeof actions.users.facets.orThrow>>;

const id = (v: string) => (/^\d{1,10}$/.test(v) ? Number(v) : undefined);

/** The filters that are set, as the list operation reads them. */
function query(f: UsersFilters, page: number) {
  return {
    q: f.q,
    serviceId: id(f.serviceId),
    profileId: id(f.profileId),
    groupId: id(f.groupId),
    status: (['active', 'inactive'].includes(f.status) ? f.status : 'any') as 'any' | 'active' | 'inactive',
    idle: f.idle === '1',
    page,
  };
}

/** The users the applied filters select, one page at a time; applying filters puts them in the address. */
export function useUsers(lang: Lang, initial: Partial<UsersFilters>) {
  const [applied, setApplied] = useState<UsersFilters>({ ...noUsersFilters, ...initial });
  const [data, setData] = useState<UsersPage | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [facets, setFacets] = useState<UsersFacets>({ services: [], profiles: [], groups: [] });

  async function load(f: UsersFilters, page: number) {
    setBusy(true);
    const r = await callAction(actions.users.list, query(f, page), lang);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setData(r.data);
  }
  useEffect(() => {
    void load(applied, 1);
    void callAction(actions.users.facets, {}, lang).then((r) => r.ok && setFacets(r.data));
  }, []);

  const apply = (f: UsersFilters) => {
    setApplied(f);
    const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v)).toString();
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
    void load(f, 1);
  };
  return { applied, data, busy, error, facets, apply, goTo: (page: number) => load(applied, page), reload: () => load(applied, data?.page ?? 1) };
}
