import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { reportStrings } from '@/i18n/interaction-report';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';

/** The report's filters as the form holds them (empty: any). */
export interface Filter {
  protocol: string;
  serviceId: string;
  from: string;
  to: string;
  tabulation: string;
  request: string;
}
export type Field = keyof Filter;
export const FIELDS: Field[] = ['protocol', 'serviceId', 'from', 'to', 'tabulation', 'request'];

/** One event of the report as the table shows it. */
export type HistoryEntry = Awaited<ReturnType<typeof actions.reports.interactionHistory.orThrow>>['rows'][number];

/** The filters that are set (empty ones mean "any" and are left out). */
export const filled = (f: Filter): Partial<Filter> => Object.fromEntries(Object.entries(f).filter(([, v]) => v));

/**
 * The report's pages (`actions.reports.interactionHistory`): `load(filter, cursor?)` reads the first
 * page, or the one after `cursor`. A refused search empties the table and gives each field its
 * message (`onInvalid` gets the first such field, to focus it).
 */
export function useInteractionHistory(lang: Lang, initial: Filter, onInvalid: (first: Field) => void) {
  const [rows, setRows] = useState<HistoryEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [paged, setPaged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Partial<Record<Field, string[]>>>({});
  const [timeZone, setTimeZone] = useState('UTC');

  const load = async (filter: Filter, cursor?: string) => {
    setBusy(true);
    const r = await callAction(actions.reports.interactionHistory, { ...filled(filter), cursor }, lang);
    setBusy(false);
    if (!r.ok) {
      // No stale rows under a refused search: the table empties and each field says what is wrong.
      const known = Object.fromEntries(Object.entries(r.fields).filter(([k]) => FIELDS.includes(k as Field))) as Partial<Record<Field, string[]>>;
      setFields(known);
      setError(Object.keys(known).length ? reportStrings.in(lang)('fixFields') : r.error);
      setRows(null);
      setNext(null);
      setPaged(false);
      const first = FIELDS.find((k) => known[k]);
      if (first) onInvalid(first);
      return;
    }
    setFields({});
    setError(null);
    setTimeZone(r.data.timeZone);
    setRows(r.data.rows);
    setNext(r.data.next);
    setPaged(Boolean(cursor));
  };
  useEffect(() => void load(initial), []);

  return { rows, next, paged, busy, error, fields, timeZone, load };
}
