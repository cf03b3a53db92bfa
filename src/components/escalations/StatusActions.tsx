import { actions } from 'astro:actions';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { EscalationView } from '@/escalations/read';
import { escalationStrings } from '@/i18n/escalations';
import type { Lang } from '@/i18n/ui';
import { callAction, type Answer } from '../lib/call-action';

type Outcome = 'covered' | 'gap' | 'wrong';

/** Runs one action of the record (`key` names it while busy); true when it succeeded. */
export type Act = (key: string, call: () => Promise<Answer<unknown>>) => Promise<boolean>;

/** One choice and its button (resolve as…, pass to…): the button waits for a choice; `hint` is said under it. */
function ChoiceForm(p: {
  name: string;
  label: string;
  options: readonly (readonly [string, string])[];
  button: string;
  busy: boolean;
  onChoose: (value: string) => void;
  hint?: ComponentChildren;
  data?: Record<string, string>;
}) {
  const [value, setValue] = useState('');
  const hintId = p.hint ? `omni-record-${p.name}-hint` : undefined;
  return (
    <form
      class="omni-record-actions"
      {...p.data}
      onSubmit={(e) => {
        e.preventDefault();
        if (value) p.onChoose(value);
      }}
    >
      <label class="omni-field">
        <span>{p.label}</span>
        <select name={p.name} required value={value} aria-describedby={hintId} onChange={(e) => setValue(e.currentTarget.value)}>
          <option value="">—</option>
          {p.options.map(([v, text]) => (
            <option value={v}>{text}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={p.busy || !value} data-submit={p.name}>
        {p.button}
      </button>
      {p.hint && (
        <p id={hintId} class="omni-muted omni-record-hint">
          {p.hint}
        </p>
      )}
    </form>
  );
}

/** The status and assignee as they are now, then what the viewer may do: take, pass on, resolve (asking whether the article covered it, had a gap or was wrong), cancel, reopen. */
export function StatusActions({ view, lang, busy, act }: { view: EscalationView; lang: Lang; busy: string | null; act: Act }) {
  const t = escalationStrings.in(lang);
  const live = view.status === 'open' || view.status === 'taken';
  const others = view.assignees.filter((a) => a.id !== view.assignee?.id);
  const move = (key: string, change: { status: EscalationView['status']; assigneeId?: number; kbOutcome?: Outcome }) =>
    void act(key, () => callAction(actions.escalations.status, { id: view.id, ...change }, lang));
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
      {(view.can.manage || view.can.resolve || view.can.cancel) && (
        <div class="omni-record-actions">
          {view.can.manage && view.status === 'open' && (
            <button type="button" disabled={!!busy} data-take onClick={() => move('take', { status: 'taken' })}>
              {t('take')}
            </button>
          )}
          {view.can.manage && live && others.length > 0 && (
            <ChoiceForm
              name="assigneeId"
              label={t('passTo')}
              options={others.map((a) => [String(a.id), a.you ? t('you', { name: a.name }) : a.name] as const)}
              button={t('pass')}
              busy={!!busy}
              onChoose={(id) => move('pass', { status: 'taken', assigneeId: Number(id) })}
              hint={t('passHint')}
              data={{ 'data-pass': '' }}
            />
          )}
          {view.can.resolve && live && (
            <ChoiceForm
              name="kbOutcome"
              label={t('resolveAs')}
              options={(['covered', 'gap', 'wrong'] as const).map((o) => [o, t(`outcome.${o}`)] as const)}
              button={t('resolve')}
              busy={!!busy}
              onChoose={(o) => move('resolve', { status: 'resolved', kbOutcome: o as Outcome })}
            />
          )}
          {view.can.cancel && live && (
            <button type="button" class="omni-secondary" disabled={!!busy} onClick={() => move('cancel', { status: 'cancelled' })}>
              {t('cancel')}
            </button>
          )}
          {view.can.manage && !live && (
            <button type="button" disabled={!!busy} onClick={() => move('reopen', { status: 'open' })}>
              {t('reopen')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
