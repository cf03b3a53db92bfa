import { useEffect, useState } from 'preact/hooks';
import type { ClientField } from '../../checks/lib/client-fields';
import { checkStrings } from '../../i18n/checks';
import type { Lang } from '../../i18n/ui';
import { CheckResultView, type ShownResult } from './CheckResultView';
import './checks.css';

type Field = ClientField;
interface Props {
  id: string;
  lang: Lang;
  fields: Field[];
  last: ShownResult | null;
  /** The organization's time zone, for when the result ran. */
  timeZone?: string;
}
type Option = { id: number | string; label: string };
const RECORD_KINDS = new Set(['mailbox', 'queue', 'user', 'service', 'survey', 'occurrence-reason', 'document', 'module']);

/** The empty choice of a select: what leaving an optional field empty means ("Todas as filas"), or "Escolha…". */
function emptyChoice(field: Field, lang: Lang): string {
  if (!field.optional) return checkStrings.t(lang, 'choose');
  if (field.emptyLabel) return field.emptyLabel;
  const key = `all.${field.kind}` as const;
  return key in checkStrings.table ? checkStrings.t(lang, key as keyof typeof checkStrings.table & `all.${string}`) : checkStrings.t(lang, 'all');
}

/** Options of a record picker, from GET /api/pickers/<kind> (searchable for users). */
function RecordPicker({ field, lang, value, onChange }: { field: Field; lang: Lang; value: string; onChange: (v: string) => void }) {
  const [options, setOptions] = useState<Option[] | null>(null);
  const [q, setQ] = useState('');
  const [error, setError] = useState(false);
  useEffect(() => {
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      fetch(`/api/pickers/${field.kind}?lang=${lang}&q=${encodeURIComponent(q)}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((d: { options: Option[] }) => (setOptions(d.options), setError(false)))
        .catch((e: Error) => e.name !== 'AbortError' && setError(true));
    }, q ? 250 : 0);
    return () => (clearTimeout(t), ctrl.abort());
  }, [field.kind, q]);
  return (
    <span class="omni-picker">
      {field.kind === 'user' && <input type="search" placeholder={checkStrings.t(lang, 'search')} value={q} onInput={(e) => setQ(e.currentTarget.value)} aria-label={`${field.label}: ${checkStrings.t(lang, 'search')}`} />}
      <select name={field.name} value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-label={field.label}>
        <option value="">{emptyChoice(field, lang)}</option>
        {(options ?? []).map((o) => (
          <option value={String(o.id)}>{o.label}</option>
        ))}
      </select>
      {error && <small class="omni-field-error">{checkStrings.t(lang, 'loadFailed')}</small>}
    </span>
  );
}

/** The runnable live check: inputs picked from real records, Run, the colored result. */
export default function CheckRunner({ id, lang, fields, last, timeZone }: Props) {
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const [result, setResult] = useState<ShownResult | null>(last);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  // Functional update: two quick inputs (a pick, then a checkbox) must not overwrite each other.
  const set = (name: string, v: string | boolean) => setValues((prev) => ({ ...prev, [name]: v }));

  async function run(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    const body: Record<string, unknown> = {};
    for (const f of fields) {
      const v = values[f.name];
      if (v === undefined || v === '') continue;
      body[f.name] = f.kind === 'boolean' ? Boolean(v) : RECORD_KINDS.has(f.kind) && /^\d+$/.test(String(v)) ? Number(v) : v;
    }
    try {
      const res = await fetch(`/api/checks/${id}?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const data = await res.json();
      if (res.ok) setResult(data);
      else {
        setError(data.error ?? String(res.status));
        setErrors(data.fields ?? {});
      }
    } catch {
      setError(checkStrings.t(lang, 'networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="omni-runner" onSubmit={run} data-check-runner={id}>
      {fields.map((f) => (
        <label class="omni-field">
          {f.kind === 'boolean' ? (
            <>
              <input type="checkbox" name={f.name} checked={Boolean(values[f.name])} onChange={(e) => set(f.name, e.currentTarget.checked)} /> {f.label}
            </>
          ) : (
            <>
              <span>{f.label}</span>
              {RECORD_KINDS.has(f.kind) ? (
                <RecordPicker field={f} lang={lang} value={String(values[f.name] ?? '')} onChange={(v) => set(f.name, v)} />
              ) : f.kind === 'choice' ? (
                <span class="omni-picker">
                  <select name={f.name} value={String(values[f.name] ?? '')} onChange={(e) => set(f.name, e.currentTarget.value)}>
                    <option value="">{emptyChoice(f, lang)}</option>
                    {(f.options ?? []).map((o) => (
                      <option value={o.value}>{o.label}</option>
                    ))}
                  </select>
                </span>
              ) : (
                <input name={f.name} type={f.kind === 'datetime' ? 'datetime-local' : f.kind === 'date' ? 'date' : 'text'} value={String(values[f.name] ?? '')} onInput={(e) => set(f.name, e.currentTarget.value)} />
              )}
            </>
          )}
          {errors[f.name]?.map((m) => <small class="omni-field-error">{m}</small>)}
        </label>
      ))}
      <p>
        <button type="submit" disabled={busy}>
          {busy ? checkStrings.t(lang, 'running') : checkStrings.t(lang, 'run')}
        </button>
      </p>
      {error && (
        <p class="omni-run-error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">{result ? <CheckResultView result={result} lang={lang} timeZone={timeZone} /> : <p class="omni-result-when">{checkStrings.t(lang, 'neverRun')}</p>}</div>
    </form>
  );
}
