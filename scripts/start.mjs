// `npm start`: builds the site when its sources changed, serves it with the Node adapter on
// http://localhost:4321 (HOST and PORT override) through scripts/serve.mjs, which opens the
// database (embedded PGlite in ./data, or DATABASE_URL), applies migrations and seeds the demo
// organization when empty (printing the demo accounts); a failed start says why and exits 1.
import { build } from './build.mjs';
import { serve } from './serve.mjs';

build({ ifNeeded: true });

process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';
const base = await serve();
console.log(`\nOmni Runbook is running: ${base}/  (English: ${base}/en/)\n`);
