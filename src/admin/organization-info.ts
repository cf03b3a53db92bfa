import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organization } from '../db/schema';

/** What the screens need to know about the organization: its time zone and whether it is the demo. */
export async function organizationInfo(db: Db): Promise<{ timeZone: string; demo: boolean }> {
  const [org] = await db.select({ timeZone: organization.timeZone, demo: organization.demo }).from(organization).where(eq(organization.id, 1));
  return { timeZone: org?.timeZone ?? 'America/Sao_Paulo', demo: org?.demo ?? false };
}
