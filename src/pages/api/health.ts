import { z } from 'zod';
import { getCheck } from '@/checks/registry';
import { healthCaller } from '@/health/caller';
import { runAllChecks } from '@/health/run-all';
import { definePublicEndpoint } from '@/server/endpoint';
import { queryFlag } from '@/server/input';
import { clientAddress } from '@/server/client';

export const prerender = false;

const query = z.object({
  /** `1` (the dashboard): also run the one-record checks for every queue, mailbox and survey. Default: no. */
  sweep: queryFlag().default(false),
});

/**
 * GET /api/health: runs every check that needs no input, in parallel, and answers the summary as
 * JSON — 200 when none fails, 503 when any fails (monitors read the status code). Reachable with
 * an admin session (admin:health) or `Authorization: Bearer $HEALTH_TOKEN`.
 */
export const GET = definePublicEndpoint({
  action: 'health.read',
  authenticate: healthCaller,
  query,
  handler: async ({ api, db, lang, query: q, caller }) => {
    const report = await runAllChecks(db, caller.user, { ip: clientAddress(api), all: caller.monitor, sweep: q.sweep });
    const body = {
      status: report.status,
      checks: report.checks.map((c) =>
        'skipped' in c
          ? { id: c.checkId, title: getCheck(c.checkId)?.title[lang], skipped: true }
          : {
              id: c.checkId,
              title: getCheck(c.checkId)?.title[lang],
              status: c.status,
              summary: c.summary[lang],
              findings: c.findings.map((f) => ({ status: f.status, message: f.message[lang], record: f.record, fix: f.fix })),
              durationMs: c.durationMs,
              at: c.at,
            },
      ),
    };
    return Response.json(body, { status: report.status === 'fail' ? 503 : 200, headers: { 'cache-control': 'no-store' } });
  },
});
