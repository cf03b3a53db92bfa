/** The messages the server gave for field `k`, under it. */
export default function FieldErrors({ k, errors }: { k: string; errors: Record<string, string[]> }) {
  return (
    <>
      {errors[k]?.map((m) => (
        <small class="omni-field-error" data-field-error={k}>
          {m}
        </small>
      ))}
    </>
  );
}
