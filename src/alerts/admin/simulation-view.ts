import { perLang, type Localized } from '@/i18n/localized';

/** One message a simulation says would have been sent, as the screens show it. */
export interface SimulatedMessage {
  kind: string;
  at: string | null;
  recordLabel: string | null;
  status: string | null;
  summary: Localized | null;
  /** Whether it would have gone out (false: recorded only, e.g. `pending` or suppressed by a silence or the grid). */
  sent: boolean | null;
  /** Why it would not have gone out (`suppressed:silence`, `suppressed:window`). */
  suppressed: string | null;
  /** How many of the rule's contacts (enabled ones) would have received it; null when the engine does not say. */
  recipients: number | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : null);
const localized = (v: unknown): Localized | null =>
  isRecord(v) && typeof v['pt-BR'] === 'string' && typeof v.en === 'string' ? perLang((lang) => String(v[lang])) : null;

/**
 * The engine's simulation (`simulateRule`) as the screens list it: its events (each with the
 * message's payload, at top level or under `payload`) and how many stored runs it replayed.
 */
export function simulationView(result: unknown): { runs: number | null; messages: SimulatedMessage[] } {
  const root = isRecord(result) ? result : {};
  const events = Array.isArray(result) ? result : Array.isArray(root.events) ? root.events : [];
  const runs = typeof root.runs === 'number' ? root.runs : Array.isArray(root.runs) ? root.runs.length : null;
  const messages = events.filter(isRecord).map((e) => {
    const p = isRecord(e.payload) ? e.payload : e;
    return {
      kind: str(e.kind) ?? '',
      at: str(e.at) ?? str(p.at),
      recordLabel: str(p.recordLabel) ?? str(e.recordLabel),
      status: str(p.status),
      summary: localized(p.summary),
      sent: typeof e.sent === 'boolean' ? e.sent : null,
      suppressed: str(e.suppressed),
      recipients: Array.isArray(e.contactIds) ? e.contactIds.length : null,
    };
  });
  return { runs, messages };
}
