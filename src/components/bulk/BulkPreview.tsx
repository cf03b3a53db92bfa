import type { ComponentChildren } from 'preact';

/**
 * The preview step of a bulk form (BulkFlow): what the dry run found (`children`), then Confirm
 * (only when there is something to do) and the way back to the choices.
 */
export default function BulkPreview({
  label,
  class: cls,
  live,
  confirm,
  back,
  busy,
  children,
}: {
  /** Accessible name of the section. */
  label: string;
  class: string;
  /** Announce the preview as it arrives. */
  live?: boolean;
  /** The confirm button, when the request may be sent. */
  confirm?: { label: string; class?: string; run: () => void };
  /** The button back to the choices. */
  back?: { label: string; run: () => void };
  /** A step is on its way: Confirm waits. */
  busy: boolean;
  children: ComponentChildren;
}) {
  return (
    <section class={`omni-dialog ${cls}`} aria-live={live ? 'polite' : undefined} aria-label={label}>
      {children}
      {(confirm || back) && (
        <div class="omni-actions">
          {confirm && (
            <button type="button" class={confirm.class} disabled={busy} onClick={confirm.run}>
              {confirm.label}
            </button>
          )}
          {back && (
            <button type="button" class="omni-secondary" onClick={back.run}>
              {back.label}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
