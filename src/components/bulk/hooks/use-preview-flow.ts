import { useState } from 'preact/hooks';

/** Where a bulk form stands: nothing asked yet, a dry run on its way or shown, the request being sent, the job running or ended, or an error. */
export type FlowState = 'idle' | 'previewing' | 'previewed' | 'confirming' | 'running' | 'done' | 'error';

/** What a step of the flow hears back: an action's answer (`callAction`) or anything shaped like it. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Preview → confirm → progress, the one path of every bulk form (rendered by BulkFlow).
 * `runPreview` runs the dry run, `confirm` sends the request (its answer names the new request's
 * id and whatever else the form needs: `confirmed`); the job then runs and `finished` marks its
 * end; `back` returns to the choices, `reset` starts over. An error keeps the last preview so the
 * person sees what they were confirming.
 */
export function usePreviewFlow<P, C extends { requestId: string } = { requestId: string }>() {
  const [state, setState] = useState<FlowState>('idle');
  const [preview, setPreview] = useState<P | null>(null);
  const [confirmed, setConfirmed] = useState<C | null>(null);
  const [error, setError] = useState<string | null>(null);

  return {
    state,
    preview,
    confirmed,
    requestId: confirmed?.requestId ?? null,
    error,
    busy: state === 'previewing' || state === 'confirming',
    /** A job was started (running or ended): the form shows its progress, then its summary. */
    started: state === 'running' || state === 'done',
    async runPreview(run: () => Promise<Outcome<P>>) {
      setState('previewing');
      setError(null);
      setPreview(null);
      const r = await run();
      if (!r.ok) {
        setError(r.error);
        return setState('error');
      }
      setPreview(r.data);
      setState('previewed');
    },
    /** `run` sends the request; its answer carries the new request's id. */
    async confirm(run: () => Promise<Outcome<C>>) {
      setState('confirming');
      setError(null);
      const r = await run();
      if (!r.ok) {
        setError(r.error);
        return setState('error');
      }
      setConfirmed(r.data);
      setState('running');
    },
    /** A refusal's own preview (e.g. the file changed since): shown in place of the old one. */
    replacePreview: (p: P) => setPreview(p),
    /** Shows a message without leaving the choices (e.g. "choose a target first"). */
    fail(message: string) {
      setError(message);
      setState('error');
    },
    finished: () => setState('done'),
    /** Back to the choices: the preview is dropped, the selection kept. */
    back() {
      setPreview(null);
      setError(null);
      setState('idle');
    },
    reset() {
      setPreview(null);
      setConfirmed(null);
      setError(null);
      setState('idle');
    },
  };
}

export type PreviewFlow<P, C extends { requestId: string } = { requestId: string }> = ReturnType<typeof usePreviewFlow<P, C>>;
