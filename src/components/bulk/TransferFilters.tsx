import { useState } from 'preact/hooks';
import { channelStrings } from '@/i18n/channels';
import { transferStrings } from '@/i18n/attendance-transfer';
import type { Lang } from '@/i18n/ui';
import type { AgentLoad, TransferFilterDraft } from './use-transfer-data';

const channelList = Object.keys(channelStrings.table) as (keyof typeof channelStrings.table)[];

/** The list's filters (agent, channel, minimum age), applied on Filter. */
export default function TransferFilters({ lang, agents, apply }: { lang: Lang; agents: AgentLoad[]; apply: (f: TransferFilterDraft) => void }) {
  const t = transferStrings.in(lang);
  const [draft, setDraft] = useState<TransferFilterDraft>({ agentId: '', channel: '', minAgeMinutes: '' });
  const set = (k: keyof TransferFilterDraft) => (e: Event) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  return (
    <form
      class="bulk-fields"
      onSubmit={(e) => {
        e.preventDefault();
        apply({ ...draft });
      }}
    >
      <label class="omni-field">
        {t('agent')}
        <select name="agentId" value={draft.agentId} onChange={set('agentId')}>
          <option value="">{t('anyAgent')}</option>
          {agents.map((a) => (
            <option value={a.id}>{a.name}</option>
          ))}
        </select>
      </label>
      <label class="omni-field">
        {t('channel')}
        <select name="channel" value={draft.channel} onChange={set('channel')}>
          <option value="">{t('anyChannel')}</option>
          {channelList.map((c) => (
            <option value={c}>{channelStrings.stored(c)[lang]}</option>
          ))}
        </select>
      </label>
      <label class="omni-field">
        {t('age')}
        <input name="minAgeMinutes" type="number" min={0} inputMode="numeric" value={draft.minAgeMinutes} onInput={set('minAgeMinutes')} />
      </label>
      <div class="omni-actions">
        <button type="submit" class="omni-secondary">
          {t('filter')}
        </button>
      </div>
    </form>
  );
}
