import type { Db } from '../db/client';
import { auditRecords } from '../db/schema';

const SECRET_KEY = /pass(word)?|secret|token|senha|key|authorization|cookie/i;

/** A deep copy of `value` where every field whose name looks like a secret is replaced by `[redacted]`. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v)]));
  }
  return value;
}

export interface AuditEntry {
  actor?: { id: number; email: string } | null;
  /** Falls back to this when there is no signed-in actor (e.g. a failed sign-in). */
  actorEmail?: string;
  action: string;
  target?: string;
  inputs?: unknown;
  outcome: string;
  details?: unknown;
  ip?: string;
}

/** The row an entry becomes, inputs and details redacted (for callers that insert it in a larger statement). */
export function auditRow(e: AuditEntry) {
  return {
    actorId: e.actor?.id ?? null,
    actorEmail: e.actor?.email ?? e.actorEmail ?? null,
    action: e.action,
    target: e.target ?? null,
    inputs: e.inputs === undefined ? null : redact(e.inputs),
    outcome: e.outcome,
    details: e.details === undefined ? null : redact(e.details),
    ip: e.ip ?? null,
  };
}

/** Appends one audit record; inputs and details are redacted first. */
export async function audit(db: Db, e: AuditEntry): Promise<void> {
  await db.insert(auditRecords).values(auditRow(e));
}
