import { alertText } from '@/i18n/admin-alerts';
import type { Lang } from '@/i18n/ui';
import type { Rule } from './types';

export type SilencePreset = '1h' | '4h' | 'until-green';
type Kind = 'queue' | 'mailbox' | 'survey' | 'task';

interface Props {
  lang: Lang;
  rule: Rule;
  /** The kinds of records the rule's check can watch ("every" names them). */
  kinds: readonly Kind[];
  busy: boolean;
  onAck: (stateId: number) => void;
  onSilence: (preset: SilencePreset, stateId: number | null) => void;
  onSimulate: () => void;
  onTimeline: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** What the rule watches, in words. */
function recordText(lang: Lang, rule: Rule, kinds: readonly Kind[]): string {
  const t = alertText.in(lang);
  const r = rule.record;
  if (r.mode === 'own') return t('recordOwn');
  if (r.mode === 'every') return t('recordEvery', { kind: kinds.map((k) => t(`kind.${k}`)).join(', ') });
  const label = rule.states.find((s) => s.recordKey === `${r.kind}:${r.id}`)?.recordLabel;
  return label ?? t('recordOne', { kind: t(`kind.${r.kind}`), id: r.id });
}

/**
 * One rule: name, check and record, the state chip (normal, pending, firing, flapping, silenced),
 * contact, and the row's actions: Ack (the red alert not yet acknowledged), Silence 1 h / 4 h /
 * until green, Simulate, Timeline, Edit, Delete.
 */
export default function RuleRow({ lang, rule, kinds, busy, onAck, onSilence, onSimulate, onTimeline, onEdit, onDelete }: Props) {
  const t = alertText.in(lang);
  const red = rule.states.find((s) => s.state !== 'normal');
  const unacked = rule.states.find((s) => (s.state === 'firing' || s.state === 'flapping') && !s.ackedAt);
  const acked = rule.states.find((s) => s.ackedAt && s.ackedBy);
  return (
    <tr id={`rule-${rule.id}`} data-rule={rule.id} data-name={rule.name} data-chip={rule.chip}>
      <td data-label={t('col.rule')} class="omni-break">
        <strong>{rule.name}</strong>
        {!rule.enabled && <span class="omni-tag">{t('state.disabled')}</span>}
      </td>
      <td data-label={t('col.check')} class="omni-break">
        {rule.checkTitle?.[lang] ?? rule.checkId}
        <br />
        <small class="omni-muted">{recordText(lang, rule, kinds)}</small>
      </td>
      <td data-label={t('col.state')}>
        <span class={`omni-chip omni-chip-${rule.chip}`} data-state-chip={rule.chip}>
          {t(`state.${rule.chip}`)}
        </span>
        {acked && (
          <>
            <br />
            <small class="omni-muted">{t('acked', { name: acked.ackedBy! })}</small>
          </>
        )}
      </td>
      <td data-label={t('col.contact')} class="omni-break">
        {rule.contactName}
      </td>
      <td data-label={t('col.actions')}>
        <span class="omni-actions">
          {unacked && (
            <button type="button" data-action="ack" disabled={busy} onClick={() => onAck(unacked.id)}>
              {t('ack')}
            </button>
          )}
          <span class="omni-silence" role="group" aria-label={t('silence')}>
            <span class="omni-muted" aria-hidden="true">
              {t('silence')}:
            </span>
            <button
              type="button"
              class="omni-secondary"
              data-action="silence-1h"
              disabled={busy}
              onClick={() => onSilence('1h', red?.id ?? null)}
              aria-label={`${t('silence')} ${t('silence.1h')}`}
            >
              {t('silence.1h')}
            </button>
            <button
              type="button"
              class="omni-secondary"
              data-action="silence-4h"
              disabled={busy}
              onClick={() => onSilence('4h', red?.id ?? null)}
              aria-label={`${t('silence')} ${t('silence.4h')}`}
            >
              {t('silence.4h')}
            </button>
            {red && (
              <button
                type="button"
                class="omni-secondary"
                data-action="silence-until-green"
                disabled={busy}
                onClick={() => onSilence('until-green', red.id)}
                aria-label={`${t('silence')}: ${t('silence.untilGreen')}`}
              >
                {t('silence.untilGreen')}
              </button>
            )}
          </span>
          <button type="button" class="omni-secondary" data-action="simulate" disabled={busy} onClick={onSimulate}>
            {t(busy ? 'simulating' : 'simulate')}
          </button>
          <button type="button" class="omni-secondary" data-action="timeline" onClick={onTimeline}>
            {t('timeline')}
          </button>
          <button type="button" class="omni-secondary" data-action="edit" onClick={onEdit}>
            {t('edit')}
          </button>
          <button type="button" class="omni-secondary" data-action="delete" disabled={busy} onClick={onDelete}>
            {t('delete')}
          </button>
        </span>
      </td>
    </tr>
  );
}
