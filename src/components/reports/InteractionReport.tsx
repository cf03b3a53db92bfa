import { downloadHref } from '../lib/stream';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { reportStrings } from '@/i18n/interaction-report';
import type { Lang } from '@/i18n/ui';
import { fieldErrors } from '../bulk/hooks/field-errors';
import HistoryTable from './HistoryTable';
import { filled, useInteractionHistory, type Field, type Filter } from './use-interaction-history';

interface Option {
  id: number | string;
  name: string;
}

/** The report's filter form: each filter with its own message, Search and the CSV export of the same search. */
function ReportFilters(props: {
  lang: Lang;
  f: Filter;
  set: (k: Field) => (e: Event) => void;
  services: Option[];
  tabulations: Option[];
  fields: Record<string, string[]>;
  busy: boolean;
  formRef: RefObject<HTMLFormElement>;
  onSearch: () => void;
}) {
  const { lang, f, set, services, tabulations, fields, busy, formRef, onSearch } = props;
  const t = reportStrings.in(lang);
  const { message: fieldError, invalid } = fieldErrors<Field>('omni-report', fields);
  // A download link may be copied and opened elsewhere (no referring page), so it names its language.
  const csvHref = downloadHref({ report: filled(f) }, lang);
  const box = (k: Field, control: ComponentChildren) => (
    <div class="omni-field-box">
      <label class="omni-field">{control}</label>
      {fieldError(k)}
    </div>
  );
  return (
    <form
      ref={formRef}
      class="omni-report-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch();
      }}
    >
      {box(
        'protocol',
        <>
          {t('protocol')}
          <input name="protocol" maxLength={40} value={f.protocol} onInput={set('protocol')} {...invalid('protocol')} />
        </>,
      )}
      {box(
        'serviceId',
        <>
          {t('service')}
          <select name="serviceId" value={f.serviceId} onChange={set('serviceId')} {...invalid('serviceId')}>
            <option value="">{t('anyService')}</option>
            {services.map((s) => (
              <option value={s.id}>{s.name}</option>
            ))}
          </select>
        </>,
      )}
      {box(
        'from',
        <>
          {t('from')}
          <input name="from" type="date" min="2000-01-01" max="2099-12-31" value={f.from} onInput={set('from')} {...invalid('from')} />
        </>,
      )}
      {box(
        'to',
        <>
          {t('to')}
          <input name="to" type="date" min="2000-01-01" max="2099-12-31" value={f.to} onInput={set('to')} {...invalid('to')} />
        </>,
      )}
      {box(
        'tabulation',
        <>
          {t('tabulation')}
          <select name="tabulation" value={f.tabulation} onChange={set('tabulation')} {...invalid('tabulation')}>
            <option value="">{t('anyTabulation')}</option>
            {tabulations.map((x) => (
              <option value={x.id}>{x.name}</option>
            ))}
          </select>
        </>,
      )}
      <div class="omni-actions">
        <button type="submit" disabled={busy}>
          {t('search')}
        </button>
        <a class="omni-button omni-secondary" href={csvHref} download>
          {t('exportCsv')}
        </a>
      </div>
    </form>
  );
}

/**
 * The interaction history report: filters (a bad one gets its message beside it and clears the
 * table), a keyset-paged table in the organization's time zone, CSV export of the same search.
 */
export default function InteractionReport({
  lang,
  services,
  tabulations,
  initial,
}: {
  lang: Lang;
  services: Option[];
  tabulations: Option[];
  initial: Partial<Filter>;
}) {
  const t = reportStrings.in(lang);
  const [f, setF] = useState<Filter>({ protocol: '', serviceId: '', from: '', to: '', tabulation: '', request: '', ...initial });
  const form = useRef<HTMLFormElement>(null);
  const { rows, next, paged, busy, error, fields, timeZone, load } = useInteractionHistory(lang, f, (first) =>
    form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus(),
  );
  const set = (k: Field) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement).value });
  const dropRequest = () => {
    const nf = { ...f, request: '' };
    setF(nf);
    void load(nf);
  };

  return (
    <div class="omni-tool omni-report">
      <ReportFilters
        lang={lang}
        f={f}
        set={set}
        services={services}
        tabulations={tabulations}
        fields={fields}
        busy={busy}
        formRef={form}
        onSearch={() => void load(f)}
      />
      {f.request && (
        <p class="omni-notice omni-actions">
          <span>{t('byRequest')}</span>
          <button type="button" class="omni-secondary" onClick={dropRequest}>
            {t('allRequests')}
          </button>
        </p>
      )}
      {fields.request && <p class="omni-error">{fields.request.join(' ')}</p>}
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite" class="omni-report-results">
        {busy && <p class="omni-muted">{t('loading')}</p>}
        {rows && rows.length === 0 && <p>{t('none')}</p>}
        {rows && rows.length > 0 && <p class="omni-muted">{t('shown', { n: rows.length, tz: timeZone })}</p>}
      </div>
      {rows && rows.length > 0 && <HistoryTable lang={lang} rows={rows} timeZone={timeZone} />}
      {rows && (paged || next) && (
        <div class="omni-actions">
          <button type="button" class="omni-secondary" disabled={!paged} onClick={() => load(f)}>
            {t('first')}
          </button>
          <button type="button" class="omni-secondary" disabled={!next} onClick={() => load(f, next!)}>
            {t('next')}
          </button>
        </div>
      )}
    </div>
  );
}
