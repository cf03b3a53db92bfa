import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import type { EscalationView, ShownRun, TimelineEntry } from '@/escalations/read';
import { escalationStrings } from '@/i18n/escalations';
import { checkStrings } from '@/i18n/checks';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { CheckResultView } from '../checks/CheckResultView';
import { callAction } from '../lib/call-action';
import { StatusActions, type Act } from './StatusActions';
import './escalations.css';

interface Props {
  view: EscalationView;
  lang: Lang;
  timeZone: string;
}

type Outcome = 'covered' | 'gap' | 'wrong';

/** The run's input as its form names the fields, in `lang` (values as stored, secrets redacted). */
function inputText(run: ShownRun, lang: Lang): string {
  // In the order of the check's form (the stored JSON keeps its own key order).
  const order = Object.keys(run.inputLabels);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const entries = Object.entries(run.input).sort(([a], [b]) => rank(a) - rank(b));
  if (!entries.length) return escalationStrings.t(lang, 'noInput');
  return entries.map(([k, v]) => `${run.inputLabels[k]?.[lang] ?? k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' · ');
}

function RunCard({
  run,
  rerun,
  lang,
  timeZone,
  onRerun,
  busy,
}: {
  run: ShownRun;
  rerun?: ShownRun;
  lang: Lang;
  timeZone: string;
  onRerun: () => void;
  busy: boolean;
}) {
  const t = escalationStrings.in(lang);
  return (
    <article class="omni-record-run" data-escalation-run={run.runId} data-check={run.checkId}>
      <h3>
        {run.title[lang]}
        {run.by && <small> · {run.by}</small>}
      </h3>
      <p class="omni-record-input">
        {t('runInput')}: {inputText(run, lang)}
      </p>
      {rerun ? (
        <div class="omni-then-now" data-then-now>
          <section data-then>
            <h4>{t('then')}</h4>
            <CheckResultView result={run} lang={lang} timeZone={timeZone} />
          </section>
          <section data-now>
            <h4>
              {t('now')}
              {rerun.by && <small> · {rerun.by}</small>}
            </h4>
            <CheckResultView result={rerun} lang={lang} timeZone={timeZone} />
          </section>
        </div>
      ) : (
        <CheckResultView result={run} lang={lang} timeZone={timeZone} />
      )}
      {run.canRerun && (
        <p>
          <button type="button" onClick={onRerun} disabled={busy} data-rerun={run.runId}>
            {busy ? t('rerunning') : t('rerun')}
          </button>
        </p>
      )}
    </article>
  );
}

function describe(e: TimelineEntry, lang: Lang): string {
  const t = escalationStrings.in(lang);
  const d = e.details ?? {};
  switch (e.kind) {
    case 'created':
      return t('event.created');
    case 'note':
      return t('event.note');
    case 'rerun':
      return t('event.rerun', {
        check: (d.checkTitle as Record<Lang, string> | undefined)?.[lang] ?? String(d.checkId ?? ''),
        status: checkStrings.t(lang, `status.${(d.status as 'ok') ?? 'ok'}`),
      });
    case 'assigned':
      return t('event.assigned', { who: String(d.assigneeName ?? '') || t('nobody') });
    case 'status':
      return d.status === 'resolved' && d.kbOutcome
        ? t('event.statusOutcome', { outcome: t(`outcome.${d.kbOutcome as Outcome}`) })
        : t('event.status', { status: t(`status.${(d.status as 'open') ?? 'open'}`) });
  }
}

function Timeline({ entries, lang, timeZone }: { entries: TimelineEntry[]; lang: Lang; timeZone: string }) {
  const t = escalationStrings.in(lang);
  return (
    <ol class="omni-timeline" data-timeline>
      {entries.map((e) => (
        <li data-event={e.kind}>
          <time dateTime={e.at}>{formatMoment(e.at, lang, timeZone, 'dateTime')}</time> · <strong>{e.author ?? t('someone')}</strong> {describe(e, lang)}
          {e.text && <p class="omni-note">{e.text}</p>}
        </li>
      ))}
    </ol>
  );
}

/** The escalation record's live part: attached runs (then vs now), the timeline, notes and the status. */
export default function EscalationRecord({ view: initial, lang, timeZone }: Props) {
  const t = escalationStrings.in(lang);
  const [view, setView] = useState(initial);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const act: Act = async (key, call) => {
    setBusy(key);
    setError(null);
    setDone(null);
    const r = await call();
    if (!r.ok) {
      setBusy(null);
      setError(r.error + (Object.values(r.fields).flat().length ? ` ${Object.values(r.fields).flat().join(' ')}` : ''));
      return false;
    }
    const fresh = await callAction(actions.escalations.get, { id: view.id }, lang);
    setBusy(null);
    if (fresh.ok) setView(fresh.data.escalation as EscalationView);
    setDone(t('done'));
    return true;
  };

  const agentRuns = view.runs.filter((r) => r.origin === 'agent');
  const latestRerun = (runId: number) => [...view.runs].reverse().find((r) => r.origin === 'rerun' && r.rerunOf === runId);
  return (
    <div class="omni-record">
      <section aria-labelledby="omni-record-runs">
        <h2 id="omni-record-runs">{t('runs')}</h2>
        {agentRuns.map((r) => (
          <RunCard
            run={r}
            rerun={latestRerun(r.runId)}
            lang={lang}
            timeZone={timeZone}
            busy={busy === `rerun-${r.runId}`}
            onRerun={() => act(`rerun-${r.runId}`, () => callAction(actions.escalations.rerun, { id: view.id, runId: r.runId }, lang))}
          />
        ))}
        {view.hiddenRuns > 0 && (
          <p class="omni-hidden-runs" data-hidden-runs={view.hiddenRuns}>
            {view.hiddenRuns === 1 ? t('hiddenRun') : t('hiddenRuns', { n: view.hiddenRuns })}
          </p>
        )}
        {agentRuns.length === 0 && view.hiddenRuns === 0 && <p>{t('noRuns')}</p>}
      </section>

      <section aria-labelledby="omni-record-timeline">
        <h2 id="omni-record-timeline">{t('timeline')}</h2>
        <Timeline entries={view.timeline} lang={lang} timeZone={timeZone} />
        <form
          class="omni-record-note"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await act('note', () => callAction(actions.escalations.note, { id: view.id, text: note }, lang))) setNote('');
          }}
        >
          <label class="omni-field">
            <span>{t('addNote')}</span>
            <textarea name="note" rows={3} maxLength={4000} required value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <p>
            <button type="submit" disabled={busy === 'note'}>
              {t('saveNote')}
            </button>
          </p>
        </form>
      </section>

      <StatusActions view={view} lang={lang} busy={busy} act={act} />
      <div aria-live="polite">
        {error && (
          <p class="omni-run-error" role="alert">
            {error}
          </p>
        )}
        {done && <p class="omni-done">{done}</p>}
      </div>
    </div>
  );
}
