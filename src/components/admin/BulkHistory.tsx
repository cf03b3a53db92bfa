import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { bulkActionIds } from '@/lib/bulk-action-ids';
import type { BulkRequestState } from '@/db/schema/bulk';
import { bulkStrings } from '@/i18n/bulk';
import { historyText } from '@/i18n/bulk-history';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import BulkHistoryTable, { type BulkHistoryRow } from '../bulk/BulkHistoryTable';
import './admin.css';

type Filters = { service: string; kind: string; state: string; from: string; to: string };
/** The states a request goes through (the schema's list; kept here so the island ships no database code). */
const bulkRequestStates = ['waiting', 'running', 'done', 'failed', 'cancelled'] as const satisfies readonly BulkRequestState[];
const none: Filters = { service: '', kind: '', state: '', from: '', to: '' };
/** The filters that were filled, as the history action takes them. */
const inputOf = (f: Filters, cursor: string | null) => ({
  ...(f.service ? { serviceId: Number(f.service) } : {}),
  ...(f.kind ? { kind: f.kind as (typeof bulkActionIds)[number] } : {}),
  ...(f.state ? { state: f.state as BulkRequestState } : {}),
  ...(f.from ? { from: f.from } : {}),
  ...(f.to ? { to: f.to } : {}),
  ...(cursor ? { cursor } : {}),
});

/** The bulk history: every request in the caller's scope, filters by kind, state and days, keyset pages. */
export default function BulkHistory({ lang }: { lang: Lang }) {
  const t = historyText.in(lang);
  const b = bulkStrings.in(lang);
  const [draft, setDraft] = useState<Filters>(none);
  const [applied, setApplied] = useState<Filters>(none);
  const [rows, setRows] = useState<BulkHistoryRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [services, setServices] = useState<{ id: number; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});

  async function load(f: Filters, cursor: string | null) {
    const r = await callAction(actions.bulk.requests.history, inputOf(f, cursor), lang);
    if (!r.ok) return (setError(r.error), setFields(r.fields));
    setError(null);
    setFields({});
    setTimeZone(r.data.timeZone);
    setServices(r.data.services);
    setRows((prev) => (cursor ? [...(prev ?? []), ...r.data.requests] : r.data.requests));
    setNext(r.data.next);
  }
  useEffect(() => void load(none, null), []);

  const set = (k: keyof Filters, v: string) => setDraft((p) => ({ ...p, [k]: v }));
  const err = (k: string) => fields[k]?.map((m) => <small class="omni-field-error">{m}</small>);
  return (
    <div class="omni-admin" data-bulk-history>
      <form class="omni-filters" onSubmit={(e) => (e.preventDefault(), setApplied(draft), void load(draft, null))}>
        <label class="omni-field">
          {t('service')}
          <select name="service" value={draft.service} onChange={(e) => set('service', e.currentTarget.value)}>
            <option value="">{t('any')}</option>
            {services.map((s) => (
              <option value={String(s.id)}>{s.name}</option>
            ))}
          </select>
        </label>
        <label class="omni-field">
          {t('kind')}
          <select name="kind" value={draft.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
            <option value="">{t('any')}</option>
            {bulkActionIds.map((k) => (
              <option value={k}>{t(`kind.${k}`)}</option>
            ))}
          </select>
        </label>
        <label class="omni-field">
          {t('state')}
          <select name="state" value={draft.state} onChange={(e) => set('state', e.currentTarget.value)}>
            <option value="">{t('any')}</option>
            {bulkRequestStates.map((s) => (
              <option value={s}>{b(`request.${s}`)}</option>
            ))}
          </select>
        </label>
        <label class="omni-field">
          {t('from')}
          <input type="date" name="from" value={draft.from} onInput={(e) => set('from', e.currentTarget.value)} />
          {err('from')}
        </label>
        <label class="omni-field">
          {t('to')}
          <input type="date" name="to" value={draft.to} onInput={(e) => set('to', e.currentTarget.value)} />
          {err('to')}
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <p class="omni-muted">{t('tz', { tz: timeZone })}</p>
      {rows && rows.length === 0 && <p>{t('empty')}</p>}
      {rows && rows.length > 0 && <BulkHistoryTable lang={lang} rows={rows} timeZone={timeZone} />}
      {next && (
        <p>
          <button type="button" class="omni-secondary" onClick={() => load(applied, next)} data-more>
            {t('more')}
          </button>
        </p>
      )}
    </div>
  );
}
