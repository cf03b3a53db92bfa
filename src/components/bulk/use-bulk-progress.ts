import { actions } from 'astro:actions';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { followProgress, hasEnded, type ProgressEvent } from '../lib/stream';

/** What the status action answers for a request (state, counts, result, first failures). */
export type BulkStatus = Awaited<ReturnType<typeof actions.bulk.requests.status.orThrow>>;

export { hasEnded };

/**
 * Follows one bulk request: its progress as the stream sends it, then (at the end) its status with
 * the first failures and any error; `onEnd` hears the final progress once, after the failures are
 * read. `cancel` asks to cancel a request still waiting (a refusal becomes `error`).
 */
export function useBulkProgress(requestId: string, lang: Lang, onEnd?: (p: ProgressEvent) => void) {
  const [p, setP] = useState<ProgressEvent | null>(null);
  const [failures, setFailures] = useState<BulkStatus['failures']>([]);
  const [error, setError] = useState<string | null>(null);
  const [lost, setLost] = useState(false);
  const endRef = useRef(onEnd);
  endRef.current = onEnd;

  useEffect(
    () =>
      followProgress(requestId, {
        progress: (next) => {
          setLost(false);
          setP(next);
        },
        end: async (last) => {
          const s = await callAction(actions.bulk.requests.status, { id: requestId }, lang);
          if (s.ok) {
            setFailures(s.data.failures);
            setError(s.data.error);
          }
          setP(last);
          endRef.current?.(last);
        },
        lost: () => setLost(true),
      }),
    [requestId],
  );

  const cancel = async () => {
    const r = await callAction(actions.bulk.requests.cancel, { id: requestId }, lang);
    if (!r.ok) setError(r.error);
  };
  return { p, failures, error, lost, cancel, ended: hasEnded(p?.state) };
}
