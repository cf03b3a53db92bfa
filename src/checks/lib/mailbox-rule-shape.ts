import { z } from 'zod';

/** The stored shape of a rule's condition (`mailbox_rules.condition`). */
export const ruleCondition = z.object({
  /** Which part of the message is tested. */
  field: z.enum(['from', 'to', 'subject', 'body']),
  /** `contains` and `equals` compare text; `matches` is a regular expression. */
  operator: z.enum(['contains', 'equals', 'matches']),
  /** The text or expression; never empty. */
  value: z.string().min(1),
});

/** The stored shape of a rule's action (`mailbox_rules.action`). */
export const ruleAction = z.discriminatedUnion('type', [
  /** Assign the message to a team (target: team id). */
  z.object({ type: z.literal('assign-team'), target: z.number().int().positive() }),
  /** Assign the message to a user group (target: group id). */
  z.object({ type: z.literal('assign-group'), target: z.number().int().positive() }),
  /** Move the message to a folder of the mailbox (target: folder name). */
  z.object({ type: z.literal('move-folder'), target: z.string().min(1) }),
]);

export type RuleCondition = z.infer<typeof ruleCondition>;
export type RuleAction = z.infer<typeof ruleAction>;

/** The error of compiling a `matches` expression, or null when it compiles (JavaScript syntax). */
export function regexError(pattern: string): string | null {
  try {
    new RegExp(pattern);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The fields of a malformed shape that are missing or wrong, e.g. `operator, value` (`type` when the action type is unknown). */
export const badFields = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.path.join('.') || (i.code === 'invalid_union' ? 'type' : '(json)')))].join(', ');
