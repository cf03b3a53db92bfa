import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import type { ClientField } from '@/checks/lib/client-fields';
import type { RecordPickerKind } from '@/checks/pickers';
import { checkStrings } from '@/i18n/checks';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';

type Option = { id: number | string; label: string };

/** The field kinds picked from real records (the rest are typed in, ticked or chosen from a list). */
const RECORD_KINDS: readonly RecordPickerKind[] = ['mailbox', 'queue', 'user', 'service', 'survey', 'occurrence-reason', 'document', 'module'];

/** Whether a check field picks a record (and so gets a RecordPicker and a numeric id). */
export const isRecordField = (field: ClientField): field is ClientField & { kind: RecordPickerKind } =>
  (RECORD_KINDS as readonly string[]).includes(field.kind);

/** The empty choice of a select: what leaving an optional field empty means ("Todas as filas"), or "Escolha…". */
export function emptyChoice(field: ClientField, lang: Lang): string {
  const t = checkStrings.in(lang);
  if (!field.optional) return t('choose');
  if (field.emptyLabel) return field.emptyLabel;
  const key = `all.${field.kind}` as const;
  return key in checkStrings.table ? t(key as keyof typeof checkStrings.table & `all.${string}`) : t('all');
}

/** Options of a record picker, from `actions.checks.picker` (searchable for users). */
export function RecordPicker({
  field,
  lang,
  value,
  onChange,
}: {
  field: ClientField & { kind: RecordPickerKind };
  lang: Lang;
  value: string;
  onChange: (v: string) => void;
}) {
  const t = checkStrings.in(lang);
  const [options, setOptions] = useState<Option[] | null>(null);
  const [q, setQ] = useState('');
  const [error, setError] = useState(false);
  useEffect(() => {
    // A later search supersedes this one: its answer, arriving late, is dropped.
    let current = true;
    const timer = setTimeout(
      () => {
        void callAction(actions.checks.picker, { kind: field.kind, q }, lang).then((r) => {
          if (!current) return;
          if (r.ok) setOptions(r.data.options);
          setError(!r.ok);
        });
      },
      q ? 250 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [field.kind, q]);
  return (
    <span class="omni-picker">
      {field.kind === 'user' && (
        <input type="search" placeholder={t('search')} value={q} onInput={(e) => setQ(e.currentTarget.value)} aria-label={`${field.label}: ${t('search')}`} />
      )}
      <select name={field.name} value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-label={field.label}>
        <option value="">{emptyChoice(field, lang)}</option>
        {(options ?? []).map((o) => (
          <option value={String(o.id)}>{o.label}</option>
        ))}
      </select>
      {error && <small class="omni-field-error">{t('loadFailed')}</small>}
    </span>
  );
}
