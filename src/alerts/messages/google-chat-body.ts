import { escapeHtml } from './email';
import type { RenderedAlert } from './render';

/** Google Chat's `messageReplyOption`: reply in the alert's thread, or start one when it is gone. */
export const GOOGLE_CHAT_REPLY_OPTION = 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD';

/** The Google Chat webhook URL with `messageReplyOption` set (its `key` and `token` kept). */
export function googleChatUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('messageReplyOption', GOOGLE_CHAT_REPLY_OPTION);
  return u.toString();
}

/**
 * A Google Chat incoming-webhook message: `text` (the notification), `thread.threadKey` (one thread
 * per alert: the firing, its repeats and its resolution land together) and one `cardsV2` card
 * with a header, text paragraphs (Chat's HTML subset, escaped) and link buttons.
 */
export function googleChatBody(m: RenderedAlert, findingsTitle: string, threadKey: string) {
  const e = escapeHtml;
  const widgets: Record<string, unknown>[] = [{ textParagraph: { text: `<b>${e(m.headline)}</b><br>${m.lines.map(e).join('<br>')}` } }];
  const sections: Record<string, unknown>[] = [{ widgets }];
  if (m.findings.length) {
    sections.push({
      header: e(findingsTitle),
      widgets: [
        ...m.findings.map((f) => {
          const links = [f.article, f.screen].filter((l): l is { url: string; label: string } => !!l);
          return {
            textParagraph: {
              text: `<b>${e(f.statusLabel)}</b> ${f.record ? `${e(f.record)}: ` : ''}${e(f.text)}${links.map((l) => `<br><a href="${e(l.url)}">${e(l.label)}</a>`).join('')}`,
            },
          };
        }),
        ...(m.more ? [{ textParagraph: { text: e(m.more) } }] : []),
      ],
    });
  }
  sections.push({ widgets: [{ buttonList: { buttons: m.links.map((l) => ({ text: l.label, onClick: { openLink: { url: l.url } } })) } }] });
  return {
    text: m.subject,
    thread: { threadKey },
    cardsV2: [{ cardId: `omni-${m.kind}`, card: { header: { title: m.subject, subtitle: m.footer }, sections } }],
  };
}
