import { actions } from 'astro:actions';
import { useEffect, useRef, useState } from 'preact/hooks';
import { escalationStrings } from '@/i18n/escalations';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { EscalateFields, type RunChoice } from './EscalateFields';
import { queryFor, sessionRunIds } from './session-memory';
import './escalations.css';

interface Props {
  lang: Lang;
  article: string;
  sections: { anchor: string; text: string }[];
  /** The escalation section's anchor (preselected). */
  defaultSection: string;
  tellCustomer: string;
  targets: string[];
  timeZone: string;
}

/** Calls `open` with the wanted section whenever a red live-check result asks for the form. */
function useEscalateEvent(open: (section?: string) => void) {
  useEffect(() => {
    const onEscalate = (e: Event) => open((e as CustomEvent<{ section?: string }>).detail?.section);
    addEventListener('omni:escalate', onEscalate);
    return () => removeEventListener('omni:escalate', onEscalate);
  }, []);
}

/** `set` with `id` added or taken out. */
function toggled(set: Set<number>, id: number): Set<number> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** "Escalar": a button that opens the prefilled form; on success, the record's link to copy. */
export default function EscalateForm({ lang, article, sections, defaultSection, tellCustomer, targets, timeZone }: Props) {
  const t = escalationStrings.in(lang);
  const [open, setOpen] = useState(false);
  const [section, setSection] = useState<string>(defaultSection);
  const [query, setQuery] = useState('');
  const [symptom, setSymptom] = useState('');
  const [told, setTold] = useState(tellCustomer);
  const [attendance, setAttendance] = useState('');
  const [target, setTarget] = useState(targets[0] ?? '');
  const [mine, setMine] = useState<RunChoice[]>([]);
  const [kept, setKept] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [created, setCreated] = useState<{ id: string; url: string } | null>(null);
  const frame = useRef<HTMLDivElement>(null);

  // This tab's runs and the query that led here are known only in the browser.
  const load = async () => {
    setQuery((q) => q || queryFor(location.pathname));
    const ids = new Set(sessionRunIds());
    const r = await callAction(actions.escalations.ownRuns, { article }, lang);
    const inTab = r.ok ? r.data.runs.filter((x) => ids.has(x.runId)) : [];
    setMine(inTab);
    setKept(new Set(inTab.map((x) => x.runId)));
  };
  useEscalateEvent((wanted) => {
    if (wanted && sections.some((s) => s.anchor === wanted)) setSection(wanted);
    setOpen(true);
    setCreated(null);
    requestAnimationFrame(() => frame.current?.scrollIntoView({ block: 'start' }));
  });
  useEffect(() => {
    if (open) void load();
  }, [open]);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    const r = await callAction(
      actions.escalations.create,
      {
        article,
        section: section || undefined,
        query: query.trim() || undefined,
        symptom,
        toldCustomer: told.trim() || undefined,
        runIds: [...kept],
        // Anything but digits reaches the server as not-a-number and comes back as a field message.
        attendanceId: attendance.trim() ? Number(attendance.trim()) : undefined,
        target: target || undefined,
      },
      lang,
    );
    setBusy(false);
    if (r.ok) return setCreated(r.data);
    setError(r.error);
    setFields(r.fields);
  }

  const toggle = (id: number) => setKept((prev) => toggled(prev, id));

  return (
    <div class="omni-escalate" ref={frame} data-escalate-form>
      {!open && (
        <button type="button" class="omni-escalate-open" onClick={() => setOpen(true)} data-escalate-open>
          {t('escalate')}
        </button>
      )}
      {open && created && (
        <div class="omni-escalate-done" role="status">
          <p>{t('created')}</p>
          <p>
            <a href={created.url} data-escalation-link>
              {new URL(created.url, location.href).href}
            </a>
          </p>
          <p>
            <a href={created.url}>{t('openRecord')} →</a>
          </p>
        </div>
      )}
      {open && !created && (
        <EscalateFields
          lang={lang}
          sections={sections}
          targets={targets}
          timeZone={timeZone}
          state={{ section, query, symptom, told, attendance, target, mine, kept, busy, error, fields }}
          set={{ setSection, setQuery, setSymptom, setTold, setAttendance, setTarget, toggle, close: () => setOpen(false) }}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
