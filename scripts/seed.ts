// `npm run seed -- --users N --attendances M [--reset]`: fills the database (DATABASE_URL, or the
// embedded one in DATA_DIR) with the demo organization. Refuses a database that already has users
// unless --reset is given. Stop the server first when using the embedded database.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { count } from 'drizzle-orm';
import { z } from 'zod';
import { readEnv } from '../src/env';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { wipeDatabase } from '../src/db/reset';
import { users } from '../src/db/schema';
import { seedDemo, demoAccounts, DEMO_PASSWORD } from '../src/db/seed/demo';

const { values } = parseArgs({
  options: { users: { type: 'string', default: '60' }, attendances: { type: 'string', default: '400' }, reset: { type: 'boolean', default: false } },
});
const size = z.object({ users: z.coerce.number().int().min(0).max(5_000_000), attendances: z.coerce.number().int().min(0).max(50_000_000) }).safeParse(values);
if (!size.success) {
  console.error('--users and --attendances take whole numbers (for example: npm run seed -- --users 100000 --attendances 1000000).');
  process.exit(2);
}

const env = readEnv();
const migrationsDir = resolve(env.MIGRATIONS_DIR);
const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: resolve(env.DATA_DIR), migrationsDir });
try {
  const [{ n }] = await handle.db.select({ n: count() }).from(users);
  if (n > 0 && !values.reset) {
    console.error(`The database already has ${n} users. Run again with --reset to wipe it and seed from scratch.`);
    process.exitCode = 1;
  } else {
    if (n > 0) {
      await wipeDatabase(handle.db);
      await migrateDatabase(handle, migrationsDir);
    }
    const started = performance.now();
    await seedDemo(handle.db, size.data);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Seeded ${size.data.users} users and ${size.data.attendances} attendances on ${handle.driver} in ${seconds.toFixed(1)} s.`);
    console.log(`Demo accounts (password ${DEMO_PASSWORD}): ${demoAccounts.map((a) => a.email).join(', ')}`);
  }
} finally {
  await handle.close();
}
