import { escalationStrings } from '@/i18n/escalations';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { StatusPill } from '../checks/CheckResultView';

export type { RunChoice } from '@/escalations/own-runs';
import type { RunChoice } from '@/escalations/own-runs';

interface State {
  section: string;
  query: string;
  symptom: string;
  told: string;
  attendance: string;
  target: string;
  mine: RunChoice[];
  kept: Set<number>;
  busy: boolean;
  error: string | null;
  fields: Record<string, string[]>;
}

interface Setters {
  setSection: (v: string) => void;
  setQuery: (v: string) => void;
  setSymptom: (v: string) => void;
  setTold: (v: string) => void;
  setAttendance: (v: string) => void;
  setTarget: (v: string) => void;
  toggle: (runId: number) => void;
  close: () => void;
}

interface Props {
  lang: Lang;
  sections: { anchor: string; text: string }[];
  targets: string[];
  timeZone: string;
  state: State;
  set: Setters;
  onSubmit: (e: Event) => void;
}

/** The escalation form's fields: symptom, query, section, this tab's runs (each can be left out), what was told, attendance, target. */
export function EscalateFields({ lang, sections, targets, timeZone, state, set, onSubmit }: Props) {
  const t = escalationStrings.in(lang);
  const { section, query, symptom, told, attendance, target, mine, kept, busy, error, fields } = state;
  const { setSection, setQuery, setSymptom, setTold, setAttendance, setTarget, toggle } = set;
  const errs = (name: string) => fields[name]?.map((m) => <small class="omni-field-error">{m}</small>);
  return (
    <form onSubmit={onSubmit} class="omni-escalate-form" aria-label={t('formTitle')}>
      <h3>{t('formTitle')}</h3>
      <p class="omni-escalate-intro">{t('formIntro')}</p>
      <label class="omni-field">
        <span>{t('symptom')}</span>
        <input name="symptom" required maxLength={500} value={symptom} onInput={(e) => setSymptom(e.currentTarget.value)} />
        {errs('symptom')}
      </label>
      <label class="omni-field">
        <span>{t('query')}</span>
        <input name="query" maxLength={200} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        {errs('query')}
      </label>
      <label class="omni-field">
        <span>{t('section')}</span>
        <select name="section" value={section} onChange={(e) => setSection(e.currentTarget.value)}>
          <option value="">{t('wholeArticle')}</option>
          {sections.map((s) => (
            <option value={s.anchor}>{s.text}</option>
          ))}
        </select>
        {errs('section')}
      </label>
      <fieldset class="omni-escalate-runs">
        <legend>{t('runsLegend')}</legend>
        {mine.length === 0 && <p class="omni-escalate-intro">{t('noRuns')}</p>}
        {mine.map((r) => (
          <label class="omni-escalate-run" data-run={r.runId}>
            <input type="checkbox" checked={kept.has(r.runId)} onChange={() => toggle(r.runId)} /> {t('keepRun')}: <strong>{r.title}</strong>{' '}
            <StatusPill status={r.status} lang={lang} /> {r.summary}{' '}
            <small>
              <time dateTime={r.at}>{formatMoment(r.at, lang, timeZone, 'time')}</time>
            </small>
          </label>
        ))}
        {errs('runIds')}
      </fieldset>
      <label class="omni-field">
        <span>{t('toldCustomer')}</span>
        <textarea name="toldCustomer" rows={3} maxLength={1000} value={told} onInput={(e) => setTold(e.currentTarget.value)} />
        {errs('toldCustomer')}
      </label>
      <label class="omni-field">
        <span>{t('attendanceId')}</span>
        <input name="attendanceId" inputMode="numeric" pattern="[0-9]*" value={attendance} onInput={(e) => setAttendance(e.currentTarget.value)} />
        {errs('attendanceId')}
      </label>
      {targets.length > 0 && (
        <label class="omni-field">
          <span>{t('target')}</span>
          <select name="target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            {targets.map((id) => (
              <option value={id}>{t(`target.${id}` as 'target.omni-support')}</option>
            ))}
          </select>
          {errs('target')}
        </label>
      )}
      {error && (
        <p class="omni-run-error" role="alert">
          {error}
        </p>
      )}
      <p class="omni-escalate-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('submitting') : t('submit')}
        </button>{' '}
        <button type="button" class="omni-secondary" onClick={set.close}>
          {t('cancelForm')}
        </button>
      </p>
    </form>
  );
}
