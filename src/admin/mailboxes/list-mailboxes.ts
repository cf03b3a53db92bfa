import { asc, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mailboxes } from '@/db/schema';
import { queryRows } from '@/db/rows';
import type { CheckStatus, Finding, Localized } from '@/checks/types';
import { publicMailbox, type PublicMailbox } from '@/mail/save-mailbox';

/** The latest mailbox test that covered a mailbox: its worst status, when, and what failed. */
export interface LastMailboxTest {
  status: CheckStatus;
  at: string;
  /** The messages of the failed parts (IMAP, SMTP, round trip), empty when all passed. */
  problems: Localized[];
  /** The mailbox was changed after this test (updatedAt later): the result is of earlier settings. */
  stale?: boolean;
}

export type MailboxRow = PublicMailbox & { lastTest: LastMailboxTest | null };

/** Runs older than this are not looked at for a mailbox's "latest test". */
const LOOKBACK_DAYS = 30;

const worst = (s: CheckStatus[]): CheckStatus => (s.includes('fail') ? 'fail' : s.includes('warn') ? 'warn' : 'ok');

/** The findings of a stored run that concern mailbox `id`, reduced to its status line. */
export function lastTestOf(id: number, at: Date | string, findings: Finding[]): LastMailboxTest | null {
  const mine = findings.filter((f) => f.record?.kind === 'mailbox' && Number(f.record.id) === id);
  if (!mine.length) return null;
  return { status: worst(mine.map((f) => f.status)), at: new Date(at).toISOString(), problems: mine.filter((f) => f.status !== 'ok').map((f) => f.message) };
}

/**
 * Every mailbox (no password, encrypted or not) with the latest `mailbox-test` run that covered it,
 * whether run for that mailbox alone, for every active one or by the dashboard; `stale` when the
 * mailbox was saved after it.
 */
export async function listMailboxes(db: Db): Promise<MailboxRow[]> {
  const rows = await db.select().from(mailboxes).orderBy(asc(mailboxes.name), asc(mailboxes.id));
  if (!rows.length) return [];
  const runs = await queryRows<{ id: number; at: string; findings: Finding[] }>(
    db,
    sql`select m.id, r.at, r.findings from mailboxes m
        cross join lateral (
          select cr.at, cr.findings from check_runs cr
          where cr.check_id = 'mailbox-test'
            and cr.at > now() - make_interval(days => ${LOOKBACK_DAYS})
            and cr.findings @> jsonb_build_array(jsonb_build_object('record', jsonb_build_object('kind', 'mailbox', 'id', m.id)))
          order by cr.at desc limit 1) r`,
  );
  const last = new Map(runs.map((r) => [r.id, lastTestOf(r.id, r.at, r.findings)]));
  return rows.map((m) => {
    const test = last.get(m.id) ?? null;
    return { ...publicMailbox(m), lastTest: test && { ...test, stale: m.updatedAt.getTime() > Date.parse(test.at) } };
  });
}
