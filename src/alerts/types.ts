import type { CheckStatus, Finding, Localized } from '@/checks/types';

/**
 * What an alert event says, built by the state machine when the event is written and rendered by
 * the deliveries (e-mail, JSON, Slack, Teams, Google Chat) in the contact's language. It carries only
 * what the check would show an admin: labels, summaries and findings, never an input or a secret.
 */
export interface AlertEventPayload {
  ruleId: number;
  ruleName: string;
  checkId: string;
  /** The check's title in both languages. */
  checkTitle: Localized;
  /** `own`, or `<kind>:<id>` (queue, mailbox, survey, task). */
  recordKey: string;
  /** The record's label (queue or mailbox name), when the rule watches one. */
  recordLabel?: string;
  /** The status of the run that caused the event. */
  status: CheckStatus;
  summary: Localized;
  /** The worst findings (fail before warn), at most 5, each with the article section that fixes it. */
  findings: Finding[];
  /** How many findings were left out of `findings`. */
  moreFindings: number;
  /** When the record turned red (ISO); on `resolved`, how long it was red is `at - redSince`. */
  redSince?: string;
  /** The event's moment (ISO, the app clock). */
  at: string;
  /** The stored run behind it. */
  runId?: number;
  /** For `repeated`: which repeat (1-based); for `escalated`: the minutes nobody acknowledged. */
  repeat?: number;
  escalatedAfterMinutes?: number;
  /**
   * The `fired` event of the alert this event belongs to (repeats, escalation, flapping after a
   * firing, resolved, acked): its deliveries' message ids are what an e-mail's In-Reply-To and a
   * chat thread follow. Absent on the firing itself and before any firing was sent.
   */
  firingEventId?: number;
  /** For a `suppressed:*` event: what would have been sent (`fired`, `flapping`, `resolved`). */
  suppressed?: AlertEventKind;
}

/** Kinds of alert events; `suppressed:*` and `closed` (the rule was changed to watch something else) are recorded and not sent. */
export const alertEventKinds = [
  'pending',
  'fired',
  'repeated',
  'escalated',
  'flapping',
  'resolved',
  'acked',
  'silenced',
  'suppressed:silence',
  'suppressed:window',
  'test',
  'closed',
] as const;
export type AlertEventKind = (typeof alertEventKinds)[number];

/** Events that go to contacts (`resolved` only to contacts with "send resolved" and only after a sent firing). */
export const sentEventKinds: readonly AlertEventKind[] = ['fired', 'repeated', 'escalated', 'flapping', 'resolved', 'test'];

/** The pg-boss queue of deliveries: one job per `alert_deliveries` row, data `{ deliveryId }`. */
export const ALERT_DELIVER_QUEUE = 'alert-deliver';
/** The pg-boss queue (and scheduled task name) of the sweep. */
export const ALERT_SWEEP_QUEUE = 'alert-sweep';
export interface AlertDeliverJob {
  deliveryId: number;
}
