import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handlersOf, importsFromEndpoint, routeFiles } from '../helpers/route-files';

/**
 * The routes anyone may call, each authenticating by its own means when it does: sign-in and
 * sign-out, readiness and liveness, the heartbeat (its task's Bearer token), health and metrics (HEALTH_TOKEN
 * or an admin:health session). The search dialog's insight counters take signed-in searches only
 * (issue 24; see src/pages/api/search/queries.ts). Every other handler is a `defineEndpoint` with a permission.
 */
const publicRoutes = [
  'GET src/pages/api/health.ts',
  'GET src/pages/api/ready.ts',
  'GET src/pages/api/live.ts',
  'GET src/pages/metrics.ts',
  'POST src/pages/api/auth/login.ts',
  'POST src/pages/api/auth/logout.ts',
  'POST src/pages/api/scheduler/heartbeat.ts',
];

describe('route files', () => {
  const files = routeFiles();

  test('are found (src/pages/api and /metrics)', () => {
    expect(files).toContain('src/pages/api/me.ts');
    expect(files).toContain('src/pages/metrics.ts');
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(files)('%s exports only handlers built with defineEndpoint, definePublicEndpoint or operationRoute', (file) => {
    const handlers = handlersOf(file);
    expect(handlers.length, `${file} exports no method handler`).toBeGreaterThan(0);
    for (const h of handlers) {
      expect(['defineEndpoint', 'definePublicEndpoint', 'operationRoute'], `${h.method} of ${file} is a ${h.builtWith}`).toContain(h.builtWith);
      expect(importsFromEndpoint(file, h.builtWith), `${file} imports ${h.builtWith} from src/server/endpoint`).toBe(true);
    }
    expect(readFileSync(file, 'utf8')).toMatch(/export const prerender = false;/);
  });

  test('the public handlers are exactly the listed ones', () => {
    const found = files.flatMap((f) =>
      handlersOf(f)
        .filter((h) => h.builtWith === 'definePublicEndpoint')
        .map((h) => `${h.method} ${f}`),
    );
    expect(found.sort()).toEqual([...publicRoutes].sort());
  });
});

describe('handlersOf (the static reading this test relies on)', () => {
  test('tells a defineEndpoint handler from a hand-written one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'endpoint-structure-'));
    try {
      writeFileSync(
        join(dir, 'a.ts'),
        "import { defineEndpoint } from '../../server/endpoint';\nexport const GET = defineEndpoint({});\nexport const POST: APIRoute = async () => new Response();\nexport async function PUT() {}\nconst DELETE = 1;\nexport { DELETE };\n",
      );
      expect(handlersOf(join(dir, 'a.ts'))).toEqual([
        { method: 'GET', builtWith: 'defineEndpoint' },
        { method: 'POST', builtWith: 'ArrowFunction' },
        { method: 'PUT', builtWith: 'function declaration' },
        { method: 'DELETE', builtWith: 're-export' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
