import { accessibleRequest, bulkRequestParams } from '@/bulk/accessible-request';
import { getBulkRequest } from '@/bulk/requests';
import { progressOf } from '@/bulk/status';
import { logError } from '@/server/log-error';
import type { Db } from '@/db/client';
import { defineEndpoint } from '@/server/endpoint';
import { isDraining } from '@/server/lifecycle';

export const prerender = false;

const POLL_MS = 700;
/** A stream ends after this; EventSource reconnects by itself. */
const MAX_MS = 10 * 60_000;
const TERMINAL = new Set(['done', 'failed', 'cancelled']);

/**
 * GET /api/bulk/<id>/events: server-sent events. `progress` whenever the counts or the state
 * change, then `end` with the final state. It polls the row, so it works whichever instance
 * runs the job.
 */
export const GET = defineEndpoint({
  action: 'bulk.events',
  permission: null,
  params: bulkRequestParams,
  handler: async (c) => progressStream(c.db, (await accessibleRequest(c, 'bulk.events')).id, c.api.request.signal),
});

/** The event stream of request `id`, until it ends, the client leaves or MAX_MS passes. */
function progressStream(db: Db, id: string, signal: AbortSignal): Response {
  const enc = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => controller.enqueue(enc.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      const started = Date.now();
      let last = '';
      try {
        controller.enqueue(enc.encode('retry: 2000\n\n'));
        // A stopping instance ends its streams: EventSource reconnects, through the proxy, to another.
        while (!signal.aborted && !isDraining() && Date.now() - started < MAX_MS) {
          const r = await getBulkRequest(db, id);
          if (!r) break;
          const p = progressOf(r);
          const key = JSON.stringify(p);
          if (key !== last) send('progress', p);
          last = key;
          if (TERMINAL.has(r.state)) {
            send('end', p);
            break;
          }
          await new Promise((res) => setTimeout(res, POLL_MS));
        }
      } catch (e) {
        logError('bulk events', e);
      }
      try {
        controller.close();
      } catch {
        /* already closed by the client */
      }
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no', connection: 'keep-alive' },
  });
}
