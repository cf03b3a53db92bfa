import type { RenderedAlert } from './render';

/** Slack mrkdwn escaping (https://api.slack.com/reference/surfaces/formatting#escaping): `&`, `<`, `>`. */
export function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const link = (l: { url: string; label: string }) => `<${l.url}|${slackEscape(l.label).replace(/\|/g, '¦')}>`;
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * A Slack incoming-webhook body: `text` (the notification's fallback) and Block Kit `blocks`: a
 * header (plain text, at most 150 characters), sections in mrkdwn (at most 3,000 each), one per
 * finding with its links, and a context block with the footer.
 */
export function slackBody(m: RenderedAlert, findingsTitle: string) {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(m.subject, 150), emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: cut(`*${slackEscape(m.headline)}*\n${m.lines.map(slackEscape).join('\n')}`, 3000) } },
  ];
  if (m.findings.length) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${slackEscape(findingsTitle)}*` } });
    for (const f of m.findings.slice(0, 40)) {
      const links = [f.article, f.screen].filter((l): l is { url: string; label: string } => !!l).map(link);
      const text = `*${slackEscape(f.statusLabel)}* ${f.record ? `${slackEscape(f.record)}: ` : ''}${slackEscape(f.text)}${links.length ? `\n${links.join(' · ')}` : ''}`;
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(text, 3000) } });
    }
    if (m.more) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(m.more) }] });
  }
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: m.links.map(link).join(' · ') } });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(m.footer) }] });
  return { text: slackEscape(m.subject), blocks };
}
