import type { ComponentChildren } from 'preact';
import type { CheckStatus, Finding, Localized } from '@/checks/types';
import { checkStrings, articleHref } from '@/i18n/checks';
import { formatMoment, formatNumber } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';

/** A stored or fresh result as the widgets show it. */
export interface ShownResult {
  status: CheckStatus;
  summary: Localized;
  findings: Finding[];
  at: string;
  durationMs: number;
}

export function StatusPill({ status, lang }: { status: CheckStatus; lang: Lang }) {
  return (
    <span class={`omni-status omni-status-${status}`} data-status={status}>
      {checkStrings.in(lang)(`status.${status}`)}
    </span>
  );
}

/**
 * Status, summary, findings (each warning or failure linking the article that fixes it; an OK row
 * has nothing to fix) and when it ran, in the
 * organization's `timeZone`. `extra` adds something after a finding (the dashboard's link to the
 * screen that fixes it).
 */
export function CheckResultView({
  result,
  lang,
  extra,
  timeZone,
}: {
  result: ShownResult;
  lang: Lang;
  extra?: (f: Finding) => ComponentChildren;
  timeZone: string;
}) {
  const t = checkStrings.in(lang);
  return (
    <div class="omni-result" data-status={result.status}>
      <p class="omni-result-summary">
        <StatusPill status={result.status} lang={lang} /> {result.summary[lang]}
      </p>
      {result.findings.length > 0 && (
        <ul class="omni-findings">
          {result.findings.map((f) => (
            <li class={`omni-finding omni-finding-${f.status}`}>
              <StatusPill status={f.status} lang={lang} /> {f.record && <strong>{f.record.name?.[lang] ?? f.record.label}: </strong>}
              {f.message[lang]}
              {f.fix && f.status !== 'ok' && (
                <>
                  {' '}
                  <a href={articleHref(lang, f.fix.article, f.fix.anchor?.[lang])}>{t('howToFix')} →</a>
                </>
              )}
              {extra?.(f)}
            </li>
          ))}
        </ul>
      )}
      <p class="omni-result-when">
        {t('lastRun')}: <time dateTime={result.at}>{formatMoment(result.at, lang, timeZone, 'dateTimeSeconds')}</time> · {t('duration')}{' '}
        {formatNumber(result.durationMs, lang)} ms
      </p>
    </div>
  );
}
