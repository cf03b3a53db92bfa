/**
 * The per-field messages of a 400 (`fields` of the endpoint's answer) tied to their controls:
 * `invalid(k)` marks the control (aria-invalid, aria-describedby) and `message(k)` is the text
 * beside it, with the id the control points to. `prefix` keeps the ids unique on the page.
 */
export function fieldErrors<K extends string>(prefix: string, fields: Partial<Record<K, string[]>>) {
  const id = (k: K) => `${prefix}-${k}-error`;
  return {
    message: (k: K) =>
      fields[k]?.length ? (
        <span id={id(k)} class="omni-field-error">
          {fields[k]!.join(' ')}
        </span>
      ) : null,
    invalid: (k: K) => (fields[k]?.length ? { 'aria-invalid': 'true' as const, 'aria-describedby': id(k) } : {}),
  };
}
