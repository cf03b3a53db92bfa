/**
 * How an import cell names a service or a profile: by id (as Omni's documents say) or by its exact
 * name, accents, case and repeated spaces aside. One lookup per distinct cell value: the answers are
 * remembered (at most `MEMO` values, so a file of a million different values holds no more), and
 * the names resolved are reported back to the preview ("Suporte Técnico → serviço 2").
 */

/** A record a cell may name. */
export interface NamedRecord {
  id: number;
  /** Its name as people read it (a built-in profile translated). */
  name: string;
}

/** What a cell came to: the record, no record, or several records of that name. */
export type Resolution = { id: number; name: string; byName: boolean } | { unknown: true } | { ambiguous: NamedRecord[] };

/** Distinct cell values remembered per field. */
const MEMO = 1000;
const ID = /^\d{1,9}$/;

/** Lower case, no accents, inner runs of spaces as one: `  SUPORTE  técnico ` → `suporte tecnico`. Linear. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Resolves the cells of one field (service or profile) against its records. */
export class References {
  private readonly byId = new Map<number, NamedRecord>();
  private readonly byName = new Map<string, NamedRecord[]>();
  private readonly memo = new Map<string, Resolution>();

  /**
   * `records` with every name each may be called by (a built-in profile: its stored name and its
   * label in each language).
   */
  constructor(records: { id: number; name: string; aliases: string[] }[]) {
    for (const r of records) {
      const rec = { id: r.id, name: r.name };
      this.byId.set(r.id, rec);
      for (const a of new Set([r.name, ...r.aliases].map(foldName))) {
        const list = this.byName.get(a) ?? [];
        if (!list.some((x) => x.id === r.id)) list.push(rec);
        this.byName.set(a, list);
      }
    }
  }

  /** The record `cell` (trimmed, not blank) names. */
  resolve(cell: string): Resolution {
    const known = this.memo.get(cell);
    if (known) return known;
    const r = this.lookUp(cell);
    if (this.memo.size < MEMO) this.memo.set(cell, r);
    return r;
  }

  private lookUp(cell: string): Resolution {
    if (ID.test(cell)) {
      const rec = this.byId.get(Number(cell));
      if (rec) return { ...rec, byName: false };
    }
    if (cell.length > 200) return { unknown: true };
    const list = this.byName.get(foldName(cell));
    if (!list) return { unknown: true };
    if (list.length > 1) return { ambiguous: list };
    return { ...list[0]!, byName: true };
  }

  /** The values read so far that named a record by name, with the record (at most `limit`). */
  understood(limit: number): { value: string; id: number; name: string }[] {
    const out: { value: string; id: number; name: string }[] = [];
    for (const [value, r] of this.memo) {
      if (out.length >= limit) break;
      if ('byName' in r && r.byName) out.push({ value, id: r.id, name: r.name });
    }
    return out;
  }
}

/** "2 (Suporte Técnico), 7 (Suporte técnico)": the candidates of an ambiguous name, for a message. */
export const candidatesText = (list: NamedRecord[]) =>
  [...list]
    .sort((a, b) => a.id - b.id)
    .slice(0, 10)
    .map((r) => `${r.id} (${r.name})`)
    .join(', ');
