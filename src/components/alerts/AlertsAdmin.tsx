import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import AlertContacts from './AlertContacts';
import AlertRules from './AlertRules';
import AlertSilences from './AlertSilences';
import type { ContactsData, RulesData, Silence } from './types';
import '../checks/checks.css';
import '../admin/admin.css';
import './alerts.css';

/** The alerts screen: rules (state chips, Ack / Silence / Simulate, form, timeline), contacts (Send test), silences and windows. */
export default function AlertsAdmin({ lang }: { lang: Lang }) {
  const t = alertText.in(lang);
  const [rules, setRules] = useState<RulesData | null>(null);
  const [contacts, setContacts] = useState<ContactsData | null>(null);
  const [silences, setSilences] = useState<Silence[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const [r, c, s] = await Promise.all([
      callAction(actions.alerts.rules.list, {}, lang),
      callAction(actions.alerts.contacts.list, {}, lang),
      callAction(actions.alerts.silences.list, {}, lang),
    ]);
    if (r.ok) setRules(r.data);
    if (c.ok) setContacts(c.data);
    if (s.ok) setSilences(s.data.silences);
    const failed = [r, c, s].find((x) => !x.ok);
    if (failed && !failed.ok) setError(failed.error);
  }
  useEffect(() => void load(), []);
  const say = (n: string | null, e: string | null = null) => (setNotice(n), setError(e));

  return (
    <div class="omni-admin omni-alerts" data-alerts data-ready={rules && contacts ? 'true' : undefined}>
      {rules && <p class="omni-muted">{t('zone', { zone: rules.timeZone })}</p>}
      <div aria-live="polite">
        {notice && (
          <p class="omni-notice" role="status">
            {notice}
          </p>
        )}
      </div>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {!(rules && contacts) && !error && <p>{t('loading')}</p>}
      {rules && contacts && (
        <>
          <AlertRules lang={lang} data={rules} reload={load} say={say} />
          <AlertContacts lang={lang} data={contacts} reload={load} say={say} />
          <AlertSilences lang={lang} silences={silences} rules={rules.rules} timeZone={rules.timeZone} reload={load} say={say} />
        </>
      )}
    </div>
  );
}
