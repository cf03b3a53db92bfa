import type { ComponentChildren } from 'preact';
import type { CheckStatus, Finding, Localized } from '../../checks/types';
import { checkStrings, articleHref } from '../../i18n/checks';
import type { Lang } from '../../i18n/ui';

/** A stored or fresh result as the widgets show it. */
export interface ShownResult {
  status: CheckStatus;
  summary: Localized;
  findings: Finding[];
  at: string;
  durationMs: number;
}

export function StatusPill({ status, lang }: { status: CheckStatus; lang: Lang }) {
  return <span class={`omni-status omni-status-${status}`} data-status={status}>{checkStrings.t(lang, `status.${status}`)}</span>;
}

/** When: a date and time in the viewer's language, in the organization's time zone when known (the browser's otherwise). */
export function when(at: string, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(new Date(at));
}

/**
 * Status, summary, findings (each linking the article that fixes it) and when it ran. `extra` adds
 * something after a finding (the dashboard's link to the screen that fixes it).
 */
export function CheckResultView({ result, lang, extra, timeZone }: { result: ShownResult; lang: Lang; extra?: (f: Finding) => ComponentChildren; timeZone?: string }) {
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
              {f.fix && (
                <>
                  {' '}
                  <a href={articleHref(lang, f.fix.article, f.fix.anchor?.[lang])}>{checkStrings.t(lang, 'howToFix')} →</a>
                </>
              )}
              {extra?.(f)}
            </li>
          ))}
        </ul>
      )}
      <p class="omni-result-when">
        {checkStrings.t(lang, 'lastRun')}: <time dateTime={result.at}>{when(result.at, lang, timeZone)}</time> · {checkStrings.t(lang, 'duration')} {new Intl.NumberFormat(lang).format(result.durationMs)} ms
      </p>
    </div>
  );
}
