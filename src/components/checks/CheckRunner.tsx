import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import type { ClientField } from '@/checks/lib/client-fields';
import { checkStrings } from '@/i18n/checks';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { CheckResultView, type ShownResult } from './CheckResultView';
import { emptyChoice, isRecordField, RecordPicker } from './RecordPicker';
import './checks.css';

interface Props {
  id: string;
  lang: Lang;
  fields: ClientField[];
  last: ShownResult | null;
  /** The organization's time zone, for when the result ran. */
  timeZone: string;
}
type Values = Record<string, string | boolean>;

/** The input a check receives from the form: empty fields left out, record ids as numbers. */
function inputOf(fields: ClientField[], values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v === undefined || v === '') continue;
    input[f.name] = f.kind === 'boolean' ? Boolean(v) : isRecordField(f) && /^\d+$/.test(String(v)) ? Number(v) : v;
  }
  return input;
}

/**
 * A result's input, comparable: keys sorted (the form's field order must not matter), and a box
 * ticked then unticked the same as one never ticked.
 */
function inputKey(input: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(input)
      .filter((k) => input[k] !== false)
      .sort()
      .map((k) => [k, input[k]]),
  );
}

/** One input of the form: a checkbox, a record picker, a choice, or a date or text box; its errors below. */
function FieldInput({
  f,
  lang,
  value,
  set,
  errors,
}: {
  f: ClientField;
  lang: Lang;
  value: string | boolean | undefined;
  set: (name: string, v: string | boolean) => void;
  errors?: string[];
}) {
  const text = String(value ?? '');
  const control = () => {
    if (isRecordField(f)) return <RecordPicker field={f} lang={lang} value={text} onChange={(v) => set(f.name, v)} />;
    if (f.kind === 'choice') {
      return (
        <span class="omni-picker">
          <select name={f.name} value={text} onChange={(e) => set(f.name, e.currentTarget.value)}>
            <option value="">{emptyChoice(f, lang)}</option>
            {(f.options ?? []).map((o) => (
              <option value={o.value}>{o.label}</option>
            ))}
          </select>
        </span>
      );
    }
    const type = f.kind === 'datetime' ? 'datetime-local' : f.kind === 'date' ? 'date' : 'text';
    return <input name={f.name} type={type} value={text} onInput={(e) => set(f.name, e.currentTarget.value)} />;
  };
  return (
    <label class="omni-field">
      {f.kind === 'boolean' ? (
        <>
          <input type="checkbox" name={f.name} checked={Boolean(value)} onChange={(e) => set(f.name, e.currentTarget.checked)} /> {f.label}
        </>
      ) : (
        <>
          <span>{f.label}</span>
          {control()}
        </>
      )}
      {errors?.map((m) => (
        <small class="omni-field-error">{m}</small>
      ))}
    </label>
  );
}

/** The runnable live check: inputs picked from real records, Run, the colored result. */
export default function CheckRunner({ id, lang, fields, last, timeZone }: Props) {
  const t = checkStrings.in(lang);
  const [values, setValues] = useState<Values>({});
  // A result belongs to the input it ran with (`key`): the stored one to the empty form it was
  // chosen for (LiveCheckPanel), a fresh one to what was sent. Only the result of the current input is shown.
  const [result, setResult] = useState<{ key: string; shown: ShownResult } | null>(last ? { key: inputKey({}), shown: last } : null);
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
    const sent = inputOf(fields, values);
    const r = await callAction(actions.checks.run, { ...sent, id }, lang);
    setBusy(false);
    if (r.ok) return setResult({ key: inputKey(sent), shown: r.data });
    // A refused run (no record picked, a record out of reach) has no result: an earlier one would
    // read as the answer to this input.
    setResult(null);
    setError(r.error);
    setErrors(r.fields);
  }

  const shown = result && result.key === inputKey(inputOf(fields, values)) ? result.shown : null;

  return (
    <form class="omni-runner" onSubmit={run} data-check-runner={id}>
      {fields.map((f) => (
        <FieldInput f={f} lang={lang} value={values[f.name]} set={set} errors={errors[f.name]} />
      ))}
      <p>
        <button type="submit" disabled={busy}>
          {busy ? t('running') : t('run')}
        </button>
      </p>
      {error && (
        <p class="omni-run-error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">
        {shown ? (
          <CheckResultView result={shown} lang={lang} timeZone={timeZone} />
        ) : (
          <p class="omni-result-when">{t(fields.length ? 'noResultForInput' : 'neverRun')}</p>
        )}
      </div>
    </form>
  );
}
