import { and, asc, count, eq, max, min } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attendances, type Attendance } from '@/db/schema';

/** How many of the oldest queued attendances the confirmation step shows. */
export const CLOSURE_SAMPLE_SIZE = 5;

/** What a closure would finish right now: the count, the oldest and newest arrival and a sample (nothing written). */
export interface ClosurePreview {
  serviceId: number;
  /** Attendances queued in the service now. */
  queued: number;
  /** The newest queued attendance's id: Confirm sends it back, so nothing that arrives later is closed. Null when none. */
  upToId: number | null;
  /** When the oldest / newest of them entered the queue (ISO instants), null when none. */
  oldest: string | null;
  newest: string | null;
  /** The oldest few: protocol, channel id (the screen shows its label) and when it opened. */
  sample: { protocol: string; channel: Attendance['channel']; createdAt: string }[];
  /** The organization's time zone, in which the screen writes those moments. */
  timeZone: string;
}

/** Reads the preview of closing `serviceId`'s queue (the caller has checked the scope). */
export async function previewClosure(db: Db, serviceId: number, timeZone: string): Promise<ClosurePreview> {
  const queued = and(eq(attendances.serviceId, serviceId), eq(attendances.status, 'queued'));
  const [agg] = await db
    .select({ n: count(), upToId: max(attendances.id), oldest: min(attendances.createdAt), newest: max(attendances.createdAt) })
    .from(attendances)
    .where(queued);
  const sample = await db
    .select({ protocol: attendances.protocol, channel: attendances.channel, createdAt: attendances.createdAt })
    .from(attendances)
    .where(queued)
    .orderBy(asc(attendances.createdAt), asc(attendances.id))
    .limit(CLOSURE_SAMPLE_SIZE);
  const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
  return {
    serviceId,
    queued: Number(agg?.n ?? 0),
    upToId: agg?.upToId == null ? null : Number(agg.upToId),
    oldest: iso(agg?.oldest),
    newest: iso(agg?.newest),
    sample: sample.map((s) => ({ protocol: s.protocol, channel: s.channel, createdAt: new Date(s.createdAt).toISOString() })),
    timeZone,
  };
}
