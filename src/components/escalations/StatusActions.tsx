import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import type { EscalationView } from '@/escalations/read';
import { escalationStrings } from '@/i18n/escalations';
import type { Lang } from '@/i18n/ui';
import { callAction, type Answer } from '../lib/call-action';

type Outcome = 'covered' | 'gap' | 'wrong';

/** Runs one action of the record (`key` names it while busy); true when it succeeded. */
export type Act = (key: string, call: () => Promise<Answer<unknown>>) => Promise<boolean>;

/** The status and assignee as they are now, then what the viewer may do: take, pass on, resolve (asking whether the article covered it, had a gap or was wrong), cancel, reopen. */
export function StatusActions({ view, lang, busy, act }: { view: EscalationView; lang: Lang; busy: string | null; act: Act }) {
  const t = escalationStrings.in(lang);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [passTo, setPassTo] = useState<string>('');
  const live = view.status === 'open' || view.status === 'taken';
  const others = view.assignees.filter((a) => a.id !== view.assignee?.id);
  const acts = view.can.manage || view.can.resolve || view.can.cancel;
  return (
    <section aria-labelledby="omni-record-status" class="omni-record-actions-frame">
      <h2 id="omni-record-status">{t('handling')}</h2>
      {/* Here, not in the page's header: they change with what is done below. */}
      <dl>
        <dt>{t('statusLabel')}</dt>
        <dd data-record-status>
          {t(`status.${view.status}`)}
          {view.kbOutcome && <> · {t(`outcome.${view.kbOutcome}`)}</>}
        </dd>
        <dt>{t('assignee')}</dt>
        <dd data-record-assignee>{view.assignee?.name ?? t('nobody')}</dd>
      </dl>
      {acts && (
        <div class="omni-record-actions">
          {view.can.manage && view.status === 'open' && (
            <button
              type="button"
              disabled={!!busy}
              data-take
              onClick={() => act('take', () => callAction(actions.escalations.status, { id: view.id, status: 'taken' }, lang))}
            >
              {t('take')}
            </button>
          )}
          {view.can.manage && live && others.length > 0 && (
            <form
              class="omni-record-actions"
              data-pass
              onSubmit={(e) => {
                e.preventDefault();
                if (passTo) void act('pass', () => callAction(actions.escalations.status, { id: view.id, status: 'taken', assigneeId: Number(passTo) }, lang));
              }}
            >
              <label class="omni-field">
                <span>{t('passTo')}</span>
                <select name="assigneeId" required value={passTo} aria-describedby="omni-record-pass-hint" onChange={(e) => setPassTo(e.currentTarget.value)}>
                  <option value="">—</option>
                  {others.map((a) => (
                    <option value={String(a.id)}>{a.you ? t('you', { name: a.name }) : a.name}</option>
                  ))}
                </select>
              </label>
              <button type="submit" disabled={!!busy || !passTo}>
                {t('pass')}
              </button>
              <p id="omni-record-pass-hint" class="omni-muted omni-record-pass-hint">
                {t('passHint')}
              </p>
            </form>
          )}
          {view.can.resolve && live && (
            <form
              class="omni-record-actions"
              onSubmit={(e) => {
                e.preventDefault();
                if (outcome) void act('resolve', () => callAction(actions.escalations.status, { id: view.id, status: 'resolved', kbOutcome: outcome }, lang));
              }}
            >
              <label class="omni-field">
                <span>{t('resolveAs')}</span>
                <select name="kbOutcome" required value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as Outcome)}>
                  <option value="">—</option>
                  {(['covered', 'gap', 'wrong'] as const).map((o) => (
                    <option value={o}>{t(`outcome.${o}`)}</option>
                  ))}
                </select>
              </label>
              <button type="submit" disabled={!!busy || !outcome} data-resolve>
                {t('resolve')}
              </button>
            </form>
          )}
          {view.can.cancel && live && (
            <button
              type="button"
              class="omni-secondary"
              disabled={!!busy}
              onClick={() => act('cancel', () => callAction(actions.escalations.status, { id: view.id, status: 'cancelled' }, lang))}
            >
              {t('cancel')}
            </button>
          )}
          {view.can.manage && !live && (
            <button
              type="button"
              disabled={!!busy}
              onClick={() => act('reopen', () => callAction(actions.escalations.status, { id: view.id, status: 'open' }, lang))}
            >
              {t('reopen')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
