import { openDatabase } from '../src/db/client';
import { seedDemo } from '../src/db/seed/demo';
import { organization } from '../src/db/schema';
const h = await openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/probe_hostile', migrationsDir: 'src/db/migrations', poolSize: 2 });
await seedDemo(h.db, { users: 0, attendances: 0 });
await h.db.update(organization).set({ contractedSeats: 1_000_000 });
await h.close();
