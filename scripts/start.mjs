// `npm start`: builds the site when its sources changed, serves it with the Node adapter on
// http://localhost:4321 (HOST and PORT override), then opens the database (embedded PGlite in
// ./data, or DATABASE_URL), applies migrations, seeds the demo organization when empty and prints
// the demo accounts.
import { build } from './build.mjs';

build({ ifNeeded: true });

process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';
await import(new URL('../dist/server/entry.mjs', import.meta.url).href);
const base = `http://${process.env.HOST}:${process.env.PORT}`;
const res = await fetch(`${base}/api/ready`).catch((e) => ({ ok: false, status: String(e) }));
if (!res.ok) {
  console.error(`The site started but its database did not (status ${res.status}); the messages above say why.`);
  process.exit(1);
}
console.log(`\nOmni Runbook is running: ${base}/  (English: ${base}/en/)\n`);
