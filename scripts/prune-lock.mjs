// `npm run lock:prune`: removes from package-lock.json the optional platform packages the npm
// registry reachable here does not serve (macOS/Windows/other-arch binaries of Astro's compiler and
// Pagefind). npm install skips them silently but leaves them named in the lock, and `npm ci` then
// refuses the lock as out of sync. Run it after any dependency change.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const removed = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name];
      removed.push(name);
    }
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(removed.length ? `Removed from the lock (not served by this registry): ${removed.join(', ')}` : 'The lock names no missing optional package.');
