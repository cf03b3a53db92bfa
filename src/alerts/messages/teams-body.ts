import type { CheckStatus } from '../../checks/types';
import type { RenderedAlert } from './render';

const COLOR: Record<CheckStatus, string> = { fail: 'Attention', warn: 'Warning', ok: 'Good' };

/** Adaptive Card markdown is a small subset: brackets would start a link, so they are escaped. */
const md = (s: string) => s.replace(/([\\[\]()*_])/g, '\\$1');

/**
 * A Microsoft Teams Workflows ("Post to a channel when a webhook request is received") body: a
 * `message` whose one attachment is an Adaptive Card 1.4 (contentType
 * `application/vnd.microsoft.card.adaptive`) with TextBlocks and Action.OpenUrl buttons.
 */
export function teamsBody(m: RenderedAlert, findingsTitle: string) {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: md(m.subject), weight: 'Bolder', size: 'Medium', color: COLOR[m.status], wrap: true },
    { type: 'TextBlock', text: md(m.headline), wrap: true },
    ...m.lines.map((l) => ({ type: 'TextBlock', text: md(l), wrap: true, spacing: 'None', isSubtle: true })),
  ];
  if (m.findings.length) {
    body.push({ type: 'TextBlock', text: md(findingsTitle), weight: 'Bolder', wrap: true, separator: true });
    for (const f of m.findings) {
      const links = [f.article, f.screen].filter((l): l is { url: string; label: string } => !!l).map((l) => `[${md(l.label)}](${l.url})`);
      body.push({
        type: 'TextBlock',
        text: `**${md(f.statusLabel)}** ${f.record ? `${md(f.record)}: ` : ''}${md(f.text)}${links.length ? `\n\n${links.join(' · ')}` : ''}`,
        wrap: true,
        color: COLOR[f.status],
      });
    }
    if (m.more) body.push({ type: 'TextBlock', text: md(m.more), wrap: true, isSubtle: true });
  }
  body.push({ type: 'TextBlock', text: md(m.footer), wrap: true, isSubtle: true, size: 'Small', separator: true });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: m.links.map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url })),
        },
      },
    ],
  };
}
