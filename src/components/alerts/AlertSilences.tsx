import { actions } from 'astro:actions';
import { DateTime } from 'luxon';
import { useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import { formatMoment, zoneOffset } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { InputField, SelectField } from './FormFields';
import type { RulesData, Silence } from './types';

interface Props {
  lang: Lang;
  silences: Silence[];
  rules: RulesData['rules'];
  timeZone: string;
  reload: () => Promise<void>;
  say: (notice: string | null, error?: string | null) => void;
}

/** A `datetime-local` value read in the organization's zone, as an ISO instant with its offset ('' stays empty). */
const inZone = (local: string, timeZone: string) => (local ? (DateTime.fromISO(local, { zone: timeZone }).toISO() ?? local) : undefined);

/** Plans a window: rule (or every rule), start and end typed in the organization's zone, comment. */
function SilenceForm({ lang, rules, timeZone, reload, say }: Omit<Props, 'silences'>) {
  const t = alertText.in(lang);
  const zone = `${timeZone}, ${zoneOffset(DateTime.now().setZone(timeZone))}`;
  const [ruleId, setRuleId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function plan(e: Event) {
    e.preventDefault();
    setBusy(true);
    const r = await callAction(
      actions.alerts.silences.create,
      { ruleId: ruleId ? Number(ruleId) : null, startsAt: inZone(startsAt, timeZone), endsAt: inZone(endsAt, timeZone), comment },
      lang,
    );
    setBusy(false);
    if (!r.ok) return (setErrors(r.fields), setError(Object.keys(r.fields).length ? t('form.fix') : r.error));
    setErrors({});
    setError(null);
    setStartsAt('');
    setEndsAt('');
    setComment('');
    say(t('sil.saved'));
    await reload();
  }
  return (
    <form class="omni-form" onSubmit={plan} data-silence-form noValidate>
      <h3>{t('sil.new')}</h3>
      <p class="omni-muted">{t('zone', { zone })}</p>
      <div class="omni-grid">
        <SelectField
          label={t('sil.rule')}
          name="ruleId"
          value={ruleId}
          onValue={setRuleId}
          errors={errors}
          options={[['', t('sil.everyRule')], ...rules.map((r) => [String(r.id), r.name] as const)]}
        />
        <InputField label={t('sil.starts', { zone: timeZone })} name="startsAt" type="datetime-local" value={startsAt} onValue={setStartsAt} errors={errors} />
        <InputField label={t('sil.ends', { zone: timeZone })} name="endsAt" type="datetime-local" value={endsAt} onValue={setEndsAt} errors={errors} />
        <InputField label={t('sil.comment')} name="comment" value={comment} onValue={setComment} errors={errors} />
      </div>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <p class="omni-actions">
        <button type="submit" disabled={busy}>
          {t('sil.save')}
        </button>
      </p>
    </form>
  );
}

/**
 * Silences in force and planned windows, in the organization's zone with its offset, each with its
 * author and comment; "End" ends one now. The form plans a window (start and end typed in the
 * organization's zone, whatever the browser's).
 */
export default function AlertSilences({ lang, silences, rules, timeZone, reload, say }: Props) {
  const t = alertText.in(lang);
  async function end(s: Silence) {
    const r = await callAction(actions.alerts.silences.end, { id: s.id }, lang);
    if (!r.ok) return say(null, r.error);
    say(t('sil.ended'));
    await reload();
  }
  const moment = (at: string) => <time dateTime={at}>{formatMoment(at, lang, timeZone, 'zoned')}</time>;

  return (
    <section aria-labelledby="alert-silences" data-alert-silences>
      <h2 id="alert-silences">{t('tab.silences')}</h2>
      {silences.length === 0 && <p>{t('sil.empty')}</p>}
      {silences.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['sil.rule', 'sil.record'] as const).map((k) => (
                <th>{t(k)}</th>
              ))}
              <th>{t('sil.starts', { zone: timeZone })}</th>
              <th>{t('sil.ends', { zone: timeZone })}</th>
              {(['sil.comment', 'col.actions'] as const).map((k) => (
                <th>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {silences.map((s) => (
              <tr data-silence={s.id} data-active={String(s.active)}>
                <td data-label={t('sil.rule')} class="omni-break">
                  {s.ruleName ?? t('sil.everyRule')}
                </td>
                <td data-label={t('sil.record')} class="omni-break">
                  {s.recordLabel ?? t('sil.allRecords')}
                </td>
                <td data-label={t('sil.starts', { zone: timeZone })}>{moment(String(s.startsAt))}</td>
                <td data-label={t('sil.ends', { zone: timeZone })}>{s.endsAt ? moment(String(s.endsAt)) : t('sil.untilGreen')}</td>
                <td data-label={t('sil.comment')} class="omni-break">
                  {s.comment}
                  {s.author && (
                    <>
                      <br />
                      <small class="omni-muted">{t('tl.by', { name: s.author })}</small>
                    </>
                  )}
                </td>
                <td data-label={t('col.actions')}>
                  <button type="button" class="omni-secondary" data-action="end-silence" onClick={() => end(s)}>
                    {t('sil.end')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SilenceForm lang={lang} rules={rules} timeZone={timeZone} reload={reload} say={say} />
    </section>
  );
}
