import type { AlertEventPayload } from '../types';
import type { RenderedAlert } from './render';

/**
 * The body of a `json` webhook (documented in the README): the Standard Webhooks envelope
 * `{ type, timestamp, data }`, `type` = `alert.<kind>`. `data` carries the event as the recipient's
 * language reads it (subject, headline, findings with absolute article and screen links) and the
 * machine fields (rule, check, record, status, moments). Never a secret or an input.
 */
export function jsonBody(m: RenderedAlert, p: AlertEventPayload, ids: { eventId: number; stateId: number | null }, timestamp: Date) {
  return {
    type: `alert.${m.kind}`,
    timestamp: timestamp.toISOString(),
    data: {
      eventId: ids.eventId,
      stateId: ids.stateId,
      kind: m.kind,
      lang: m.lang,
      status: m.status,
      ruleId: p.ruleId,
      ruleName: p.ruleName,
      checkId: p.checkId,
      recordKey: p.recordKey,
      recordLabel: p.recordLabel ?? null,
      redSince: p.redSince ?? null,
      at: p.at,
      subject: m.subject,
      headline: m.headline,
      lines: m.lines,
      findings: m.findings.map((f) => ({
        status: f.status,
        text: f.text,
        record: f.record ?? null,
        articleUrl: f.article?.url ?? null,
        screenUrl: f.screen?.url ?? null,
      })),
      moreFindings: p.moreFindings,
      links: m.links,
    },
  };
}
