import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import FieldErrors from './FieldErrors';
import { CheckField, InputField, SelectField } from './FormFields';
import SimulationView from './SimulationView';
import type { Rule, RulesData, Simulation } from './types';

type Mode = 'own' | 'one' | 'every';
type Kind = 'queue' | 'mailbox' | 'survey' | 'task';

interface Values {
  name: string;
  checkId: string;
  mode: Mode;
  kind: string;
  recordId: string;
  minStatus: 'warn' | 'fail';
  pendingRuns: string;
  recoverRuns: string;
  repeatMinutes: string;
  maxRepeats: string;
  contactId: string;
  escalateContactId: string;
  escalateAfterMinutes: string;
  gridId: string;
  onError: 'bad' | 'keep';
  enabled: boolean;
}

function initial(rule: Rule | null, data: RulesData): Values {
  const r = rule?.record;
  return {
    name: rule?.name ?? '',
    checkId: rule?.checkId ?? data.checks[0]?.id ?? '',
    mode: r?.mode ?? 'own',
    kind: r?.mode === 'one' ? r.kind : '',
    recordId: r?.mode === 'one' ? String(r.id) : '',
    minStatus: rule?.minStatus ?? 'fail',
    pendingRuns: String(rule?.pendingRuns ?? 2),
    recoverRuns: String(rule?.recoverRuns ?? 2),
    repeatMinutes: rule?.repeatMinutes == null ? '' : String(rule.repeatMinutes),
    maxRepeats: String(rule?.maxRepeats ?? 3),
    contactId: String(rule?.contactId ?? data.contacts[0]?.id ?? ''),
    escalateContactId: rule?.escalateContactId == null ? '' : String(rule.escalateContactId),
    escalateAfterMinutes: rule?.escalateAfterMinutes == null ? '' : String(rule.escalateAfterMinutes),
    gridId: rule?.gridId == null ? '' : String(rule.gridId),
    onError: rule?.onError ?? 'keep',
    enabled: rule?.enabled ?? true,
  };
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
const optional = (s: string) => (s.trim() === '' ? null : Number(s));

/** The form's values as the operations take them (numbers as numbers, empty optional fields as null). */
function inputOf(v: Values) {
  const record =
    v.mode === 'one'
      ? { mode: 'one' as const, kind: (v.kind || 'queue') as Kind, id: num(v.recordId) }
      : v.mode === 'every'
        ? { mode: 'every' as const }
        : { mode: 'own' as const };
  return {
    name: v.name,
    checkId: v.checkId,
    record,
    minStatus: v.minStatus,
    pendingRuns: num(v.pendingRuns),
    recoverRuns: num(v.recoverRuns),
    repeatMinutes: optional(v.repeatMinutes),
    maxRepeats: num(v.maxRepeats),
    contactId: num(v.contactId),
    escalateContactId: optional(v.escalateContactId),
    escalateAfterMinutes: optional(v.escalateAfterMinutes),
    gridId: optional(v.gridId),
    onError: v.onError,
    enabled: v.enabled,
  };
}

/** The records of one kind the caller may pick (the same picker the check forms use). */
function useRecords(lang: Lang, kind: string, active: boolean, tasks: { id: number; label: string }[]) {
  const [options, setOptions] = useState<{ id: number | string; label: string }[]>([]);
  useEffect(() => {
    if (active && kind === 'task') return setOptions(tasks); // the scheduler's tasks come with the list
    if (!active || !['queue', 'mailbox', 'survey'].includes(kind)) return setOptions([]);
    void callAction(actions.checks.picker, { kind: kind as 'queue', limit: 100 }, lang).then((r) => setOptions(r.ok ? r.data.options : []));
  }, [kind, active]);
  return options;
}

/** Which records the rule watches: the mode the check allows, the kind, and the record when one. */
function RecordFields({
  lang,
  v,
  set,
  mode,
  modes,
  kind,
  kinds,
  records,
  errors,
}: {
  lang: Lang;
  v: Values;
  set: <K extends keyof Values>(k: K, value: Values[K]) => void;
  mode: Mode;
  modes: Mode[];
  kind: string;
  kinds: readonly Kind[];
  records: { id: number | string; label: string }[];
  errors: Record<string, string[]>;
}) {
  const t = alertText.in(lang);
  return (
    <>
      <label class="omni-field">
        {t('form.recordMode')}
        <select name="recordMode" value={mode} onChange={(e) => set('mode', e.currentTarget.value as Mode)} aria-invalid={errors.record ? 'true' : undefined}>
          {modes.map((m) => (
            <option value={m}>{t(`form.mode.${m}`)}</option>
          ))}
        </select>
        <FieldErrors k="record" errors={errors} />
      </label>
      {mode !== 'own' && (
        <label class="omni-field">
          {t('form.recordKind')}
          <select name="recordKind" value={kind} onChange={(e) => set('kind', e.currentTarget.value)}>
            {kinds.map((k) => (
              <option value={k}>{t(`kind.${k}`)}</option>
            ))}
          </select>
        </label>
      )}
      {mode === 'one' && (
        <label class="omni-field">
          {t('form.recordId')}
          <select name="recordId" value={v.recordId} onChange={(e) => set('recordId', e.currentTarget.value)}>
            <option value="">{t('form.pickRecord')}</option>
            {records.map((o) => (
              <option value={String(o.id)}>{o.label}</option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

/** The rule form's values, the choices the chosen check allows, and its save and simulate calls. */
function useRuleForm(lang: Lang, data: RulesData, rule: Rule | null, onSaved: (name: string, closed: number) => void) {
  const t = alertText.in(lang);
  const [v, setV] = useState<Values>(() => initial(rule, data));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'sim' | null>(null);
  const [sim, setSim] = useState<Simulation | null>(null);
  const check = data.checks.find((c) => c.id === v.checkId);
  const modes: Mode[] = [...(check?.own ? (['own'] as const) : []), ...(check?.kinds.length ? (['one', 'every'] as const) : [])];
  const mode = modes.includes(v.mode) ? v.mode : (modes[0] ?? 'own');
  const kind = check?.kinds.includes(v.kind as never) ? v.kind : (check?.kinds[0] ?? '');
  const records = useRecords(lang, kind, mode === 'one', data.tasks);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((p) => ({ ...p, [k]: value }));
  const current = { ...v, mode, kind };

  function refused(r: { error: string; fields: Record<string, string[]> }) {
    setErrors(r.fields);
    setError(Object.keys(r.fields).length ? t('form.fix') : r.error);
  }
  async function submit(e: Event) {
    e.preventDefault();
    setBusy('save');
    const input = inputOf(current);
    const r = rule
      ? await callAction(actions.alerts.rules.update, { ...input, id: rule.id }, lang)
      : await callAction(actions.alerts.rules.create, input, lang);
    setBusy(null);
    if (r.ok) return onSaved(input.name, 'closed' in r.data ? r.data.closed : 0);
    refused(r);
  }
  async function simulate() {
    setBusy('sim');
    setSim(null);
    const r = await callAction(actions.alerts.rules.simulateDraft, inputOf(current), lang);
    setBusy(null);
    if (!r.ok) return refused(r);
    setErrors({});
    setError(null);
    setSim(r.data);
  }

  return { v, set, mode, modes, kind, check, records, errors, error, busy, sim, submit, simulate };
}

/**
 * Create or edit a rule, with "Simulate before saving": the unsaved rule replayed over its check's
 * last stored runs ("this is what would have been sent"). Per-field errors come from the server.
 */
export default function RuleForm({
  lang,
  data,
  rule,
  onSaved,
  onCancel,
}: {
  lang: Lang;
  data: RulesData;
  rule: Rule | null;
  onSaved: (name: string, closed: number) => void;
  onCancel: () => void;
}) {
  const t = alertText.in(lang);
  const { v, set, mode, modes, kind, check, records, errors, error, busy, sim, submit, simulate } = useRuleForm(lang, data, rule, onSaved);

  const numberField = (k: 'pendingRuns' | 'recoverRuns' | 'repeatMinutes' | 'maxRepeats' | 'escalateAfterMinutes', max: number) => (
    <InputField
      label={t(`form.${k}`)}
      name={k}
      value={v[k]}
      onValue={(x) => set(k, x)}
      errors={errors}
      type="number"
      min="1"
      max={String(max)}
      inputMode="numeric"
    />
  );
  const contacts = data.contacts.map((c) => [String(c.id), c.enabled ? c.name : `${c.name} (${t('contact.disabled')})`] as const);
  const selectField = (
    k: 'checkId' | 'minStatus' | 'contactId' | 'escalateContactId' | 'gridId' | 'onError',
    label: string,
    options: readonly (readonly [string, string])[],
  ) => <SelectField label={label} name={k} value={v[k]} onValue={(x) => set(k, x as never)} errors={errors} options={options} />;

  return (
    <form class="omni-form" onSubmit={submit} data-rule-form={rule?.id ?? 'new'} noValidate>
      <h2>{rule ? t('form.edit', { name: rule.name }) : t('form.new')}</h2>
      {rule && (
        <p class="omni-muted" data-retarget-note>
          {t('form.retargetNote')}
        </p>
      )}
      <div class="omni-grid">
        <InputField label={t('form.name')} name="name" value={v.name} onValue={(x) => set('name', x)} errors={errors} />
        {selectField(
          'checkId',
          t('form.check'),
          data.checks.map((c) => [c.id, c.title[lang]] as const),
        )}
        <RecordFields lang={lang} v={v} set={set} mode={mode} modes={modes} kind={kind} kinds={check?.kinds ?? []} records={records} errors={errors} />
        {selectField('minStatus', t('form.minStatus'), [
          ['fail', t('form.minStatus.fail')],
          ['warn', t('form.minStatus.warn')],
        ])}
        {numberField('pendingRuns', 100)}
        {numberField('recoverRuns', 100)}
        {numberField('repeatMinutes', 10080)}
        {numberField('maxRepeats', 100)}
        {selectField('contactId', t('form.contact'), contacts)}
        {selectField('escalateContactId', t('form.escalateContact'), [['', t('form.none')], ...contacts])}
        {numberField('escalateAfterMinutes', 10080)}
        {selectField('gridId', t('form.grid'), [['', t('form.always')], ...data.grids.map((g) => [String(g.id), g.name] as const)])}
        {selectField('onError', t('form.onError'), [
          ['keep', t('form.onError.keep')],
          ['bad', t('form.onError.bad')],
        ])}
        <CheckField label={t('form.enabled')} name="enabled" checked={v.enabled} onChecked={(x) => set('enabled', x)} />
      </div>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <p class="omni-actions">
        <button type="button" class="omni-secondary" data-action="simulate-draft" disabled={busy !== null} onClick={simulate}>
          {t(busy === 'sim' ? 'simulating' : 'form.simulate')}
        </button>
        <button type="submit" disabled={busy !== null}>
          {t(busy === 'save' ? 'form.saving' : 'form.save')}
        </button>
        <button type="button" class="omni-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </p>
      {sim && <SimulationView sim={sim} lang={lang} timeZone={data.timeZone} />}
    </form>
  );
}
