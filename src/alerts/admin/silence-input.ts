import { z } from 'zod';
import { dbId, isoInstant, jsonId, requiredText } from '@/server/input';

/** Silences from an alert row. */
export const silencePresets = ['1h', '4h', 'until-green'] as const;

/**
 * A silence: from an alert row (`stateId` with `preset` "1h", "4h" or "until-green"), or a planned
 * window (`startsAt`, `endsAt`, optionally one `ruleId`; none: every rule). Always with a comment.
 */
export const silenceCreateInput = z.object({
  /** The alert (a rule's record) it silences; sets the rule and the record. */
  stateId: jsonId().optional(),
  /** Silence every record of this rule (ignored with `stateId`); none: every rule. */
  ruleId: jsonId().nullable().optional(),
  /** From now: one hour, four hours, or until the alert turns green (needs `stateId`). */
  preset: z.enum(silencePresets).optional(),
  /** A planned window's start (ISO 8601 with offset); default now. */
  startsAt: isoInstant().optional(),
  /** A planned window's end (ISO 8601 with offset), after its start. */
  endsAt: isoInstant().optional(),
  /** Why (shown with the author on the screen). */
  comment: requiredText(500),
});
export type SilenceCreateInput = z.output<typeof silenceCreateInput>;

/** Ends a silence now (kept for the record). */
export const silenceEndInput = z.object({
  /** The silence's id. */
  id: dbId(),
});
