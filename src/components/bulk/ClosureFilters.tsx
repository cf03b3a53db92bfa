import { useState } from 'preact/hooks';
import { bulkStrings } from '@/i18n/bulk';
import { closureStrings } from '@/i18n/queue-closure';
import type { Lang } from '@/i18n/ui';
import { fieldErrors } from './hooks/field-errors';
import { noFilter, type ClosureFilter, type ClosureRow } from './use-closure-requests';

/** The states a request can be in (the schema's list; not imported, to keep the database code out of the island). */
const STATES: ClosureRow['state'][] = ['waiting', 'running', 'done', 'failed', 'cancelled'];

interface Props {
  lang: Lang;
  services: { id: number; name: string }[];
  /** Per-field refusals of the last load. */
  fields: Record<string, string[]>;
  /** A filter is applied (offer to clear it). */
  filtered: boolean;
  apply: (f: ClosureFilter) => void;
}

/** The monitor's filters: service, state, and the days requested (each with its own refusal beside it). */
export default function ClosureFilters({ lang, services, fields, filtered, apply }: Props) {
  const t = closureStrings.in(lang);
  const b = bulkStrings.in(lang);
  const [f, setF] = useState<ClosureFilter>(noFilter);
  const set = (k: keyof ClosureFilter) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  const { message: fieldError, invalid } = fieldErrors<keyof ClosureFilter>('omni-monitor', fields);
  const run = (filter: ClosureFilter) => {
    setF(filter);
    apply(filter);
  };
  return (
    <form
      class="omni-monitor-filters"
      onSubmit={(e) => {
        e.preventDefault();
        run(f);
      }}
    >
      <div class="omni-field-box">
        <label class="omni-field">
          {t('service')}
          <select name="serviceId" value={f.serviceId} onChange={set('serviceId')} {...invalid('serviceId')}>
            <option value="">{t('allServices')}</option>
            {services.map((s) => (
              <option value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
        {fieldError('serviceId')}
      </div>
      <div class="omni-field-box">
        <label class="omni-field">
          {t('state')}
          <select name="state" value={f.state} onChange={set('state')} {...invalid('state')}>
            <option value="">{t('allStates')}</option>
            {STATES.map((s) => (
              <option value={s}>{b(`request.${s}`)}</option>
            ))}
          </select>
        </label>
        {fieldError('state')}
      </div>
      <div class="omni-field-box">
        <label class="omni-field">
          {t('from')}
          <input type="date" name="from" min="2000-01-01" max="2099-12-31" value={f.from} onInput={set('from')} {...invalid('from')} />
        </label>
        {fieldError('from')}
      </div>
      <div class="omni-field-box">
        <label class="omni-field">
          {t('to')}
          <input type="date" name="to" min="2000-01-01" max="2099-12-31" value={f.to} onInput={set('to')} {...invalid('to')} />
        </label>
        {fieldError('to')}
      </div>
      <div class="omni-actions">
        <button type="submit">{t('filter')}</button>
        {filtered && (
          <button type="button" class="omni-secondary" onClick={() => run(noFilter)}>
            {t('clearFilters')}
          </button>
        )}
      </div>
    </form>
  );
}
