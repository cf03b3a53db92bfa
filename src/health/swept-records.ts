import type { Db } from '../db/client';
import type { Scope } from '../auth/scope';
import { pickerOptions, type PickerOption } from '../checks/pickers';
import type { CheckDefinition, PickerKind } from '../checks/types';

/** Record kinds the dashboard sweeps: a check whose only required input is one of these runs once per record. */
export const sweepableKinds = ['queue', 'mailbox', 'survey'] as const satisfies readonly PickerKind[];
export type SweptKind = (typeof sweepableKinds)[number];

/**
 * At most this many records per swept check (the first by name, like the pickers), so a dashboard
 * load stays bounded, and so does /metrics: one series per swept record, never more than this many
 * per check, whatever the number of queues, mailboxes or surveys.
 */
export const SWEEP_LIMIT = 25;

/** How the dashboard runs a check: once with no input (`own`), once per record of a kind (`sweep`), or not at all. */
export type SweepShape = { mode: 'own'; input: unknown } | { mode: 'sweep'; field: string; kind: SweptKind } | { mode: 'skip' };

/**
 * The one rule the dashboard, the sweep and /metrics share: a check whose input accepts `{}` runs
 * once (its own result); one whose only required field is a queue, a mailbox or a survey runs once
 * per record, with that record's id as its whole input; any other is skipped.
 */
export function sweepShape(def: CheckDefinition): SweepShape {
  const own = def.input.safeParse({});
  if (own.success) return { mode: 'own', input: own.data };
  const required = def.fields.filter((f) => !f.optional);
  const kind = required[0]?.kind;
  if (required.length === 1 && (sweepableKinds as readonly PickerKind[]).includes(kind))
    return { mode: 'sweep', field: required[0].name, kind: kind as SweptKind };
  return { mode: 'skip' };
}

/** The input a swept check runs with for one record (undefined when the definition refuses that id). */
export function sweepInput(def: CheckDefinition, field: string, id: PickerOption['id']): unknown {
  const parsed = def.input.safeParse({ [field]: id });
  return parsed.success ? parsed.data : undefined;
}

/** The records of a kind the dashboard sweeps for a caller: the first SWEEP_LIMIT in its scope, by name. */
export function sweptRecords(db: Db, scope: Scope, kind: SweptKind): Promise<PickerOption[]> {
  return pickerOptions(db, scope, kind, '', SWEEP_LIMIT);
}

/** The one record field a check is swept over (see `sweepShape`), or undefined when it is not swept. The alert sweep uses it. */
export function sweepField(def: CheckDefinition): CheckDefinition['fields'][number] | undefined {
  const shape = sweepShape(def);
  return shape.mode === 'sweep' ? def.fields.find((f) => f.name === shape.field) : undefined;
}
