import type { AlertEventPayload } from '@/alerts/types';
import type { AlertRule } from '@/db/schema';
import type { CheckStatus, Finding } from '@/checks/types';
import { getCheck } from '@/checks/registry';
import { sameInBoth } from '@/i18n/localized';
import type { MachineEvent } from './machine';
import type { Observation } from './observe';

/** At most this many findings travel with an event. */
export const PAYLOAD_FINDINGS = 5;

const rank: Record<CheckStatus, number> = { fail: 0, warn: 1, ok: 2 };

/** The findings worth sending: not ok, fail before warn, in the check's order within each. */
export function worstFindings(findings: Finding[]): { findings: Finding[]; more: number } {
  const red = findings.filter((f) => f.status !== 'ok').sort((a, b) => rank[a.status] - rank[b.status]);
  return { findings: red.slice(0, PAYLOAD_FINDINGS), more: Math.max(0, red.length - PAYLOAD_FINDINGS) };
}

/**
 * An event's message as the deliveries render it: the rule, the check's title, the record, the
 * run's status and summary, its worst findings (each with the article section that fixes it),
 * since when it is red and the event's moment. Only what the check shows an admin.
 */
export function buildPayload(
  rule: Pick<AlertRule, 'id' | 'name' | 'checkId'>,
  recordKey: string,
  recordLabel: string | null,
  observation: Observation | null,
  event: Pick<MachineEvent, 'repeat' | 'escalatedAfterMinutes' | 'suppressed'>,
  redSince: Date | null,
  now: Date,
  firingEventId: number | null = null,
): AlertEventPayload {
  const title = getCheck(rule.checkId)?.title ?? sameInBoth(rule.checkId);
  const { findings, more } = worstFindings(observation?.findings ?? []);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    checkId: rule.checkId,
    checkTitle: title,
    recordKey,
    ...(recordLabel ? { recordLabel } : {}),
    status: observation?.status ?? 'ok',
    summary: observation?.summary ?? sameInBoth(''),
    findings,
    moreFindings: more,
    ...(redSince ? { redSince: redSince.toISOString() } : {}),
    at: now.toISOString(),
    ...(observation ? { runId: observation.runId } : {}),
    ...(event.repeat ? { repeat: event.repeat } : {}),
    ...(event.escalatedAfterMinutes !== undefined ? { escalatedAfterMinutes: event.escalatedAfterMinutes } : {}),
    ...(firingEventId ? { firingEventId } : {}),
    ...(event.suppressed ? { suppressed: event.suppressed } : {}),
  };
}
