import { z } from 'zod';
import { dbId, jsonId, requiredText } from '@/server/input';

/** Record kinds a rule may watch one of. */
export const selectorKinds = ['queue', 'mailbox', 'survey', 'task'] as const;

/** Which records a rule watches: the check's own (no input), one record, or every record of the check's kind. */
export const recordSelector = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('own') }),
  z.object({ mode: z.literal('one'), kind: z.enum(selectorKinds), id: jsonId() }),
  z.object({ mode: z.literal('every') }),
]);

const runs = () => z.number().int().min(1).max(100);
const minutes = () => z.number().int().min(1).max(10_080);

/** A rule's fields (every threshold bounded: 0 or an absurd size is a 400 naming the field). */
export const ruleFields = {
  /** What the screens call it, e.g. "Caixa SAC parada". */
  name: requiredText(120),
  /** The check it watches (an id of src/checks/catalog.ts that this installation runs). */
  checkId: requiredText(64),
  /** `{mode:"own"}` (default), `{mode:"one", kind, id}` or `{mode:"every"}`. */
  record: recordSelector,
  /** The lowest status that counts as bad: `warn` or `fail` (default). */
  minStatus: z.enum(['warn', 'fail']),
  /** Consecutive bad runs before it fires (1 … 100, default 2). */
  pendingRuns: runs(),
  /** Consecutive good runs before it resolves (1 … 100, default 2). */
  recoverRuns: runs(),
  /** Minutes between repeats while still red (1 … 10,080; null: no repeat). */
  repeatMinutes: minutes().nullable(),
  /** Most repeats of one firing (1 … 100, default 3). */
  maxRepeats: runs(),
  /** The contact that hears it. */
  contactId: jsonId(),
  /** A second contact when nobody acknowledges within `escalateAfterMinutes`. */
  escalateContactId: jsonId().nullable(),
  /** Minutes without an acknowledgement before escalating (1 … 10,080). */
  escalateAfterMinutes: minutes().nullable(),
  /** Send only inside this schedule grid's hours (null: always). */
  gridId: jsonId().nullable(),
  /** A run that errored counts as `bad`, or `keep`s the state (default). */
  onError: z.enum(['bad', 'keep']),
  /** Whether the rule runs. Default true. */
  enabled: z.boolean(),
};

/** A new rule, or an unsaved one to simulate. */
export const ruleCreateInput = z.object({
  name: ruleFields.name,
  checkId: ruleFields.checkId,
  record: ruleFields.record.default({ mode: 'own' }),
  minStatus: ruleFields.minStatus.default('fail'),
  pendingRuns: ruleFields.pendingRuns.default(2),
  recoverRuns: ruleFields.recoverRuns.default(2),
  repeatMinutes: ruleFields.repeatMinutes.optional(),
  maxRepeats: ruleFields.maxRepeats.default(3),
  contactId: ruleFields.contactId,
  escalateContactId: ruleFields.escalateContactId.optional(),
  escalateAfterMinutes: ruleFields.escalateAfterMinutes.optional(),
  gridId: ruleFields.gridId.optional(),
  onError: ruleFields.onError.default('keep'),
  enabled: ruleFields.enabled.default(true),
});
export type RuleCreateInput = z.output<typeof ruleCreateInput>;

/** Changes to a rule: any of its fields. */
export const ruleUpdateInput = z.object({
  /** The rule's id. */
  id: dbId(),
  ...Object.fromEntries(Object.entries(ruleFields).map(([k, v]) => [k, v.optional()])),
} as { id: ReturnType<typeof dbId> } & { [K in keyof typeof ruleFields]: z.ZodOptional<(typeof ruleFields)[K]> });
export type RuleUpdateInput = z.output<typeof ruleUpdateInput>;
