import type { ClientField } from '@/checks/lib/client-fields';
import { fixScreen, type FixRights } from '@/health/fix-screens';
import { checkStrings } from '@/i18n/checks';
import type { Lang } from '@/i18n/ui';
import CheckRunner from './CheckRunner';
import { CheckResultView } from './CheckResultView';
import HistoryChart, { type HistoryPoint } from './HistoryChart';
import IdleUsers from './IdleUsers';
import type { HealthResults } from './use-health-run';

/** A check as the dashboard lists it (texts already in the page's language). */
export interface CheckInfo {
  id: string;
  title: string;
  description: string;
  articleHref: string | null;
  /** The inputs, for checks the dashboard cannot run without a person's choice. */
  fields: ClientField[];
  /** The alert rules watching it, each with the link to it on the alerts screen. */
  alertRules?: { name: string; href: string }[];
}

interface Props {
  lang: Lang;
  check: CheckInfo;
  result: HealthResults[string] | undefined;
  history: HistoryPoint[] | undefined;
  hidden: boolean;
  can: FixRights;
  timeZone: string;
  /** Runs the license count again (after idle users were deactivated). */
  rerunLicenses: () => Promise<void>;
}

/**
 * One check on the dashboard: its title and article, then its findings with the screen that fixes
 * each one the viewer may open (or its form when it needs a person's choice), and its history chart.
 */
export default function HealthCheckSection({ lang, check: c, result: r, history, hidden, can, timeZone, rerunLicenses }: Props) {
  const t = checkStrings.in(lang);
  const body = () => {
    if (r === 'skipped') {
      return (
        <>
          <p>{t('health.needsInput')}</p>
          <CheckRunner id={c.id} lang={lang} fields={c.fields} last={null} timeZone={timeZone} />
        </>
      );
    }
    if (!r) return <p>{t('running')}</p>;
    return (
      <>
        <CheckResultView
          result={r}
          lang={lang}
          timeZone={timeZone}
          extra={(f) => {
            const screen = fixScreen(c.id, f, lang, can);
            return (
              screen && (
                <>
                  {' '}
                  ·{' '}
                  <a class="omni-fix-screen" href={screen.href}>
                    {screen.label} →
                  </a>
                </>
              )
            );
          }}
        />
        {c.id === 'license-count' && can.manageUsers && <IdleUsers lang={lang} findings={r.findings} onDone={rerunLicenses} />}
      </>
    );
  };
  return (
    <section id={`check-${c.id}`} class="omni-health-check" data-check={c.id} data-status={r && r !== 'skipped' ? r.status : ''} hidden={hidden}>
      <h2>{c.title}</h2>
      {c.alertRules?.map((a) => (
        <p class="omni-alert-mark" data-alert-rule>
          <span aria-hidden="true">🔔</span> <a href={a.href}>{t('health.alertRule', { name: a.name })}</a>
        </p>
      ))}
      <p class="omni-live-check-desc">
        {c.description} {c.articleHref && <a href={c.articleHref}>{t('health.article')} →</a>}
      </p>
      {body()}
      {(history?.length ?? 0) > 0 && <HistoryChart points={history!} title={t('health.history')} lang={lang} timeZone={timeZone} />}
    </section>
  );
}
