/**
 * The Prometheus text exposition format (version 0.0.4), kept pure so its escaping and bounds are
 * unit-tested apart from the database: families of samples with `# HELP` and `# TYPE`.
 */

export type Labels = Record<string, string | number | undefined>;
export interface Sample {
  labels: Labels;
  value: number;
}
export interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: Sample[];
}

/** A label value as the format requires: backslash, double quote and line feed escaped. */
export const escapeLabel = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
/** `# HELP` text: backslash and line feed escaped (quotes are allowed there). */
const escapeHelp = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A number as the format writes it (`NaN`, `+Inf`, `-Inf` included). */
function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(3)));
}

/** `{a="x",b="y"}`, or nothing without labels; an undefined label is left out (Prometheus reads an empty one as absent). */
function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => {
      if (!LABEL_NAME.test(k)) throw new Error(`invalid label name ${JSON.stringify(k)}`);
      return `${k}="${escapeLabel(String(v))}"`;
    });
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** The exposition of `families`, in order; a family without samples still says what it is. */
export function exposition(families: Family[]): string {
  const lines: string[] = [];
  for (const f of families) {
    if (!NAME.test(f.name)) throw new Error(`invalid metric name ${JSON.stringify(f.name)}`);
    lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples) lines.push(`${f.name}${formatLabels(s.labels)} ${formatValue(s.value)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * At most `limit` entries per key, the first ones kept (the records come sorted like the dashboard's
 * sweep): the bound on label cardinality, whatever the caller passes in.
 */
export function capPerKey<T>(items: T[], key: (t: T) => string, limit: number): T[] {
  const seen = new Map<string, number>();
  return items.filter((t) => {
    const n = (seen.get(key(t)) ?? 0) + 1;
    seen.set(key(t), n);
    return n <= limit;
  });
}
