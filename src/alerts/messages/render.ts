import type { CheckStatus, Finding } from '../../checks/types';
import { fixScreen } from '../../health/fix-screens';
import { alertMessageStrings } from '../../i18n/alert-messages';
import { articleHref } from '../../i18n/checks';
import { formatMoment } from '../../i18n/format-moment';
import { localePath } from '../../i18n/locale-path';
import type { Lang } from '../../i18n/ui';
import type { AlertEventPayload } from '../types';
import { durationText } from './duration';

/** The event kinds a message is written for. */
export type MessageKind = 'fired' | 'repeated' | 'escalated' | 'resolved' | 'flapping' | 'test';

/** One finding as the recipient reads it, with absolute links to the article section and the screen that fix it. */
export interface RenderedFinding {
  status: CheckStatus;
  statusLabel: string;
  text: string;
  record?: string;
  article?: { url: string; label: string };
  screen?: { url: string; label: string };
}

/** A message in one language, before it becomes an e-mail or a webhook body. */
export interface RenderedAlert {
  kind: MessageKind;
  lang: Lang;
  /** `fail`, `warn`, or `ok` for resolved and test. */
  status: CheckStatus;
  /** The bracketed tag (`FALHA`, `RESOLVED`…). */
  tag: string;
  subject: string;
  /** The first sentence: what is red, or that it recovered, is flapping, or is a test. */
  headline: string;
  /** Further lines: the rule, since when, the result's summary. */
  lines: string[];
  findings: RenderedFinding[];
  /** `and 3 more on the health dashboard`, when findings were left out. */
  more?: string;
  links: { url: string; label: string }[];
  footer: string;
}

export interface RenderContext {
  lang: Lang;
  /** The organization's IANA time zone: every moment is written in it. */
  timeZone: string;
  /** The site's public origin (no trailing slash). */
  publicUrl: string;
}

/** `what`: the check's title, and the record's label when the rule watches one. */
function subjectOf(p: AlertEventPayload, lang: Lang): string {
  const title = p.checkTitle[lang];
  return p.recordLabel ? `${title}: ${p.recordLabel}` : title;
}

function tagOf(kind: MessageKind, status: CheckStatus, lang: Lang): string {
  const t = alertMessageStrings.in(lang);
  if (kind === 'resolved') return t('tag.resolved');
  if (kind === 'flapping') return t('tag.flapping');
  if (kind === 'test') return t('tag.test');
  return status === 'warn' ? t('tag.warn') : t('tag.fail');
}

/** A site path as an absolute URL under the public origin; a bare `#anchor` is on the health dashboard. */
function absolute(publicUrl: string, lang: Lang, href: string): string {
  if (href.startsWith('#')) return `${publicUrl}${localePath(lang, '/health/')}${href}`;
  return `${publicUrl}${href}`;
}

/** A finding with its article section and its fixing screen, as absolute links. */
export function renderFinding(checkId: string, f: Finding, ctx: RenderContext): RenderedFinding {
  const { lang, publicUrl } = ctx;
  const t = alertMessageStrings.in(lang);
  const record = f.record ? (f.record.name?.[lang] ?? f.record.label) : undefined;
  const screen = fixScreen(checkId, f, lang, { settings: true, manageUsers: true });
  return {
    status: f.status,
    statusLabel: t(`status.${f.status}`),
    text: f.message[lang],
    ...(record ? { record } : {}),
    ...(f.fix ? { article: { url: `${publicUrl}${articleHref(lang, f.fix.article, f.fix.anchor?.[lang])}`, label: t('finding.article') } } : {}),
    ...(screen ? { screen: { url: absolute(publicUrl, lang, screen.href), label: screen.label } } : {}),
  };
}

/**
 * The message of one event in the recipient's language: what is red (or recovered, flapping, a
 * test), the rule, since when in the organization's zone, the worst findings each with the article
 * section and the screen that fix it, and links to the dashboard and the alerts screen.
 */
export function renderAlert(kind: MessageKind, p: AlertEventPayload, ctx: RenderContext): RenderedAlert {
  const { lang, timeZone, publicUrl } = ctx;
  const t = alertMessageStrings.in(lang);
  const what = subjectOf(p, lang);
  const status: CheckStatus = kind === 'resolved' || kind === 'test' ? 'ok' : p.status;
  const tag = tagOf(kind, p.status, lang);
  const minutes = p.escalatedAfterMinutes ?? 0;
  const n = p.repeat ?? 1;
  const duration = durationText(p.redSince, p.at, lang);
  const subject =
    kind === 'fired'
      ? t('subject.fired', { tag, what })
      : kind === 'repeated'
        ? t('subject.repeated', { tag, what, n })
        : kind === 'escalated'
          ? t('subject.escalated', { tag, what, minutes })
          : kind === 'resolved'
            ? t('subject.resolved', { tag, what, duration })
            : kind === 'flapping'
              ? t('subject.flapping', { tag, what })
              : t('subject.test', { tag });
  const headline =
    kind === 'fired'
      ? t('head.fired', { what })
      : kind === 'repeated'
        ? t('head.repeated', { what, n })
        : kind === 'escalated'
          ? t('head.escalated', { what, minutes })
          : kind === 'resolved'
            ? t('head.resolved', { what, duration })
            : kind === 'flapping'
              ? t('head.flapping', { what })
              : t('head.test', { contact: p.ruleName });
  const lines: string[] = [];
  if (kind !== 'test') {
    lines.push(t('line.rule', { rule: p.ruleName }));
    if (p.redSince && kind !== 'resolved') lines.push(t('line.since', { since: formatMoment(p.redSince, lang, timeZone, 'zoned') }));
    lines.push(t('line.at', { at: formatMoment(p.at, lang, timeZone, 'zoned') }));
    if (kind !== 'resolved') lines.push(t('line.summary', { summary: p.summary[lang] }));
  } else lines.push(t('line.at', { at: formatMoment(p.at, lang, timeZone, 'zoned') }));
  const findings = kind === 'resolved' || kind === 'test' ? [] : p.findings.filter((f) => f.status !== 'ok').map((f) => renderFinding(p.checkId, f, ctx));
  const links =
    kind === 'test'
      ? [{ url: `${publicUrl}${localePath(lang, '/admin/alerts/')}`, label: t('link.alerts') }]
      : [
          { url: `${publicUrl}${localePath(lang, '/health/')}`, label: t('link.dashboard') },
          { url: `${publicUrl}${localePath(lang, '/admin/alerts/')}`, label: t('link.alerts') },
        ];
  return {
    kind,
    lang,
    status,
    tag,
    subject,
    headline,
    lines,
    findings,
    ...(findings.length && p.moreFindings > 0 ? { more: t('findings.more', { n: p.moreFindings }) } : {}),
    links,
    footer: t('footer'),
  };
}
