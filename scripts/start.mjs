// `npm start`: builds the site when its sources changed, then serves it with the Node adapter on
// http://localhost:4321 (HOST and PORT override).
import { build } from './build.mjs';

build({ ifNeeded: true });

process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';
await import(new URL('../dist/server/entry.mjs', import.meta.url).href);
console.log(`\nOmni Runbook is running: http://${process.env.HOST}:${process.env.PORT}/  (English: /en/)\n`);
