import { eq, sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { seedDemo } from '../src/db/seed/demo';
import { services, users } from '../src/db/schema';

/** A small demo organization plus the ids a benchmark needs: the supervisor and three services. */
export async function benchOrg(db: Db) {
  await seedDemo(db, { users: 50, attendances: 0 });
  const [sup] = await db.select().from(users).where(eq(users.email, 'supervisor@demo.local'));
  const all = await db.select().from(services);
  return { supervisorId: sup.id, serviceA: all[1].id, serviceB: all[2].id, serviceC: all[3].id };
}

/** `n` queued attendances in `serviceId` (same shape for the job and the baseline datasets). */
export async function queuedAttendances(db: Db, serviceId: number, n: number, tag: string) {
  await db.execute(sql`insert into attendances (protocol, channel, service_id, status, customer_name, created_at)
    select ${tag} || '-' || i, (array['chat','email','whatsapp','phone'])[1 + i % 4], ${serviceId}, 'queued', 'Cliente ' || i, now() - make_interval(mins => i % 600)
    from generate_series(1, ${n}::int) i`);
}

/** Same sizes for every run: vacuum and analyze so neither side pays for the other's dead rows. */
export async function settle(db: Db) {
  await db.execute(sql`vacuum analyze`);
  await db.execute(sql`checkpoint`);
}

/** Seconds taken by `fn`. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}
