import { expect } from 'vitest';

/**
 * JSON shape assertions written from the vendors' documentation, so a body that the vendor would
 * reject fails here:
 * - Slack: https://api.slack.com/reference/messaging/payload, https://api.slack.com/reference/block-kit/blocks,
 *   https://api.slack.com/reference/block-kit/composition-objects#text
 * - Teams Workflows: https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 *   (a `message` with `attachments[].contentType` `application/vnd.microsoft.card.adaptive`), Adaptive Cards 1.4 schema
 *   https://adaptivecards.io/explorer/ (TextBlock, Action.OpenUrl)
 * - Google Chat: https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages (text, thread.threadKey,
 *   cardsV2[].cardId/card) and https://developers.google.com/workspace/chat/api/reference/rest/v1/cards (sections, widgets
 *   with exactly one kind, buttonList.buttons[].onClick.openLink.url).
 */
type J = Record<string, unknown>;
const isObj = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);
const only = (o: J, allowed: string[], where: string) =>
  expect(
    Object.keys(o).filter((k) => !allowed.includes(k)),
    `${where}: unknown fields`,
  ).toEqual([]);

function slackText(t: unknown, where: string, types = ['plain_text', 'mrkdwn'], max = 3000) {
  expect(isObj(t), `${where}: text object`).toBe(true);
  const o = t as J;
  only(o, ['type', 'text', 'emoji', 'verbatim'], where);
  expect(types).toContain(o.type);
  expect(typeof o.text).toBe('string');
  expect((o.text as string).length).toBeGreaterThan(0);
  expect((o.text as string).length).toBeLessThanOrEqual(max);
  if ('emoji' in o) expect(o.type).toBe('plain_text');
}

export function expectSlackMessage(body: unknown) {
  expect(isObj(body)).toBe(true);
  const b = body as J;
  only(b, ['text', 'blocks', 'thread_ts', 'mrkdwn'], 'slack message');
  expect(typeof b.text).toBe('string');
  expect(Array.isArray(b.blocks)).toBe(true);
  const blocks = b.blocks as J[];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const [i, block] of blocks.entries()) {
    const where = `blocks[${i}]`;
    if (block.type === 'header') {
      only(block, ['type', 'text', 'block_id'], where);
      slackText(block.text, where, ['plain_text'], 150);
    } else if (block.type === 'section') {
      only(block, ['type', 'text', 'fields', 'accessory', 'block_id'], where);
      slackText(block.text, where);
    } else if (block.type === 'context') {
      only(block, ['type', 'elements', 'block_id'], where);
      const els = block.elements as unknown[];
      expect(els.length).toBeGreaterThan(0);
      expect(els.length).toBeLessThanOrEqual(10);
      for (const e of els) slackText(e, where);
    } else if (block.type === 'divider') only(block, ['type', 'block_id'], where);
    else throw new Error(`${where}: block type ${String(block.type)} not expected`);
  }
}

const TEXTBLOCK = {
  weight: ['Default', 'Lighter', 'Bolder'],
  size: ['Default', 'Small', 'Medium', 'Large', 'ExtraLarge'],
  color: ['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention'],
  spacing: ['None', 'Small', 'Default', 'Medium', 'Large', 'ExtraLarge', 'Padding'],
};

export function expectTeamsWorkflowMessage(body: unknown) {
  expect(isObj(body)).toBe(true);
  const b = body as J;
  only(b, ['type', 'attachments'], 'teams message');
  expect(b.type).toBe('message');
  const atts = b.attachments as J[];
  expect(atts).toHaveLength(1);
  only(atts[0], ['contentType', 'contentUrl', 'content'], 'attachment');
  expect(atts[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(atts[0].contentUrl ?? null).toBeNull();
  const card = atts[0].content as J;
  only(card, ['$schema', 'type', 'version', 'body', 'actions', 'msteams'], 'card');
  expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.4');
  for (const [i, el] of (card.body as J[]).entries()) {
    const where = `body[${i}]`;
    expect(el.type, where).toBe('TextBlock');
    // TextBlock properties of schema 1.4 (`style` came in 1.5).
    only(
      el,
      ['type', 'text', 'wrap', 'weight', 'size', 'color', 'isSubtle', 'spacing', 'separator', 'maxLines', 'horizontalAlignment', 'fontType', 'id'],
      where,
    );
    expect(typeof el.text).toBe('string');
    for (const [k, allowed] of Object.entries(TEXTBLOCK)) if (k in el) expect(allowed, `${where}.${k}`).toContain(el[k]);
    for (const k of ['wrap', 'isSubtle', 'separator']) if (k in el) expect(typeof el[k]).toBe('boolean');
  }
  for (const a of (card.actions ?? []) as J[]) {
    only(a, ['type', 'title', 'url', 'id'], 'action');
    expect(a.type).toBe('Action.OpenUrl');
    expect(typeof a.title).toBe('string');
    expect(() => new URL(String(a.url))).not.toThrow();
  }
}

const WIDGET_KINDS = ['textParagraph', 'image', 'decoratedText', 'buttonList', 'textInput', 'selectionInput', 'dateTimePicker', 'divider', 'grid', 'columns'];

export function expectGoogleChatMessage(body: unknown) {
  expect(isObj(body)).toBe(true);
  const b = body as J;
  only(b, ['text', 'thread', 'cardsV2'], 'chat message');
  expect(typeof b.text).toBe('string');
  only(b.thread as J, ['threadKey', 'name'], 'thread');
  expect(typeof (b.thread as J).threadKey).toBe('string');
  const cards = b.cardsV2 as J[];
  expect(cards.length).toBeGreaterThan(0);
  for (const c of cards) {
    only(c, ['cardId', 'card'], 'cardsV2[]');
    expect(typeof c.cardId).toBe('string');
    const card = c.card as J;
    only(card, ['header', 'sections', 'name', 'fixedFooter', 'cardActions', 'sectionDividerStyle'], 'card');
    only(card.header as J, ['title', 'subtitle', 'imageUrl', 'imageType', 'imageAltText'], 'card.header');
    expect(typeof (card.header as J).title).toBe('string');
    for (const s of card.sections as J[]) {
      only(s, ['header', 'widgets', 'collapsible', 'uncollapsibleWidgetsCount'], 'section');
      if ('header' in s) expect(typeof s.header).toBe('string');
      for (const w of s.widgets as J[]) {
        const kinds = Object.keys(w).filter((k) => WIDGET_KINDS.includes(k));
        expect(kinds, 'a widget has exactly one kind').toHaveLength(1);
        only(w, [...WIDGET_KINDS, 'horizontalAlignment'], 'widget');
        if (w.textParagraph) {
          only(w.textParagraph as J, ['text', 'maxLines'], 'textParagraph');
          expect(typeof (w.textParagraph as J).text).toBe('string');
        }
        if (w.buttonList) {
          for (const btn of (w.buttonList as J).buttons as J[]) {
            only(btn, ['text', 'icon', 'color', 'onClick', 'disabled', 'altText', 'type'], 'button');
            expect(typeof btn.text).toBe('string');
            const link = ((btn.onClick as J).openLink as J).url;
            expect(() => new URL(String(link))).not.toThrow();
          }
        }
      }
    }
  }
}
