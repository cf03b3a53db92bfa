/**
 * A settings change as the audit trail records it: one field, its value before and after. A
 * secret field (a password, a token) records only that it changed (`hidden`), never a value.
 * Stored in an audit record's `details.changes`.
 */
export interface FieldChange {
  field: string;
  before?: string | number | boolean | null | string[];
  after?: string | number | boolean | null | string[];
  /** A secret: set or replaced; neither value is recorded. */
  hidden?: true;
}

type Value = FieldChange['before'];

const same = (a: Value, b: Value) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields of `after` whose value differs from `before` (every field of `after` when `before` is
 * null: a creation), in `after`'s order, then each of `secrets` that was given a new value.
 */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, Value>, secrets: Record<string, boolean> = {}): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    const old = before ? ((before[field] ?? null) as Value) : null;
    if (before && same(old, value)) continue;
    out.push(before ? { field, before: old, after: value } : { field, after: value });
  }
  for (const [field, changed] of Object.entries(secrets)) if (changed) out.push({ field, hidden: true });
  return out;
}

/** The changes recorded in an audit record's details, or none (older records, reads, refusals). */
export function changesOf(details: unknown): FieldChange[] {
  const c = details && typeof details === 'object' ? (details as { changes?: unknown }).changes : undefined;
  return Array.isArray(c) ? (c.filter((x) => x && typeof x === 'object' && typeof (x as FieldChange).field === 'string') as FieldChange[]) : [];
}
