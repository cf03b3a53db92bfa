import FieldErrors from './FieldErrors';

interface Base {
  label: string;
  name: string;
  value: string;
  onValue: (value: string) => void;
  errors: Record<string, string[]>;
  /** The input field whose server messages show under it (default: `name`). */
  errorKey?: string;
}

/** A labelled select with its options (`[value, text]`) and the server's messages for it. */
export function SelectField({ label, name, value, onValue, errors, errorKey = name, options }: Base & { options: readonly (readonly [string, string])[] }) {
  return (
    <label class="omni-field">
      {label}
      <select name={name} value={value} onChange={(e) => onValue(e.currentTarget.value)} aria-invalid={errors[errorKey] ? 'true' : undefined}>
        {options.map(([v, text]) => (
          <option value={v}>{text}</option>
        ))}
      </select>
      <FieldErrors k={errorKey} errors={errors} />
    </label>
  );
}

/** A labelled text, number, e-mail or URL input and the server's messages for it. */
export function InputField({ label, name, value, onValue, errors, errorKey = name, ...rest }: Base & Record<string, unknown>) {
  return (
    <label class="omni-field">
      {label}
      <input name={name} value={value} onInput={(e) => onValue(e.currentTarget.value)} aria-invalid={errors[errorKey] ? 'true' : undefined} {...rest} />
      <FieldErrors k={errorKey} errors={errors} />
    </label>
  );
}

/** A labelled checkbox. */
export function CheckField({ label, name, checked, onChecked }: { label: string; name: string; checked: boolean; onChecked: (checked: boolean) => void }) {
  return (
    <label class="omni-field">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChecked(e.currentTarget.checked)} />
      {label}
    </label>
  );
}
