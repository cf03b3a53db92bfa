import type { Lang } from '@/i18n/ui';
import type { CheckField, PickerKind } from '../types';

/** A check's input field as the runner island receives it: every text already in the page's language. */
export interface ClientField {
  name: string;
  kind: PickerKind;
  label: string;
  optional: boolean;
  /** For `choice`: the values and their labels. */
  options?: { value: string; label: string }[];
  /** What leaving an optional field empty means, when the field says so. */
  emptyLabel?: string;
}

/** The fields of a check for the runner in `lang` (labels, choices and the empty choice translated). */
export function clientFields(fields: readonly CheckField[], lang: Lang): ClientField[] {
  return fields.map((f) => ({
    name: f.name,
    kind: f.kind,
    label: f.label[lang],
    optional: f.optional ?? false,
    ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label[lang] })) } : {}),
    ...(f.emptyLabel ? { emptyLabel: f.emptyLabel[lang] } : {}),
  }));
}
