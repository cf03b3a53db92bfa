import type { BulkKind } from './types';

const kinds = new Map<string, BulkKind<any>>();

/** Registers a bulk kind (idempotent for the same object); throws on a clashing name. */
export function registerBulkKind<P>(kind: BulkKind<P>): BulkKind<P> {
  const existing = kinds.get(kind.kind);
  if (existing && existing !== kind) throw new Error(`Bulk kind "${kind.kind}" is registered twice; give each kind a unique name.`);
  if (!kind.apply === !kind.applyRange) throw new Error(`Bulk kind "${kind.kind}" needs exactly one of \`apply\` (items) or \`applyRange\` (a range).`);
  kinds.set(kind.kind, kind);
  return kind;
}

/** The registered kind named `name`; throws with a hint when it is unknown. */
export function getBulkKind(name: string): BulkKind<unknown> {
  const k = kinds.get(name);
  if (!k) throw new Error(`Unknown bulk kind "${name}": import its module in src/bulk/kinds.ts so it registers at start-up.`);
  return k;
}

/** The registered kind named `name`, or undefined (a caller with a fallback for unknown kinds). */
export const findBulkKind = (name: string): BulkKind<unknown> | undefined => kinds.get(name);

/** Names of every registered kind. */
export const bulkKindNames = () => [...kinds.keys()];
