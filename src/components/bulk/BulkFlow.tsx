import type { ComponentChildren } from 'preact';
import type { PreviewFlow } from './hooks/use-preview-flow';

/** The parts a bulk form supplies to the shell; everything else (order, when each step shows) is the shell's. */
export interface BulkFlowParts<P, C extends { requestId: string }> {
  /** The form's state (usePreviewFlow): which step is on screen. */
  flow: PreviewFlow<P, C>;
  /** Class of the form's root (`omni-tool omni-bulk-form …`). */
  class: string;
  /** Shown throughout, above the choices (an introduction, a list that stays while the job runs). */
  head?: ComponentChildren;
  /** Pick and select: the form's own choices and its Preview button, shown until a job starts. */
  choices: ComponentChildren;
  /** The dry run's answer as the form shows it (usually a `BulkPreview`), until a job starts. */
  preview: (preview: P) => ComponentChildren;
  /** Progress, then the summary, of the request confirmed (usually a `BulkProgress` with a summary). */
  progress: (confirmed: C) => ComponentChildren;
  /** Shown throughout, below everything (a history). */
  tail?: ComponentChildren;
  /** Class of the error line. Default `omni-error`. */
  errorClass?: string;
}

/**
 * The one shell of every bulk form: pick → select (the form's `choices`) → preview → confirm →
 * progress → summary. Each form supplies only its own parts; the shell decides what shows when:
 * the choices until a job starts, the error of the last step, the preview while it can still be
 * confirmed, then the job's progress and summary. Nothing is written before the preview's confirm.
 */
export default function BulkFlow<P, C extends { requestId: string }>({
  flow,
  class: root,
  head,
  choices,
  preview,
  progress,
  tail,
  errorClass = 'omni-error',
}: BulkFlowParts<P, C>) {
  return (
    <div class={root} data-pagefind-ignore>
      {head}
      {!flow.started && choices}
      {flow.error && (
        <p class={errorClass} role="alert">
          {flow.error}
        </p>
      )}
      {flow.preview !== null && !flow.started && preview(flow.preview)}
      {flow.confirmed && progress(flow.confirmed)}
      {tail}
    </div>
  );
}
