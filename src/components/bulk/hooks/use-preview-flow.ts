import { useState } from 'preact/hooks';
import { messageOf } from './http';

/** Where a bulk form stands: nothing asked yet, a dry run on its way or shown, the request being sent, the job running or ended, or an error. */
export type FlowState = 'idle' | 'previewing' | 'previewed' | 'confirming' | 'running' | 'done' | 'error';

/**
 * Preview → confirm → progress, the one path of every bulk form. `preview` runs the dry run,
 * `confirm` sends the request and returns its id (the job then runs: `finished` marks its end),
 * `back` returns to the choices, `reset` starts over. An error keeps the last preview so the
 * person sees what they were confirming.
 */
export function usePreviewFlow<P>() {
  const [state, setState] = useState<FlowState>('idle');
  const [preview, setPreview] = useState<P | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  return {
    state,
    preview,
    requestId,
    error,
    busy: state === 'previewing' || state === 'confirming',
    /** A job was started (running or ended): the form shows its progress, then its summary. */
    started: state === 'running' || state === 'done',
    async runPreview(run: () => Promise<P>) {
      setState('previewing');
      setError(null);
      setPreview(null);
      try {
        setPreview(await run());
        setState('previewed');
      } catch (e) {
        setError(messageOf(e));
        setState('error');
      }
    },
    /** `run` answers the new request's id, or throws. */
    async confirm(run: () => Promise<string>) {
      setState('confirming');
      setError(null);
      try {
        setRequestId(await run());
        setState('running');
      } catch (e) {
        setError(messageOf(e));
        setState('error');
      }
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
      setRequestId(null);
      setError(null);
      setState('idle');
    },
  };
}

export type PreviewFlow<P> = ReturnType<typeof usePreviewFlow<P>>;
