import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import RuleForm from './RuleForm';
import RuleRow, { type SilencePreset } from './RuleRow';
import RuleTimeline from './RuleTimeline';
import SimulationView from './SimulationView';
import type { Rule, RulesData, Simulation } from './types';

interface Props {
  lang: Lang;
  data: RulesData;
  reload: () => Promise<void>;
  say: (notice: string | null, error?: string | null) => void;
}

/** The row actions of the rules list: Ack, Silence, Simulate (results kept per rule), Delete; each reloads the list. */
function useRuleActions(lang: Lang, reload: Props['reload'], say: Props['say']) {
  const t = alertText.in(lang);
  const [busy, setBusy] = useState<number | null>(null);
  const [sims, setSims] = useState<Record<number, Simulation>>({});

  async function act<T>(rule: Rule, work: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, done: (d: T) => string | null) {
    setBusy(rule.id);
    const r = await work();
    setBusy(null);
    if (!r.ok) return say(null, r.error);
    say(done(r.data));
    await reload();
  }
  const ack = (rule: Rule, stateId: number) =>
    act(
      rule,
      () => callAction(actions.alerts.states.ack, { id: stateId }, lang),
      () => t('ackDone'),
    );
  const silence = (rule: Rule, preset: SilencePreset, stateId: number | null) =>
    act(
      rule,
      () =>
        callAction(
          actions.alerts.silences.create,
          {
            preset,
            ...(stateId !== null ? { stateId } : { ruleId: rule.id }),
            comment: t(preset === '1h' ? 'silence.comment.1h' : preset === '4h' ? 'silence.comment.4h' : 'silence.comment.untilGreen'),
          },
          lang,
        ),
      () => t('silenced'),
    );
  const simulate = (rule: Rule) =>
    act(
      rule,
      () => callAction(actions.alerts.rules.simulate, { id: rule.id }, lang),
      (d) => (setSims((p) => ({ ...p, [rule.id]: d })), null),
    );
  const remove = (rule: Rule) =>
    confirm(t('confirm.deleteRule', { name: rule.name })) &&
    act(
      rule,
      () => callAction(actions.alerts.rules.delete, { id: rule.id }, lang),
      () => t('deleted', { name: rule.name }),
    );
  return { busy, sims, ack, silence, simulate, remove };
}

/** The rules: list with state chips and row actions, the rule form, a rule's simulation and timeline. */
export default function AlertRules({ lang, data, reload, say }: Props) {
  const t = alertText.in(lang);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [timeline, setTimeline] = useState<Rule | null>(null);
  const { busy, sims, ack, silence, simulate, remove } = useRuleActions(lang, reload, say);

  const current = typeof editing === 'number' ? (data.rules.find((r) => r.id === editing) ?? null) : null;
  const kinds = (rule: Rule) => data.checks.find((c) => c.id === rule.checkId)?.kinds ?? [];
  return (
    <section aria-labelledby="alert-rules" data-alert-rules>
      <h2 id="alert-rules">{t('tab.rules')}</h2>
      <p class="omni-actions">
        <button type="button" data-action="new-rule" onClick={() => (setEditing('new'), say(null))}>
          {t('rules.new')}
        </button>
      </p>
      {editing !== null && (editing === 'new' || current) && (
        <RuleForm
          key={String(editing)}
          lang={lang}
          data={data}
          rule={current}
          onCancel={() => setEditing(null)}
          onSaved={async (name, closed) => {
            setEditing(null);
            say(closed ? t('form.savedClosed', { name, n: closed }) : t('form.saved', { name }));
            await reload();
          }}
        />
      )}
      {data.rules.length === 0 && <p>{t('rules.empty')}</p>}
      {data.rules.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.rule', 'col.check', 'col.state', 'col.contact', 'col.actions'] as const).map((k) => (
                <th>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rules.map((rule) => (
              <>
                <RuleRow
                  key={rule.id}
                  lang={lang}
                  rule={rule}
                  kinds={kinds(rule)}
                  busy={busy === rule.id}
                  onAck={(id) => ack(rule, id)}
                  onSilence={(preset, stateId) => silence(rule, preset, stateId)}
                  onSimulate={() => simulate(rule)}
                  onTimeline={() => setTimeline(rule)}
                  onEdit={() => (setEditing(rule.id), say(null))}
                  onDelete={() => remove(rule)}
                />
                {sims[rule.id] && (
                  <tr class="omni-result-row" data-simulation-for={rule.id}>
                    <td colSpan={5}>
                      <SimulationView sim={sims[rule.id]!} lang={lang} timeZone={data.timeZone} />
                    </td>
                  </tr>
                )}
              </>
            ))}
          </tbody>
        </table>
      )}
      {timeline && (
        <RuleTimeline key={timeline.id} lang={lang} ruleId={timeline.id} name={timeline.name} timeZone={data.timeZone} onClose={() => setTimeline(null)} />
      )}
    </section>
  );
}
