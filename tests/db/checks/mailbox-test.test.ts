import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createMailboxTestCheck } from '@/checks/definitions/mailbox-test';
import { runCheck } from '@/checks/runner';
import { saveMailbox } from '@/mail/save-mailbox';
import type { MailboxInput } from '@/mail/mailbox-input';
import { openImap } from '@/mail/imap-probe';
import { decryptSecret } from '@/security/secrets';
import { parseAllowList, type Resolver } from '@/security/outbound-guard';
import type { CheckDefinition, CheckResult } from '@/checks/types';
import type { SessionUser } from '@/auth/session';
import type { DbHandle } from '@/db/client';
import { getTestDb } from '../../helpers/db';
import { freePort } from '../../helpers/free-port';
import { startMailServers, type MailServers } from '../../helpers/mail-servers';

let h: DbHandle;
let mail: MailServers;
let admin: SessionUser;
let closedPort: number;
/** Names resolved without DNS: `localhost` and `mx.attacker.example` both point at loopback. */
const resolver: Resolver = async (host) => {
  const table: Record<string, string> = { localhost: '127.0.0.1', 'mx.attacker.example': '127.0.0.1', 'wrong-name.test': '127.0.0.1' };
  if (!table[host]) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return [{ address: table[host], family: 4 }];
};
const allowList = parseAllowList('127.0.0.1');
let check: CheckDefinition;

beforeAll(async () => {
  [h, mail] = await Promise.all([getTestDb(), startMailServers()]);
  await seedDemo(h.db, { users: 5, attendances: 0 });
  const [u] = await h.db.select().from(t.users).where(eq(t.users.email, 'admin@demo.local'));
  admin = { id: u.id, email: u.email, name: u.name, profile: 'Administrator', permissions: ['admin:checks'], sessionId: 'x', sessionCreatedAt: new Date() };
  check = createMailboxTestCheck({ resolver, allowList, ca: mail.ca, timeoutMs: 2000, waitMs: 10_000, pollMs: 200 }) as CheckDefinition;
  closedPort = await freePort();
}, 120_000);
afterAll(async () => {
  await mail?.stop();
  await h?.close();
});

function good(over: Partial<MailboxInput> = {}): MailboxInput {
  return {
    name: `Teste ${Math.random().toString(36).slice(2, 7)}`,
    address: mail.account.address,
    imapHost: 'localhost',
    imapPort: mail.imap.tlsPort,
    imapSecurity: 'tls',
    imapUser: mail.account.user,
    imapPassword: mail.account.password,
    folder: 'INBOX',
    smtpHost: 'localhost',
    smtpPort: mail.smtp.starttlsPort,
    smtpSecurity: 'starttls',
    smtpUser: mail.account.user,
    smtpPassword: mail.account.password,
    active: true,
    ...over,
  };
}

async function mailbox(over: Partial<MailboxInput> = {}): Promise<number> {
  const r = await saveMailbox(h.db, good(over), { resolver, allowList });
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  return r.mailbox.id;
}

async function run(mailboxId: number, roundTrip = false): Promise<CheckResult> {
  return runCheck(check, { db: h.db, user: admin, input: check.input.parse({ mailboxId, roundTrip }) });
}

const failText = (r: CheckResult, lang: 'pt-BR' | 'en') =>
  r.findings
    .filter((f) => f.status === 'fail')
    .map((f) => f.message[lang])
    .join('\n');

describe('mailbox-test', () => {
  test('passes IMAP (TLS) and SMTP (STARTTLS) against the real servers', async () => {
    const r = await run(await mailbox());
    expect(r.status).toBe('ok');
    expect(r.findings.map((f) => f.status)).toEqual(['ok', 'ok']);
    expect(r.findings[0].message.en).toMatch(/^IMAP: connection, encryption, sign-in and folder "INBOX" OK/);
  });

  test('passes IMAP with STARTTLS and SMTP with direct TLS', async () => {
    const r = await run(await mailbox({ imapPort: mail.imap.plainPort, imapSecurity: 'starttls', smtpPort: mail.smtp.tlsPort, smtpSecurity: 'tls' }));
    expect(r.status).toBe('ok');
  });

  test('names the password fields when the password is wrong', async () => {
    const r = await run(await mailbox({ imapPassword: 'wrong-password-1', smtpPassword: 'wrong-password-2' }));
    expect(r.status).toBe('fail');
    expect(failText(r, 'en')).toContain('Fix the field "IMAP password"');
    expect(failText(r, 'en')).toContain('Fix the field "SMTP password"');
    expect(failText(r, 'pt-BR')).toContain('Corrija o campo "Senha IMAP"');
    expect(r.findings.find((f) => f.status === 'fail')!.fix).toMatchObject({
      article: 'email/emails-not-arriving',
      anchor: { en: '3-credentials-of-the-external-mailbox' },
    });
  });

  test('names the server field when the host does not exist', async () => {
    const id = await mailbox();
    await h.db.update(t.mailboxes).set({ imapHost: 'imap.nowhere.invalid' }).where(eq(t.mailboxes.id, id));
    const r = await run(id);
    expect(r.status).toBe('fail');
    expect(failText(r, 'en')).toMatch(/The IMAP server "imap.nowhere.invalid" was not found.*Fix the field "IMAP server"/);
    expect(failText(r, 'pt-BR')).toMatch(/não foi encontrado.*"Servidor IMAP"/);
  });

  test('names the port field when nothing listens on the port', async () => {
    const r = await run(await mailbox({ imapPort: closedPort, smtpPort: closedPort }));
    expect(failText(r, 'en')).toContain(`Nothing answers on port ${closedPort} of localhost`);
    expect(failText(r, 'en')).toContain('Fix the field "IMAP port"');
    expect(failText(r, 'en')).toContain('Fix the field "SMTP port"');
  });

  test('names the security field on a TLS mismatch, both ways', async () => {
    const r = await run(await mailbox({ imapPort: mail.imap.plainPort, imapSecurity: 'tls', smtpPort: mail.smtp.tlsPort, smtpSecurity: 'starttls' }));
    expect(r.status).toBe('fail');
    expect(failText(r, 'en')).toContain('Fix the field "IMAP security (TLS/STARTTLS)"');
    expect(failText(r, 'en')).toContain('Fix the field "SMTP security (TLS/STARTTLS)"');
    expect(failText(r, 'pt-BR')).toContain('a negociação de criptografia não combinou');
  });

  test('names the server field when the certificate is for another name', async () => {
    const r = await run(await mailbox({ imapHost: 'wrong-name.test', smtpHost: 'wrong-name.test' }));
    expect(failText(r, 'en')).toMatch(/certificate is not valid for "wrong-name.test".*"IMAP server"/);
  });

  test('reports a server that accepts the connection but never answers, within the step timeout', async () => {
    const r = await run(await mailbox({ imapPort: mail.silentPort, smtpPort: mail.silentPort, smtpSecurity: 'tls' }));
    expect(r.status).toBe('fail');
    expect(failText(r, 'en')).toContain(`localhost:${mail.silentPort} did not answer within 2 s`);
  });

  test('stops at the check time limit and says so', async () => {
    const slow = createMailboxTestCheck({ resolver, allowList, ca: mail.ca, timeoutMs: 30_000 }) as CheckDefinition;
    const id = await mailbox({ imapPort: mail.silentPort, smtpPort: mail.silentPort, smtpSecurity: 'tls' });
    const r = await runCheck(slow, { db: h.db, user: admin, input: { mailboxId: id, roundTrip: false }, timeLimitMs: 500 });
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/did not finish within its 0.5 s limit/);
  });

  test('round trip: the message with a unique token arrives and is deleted', async () => {
    const r = await run(await mailbox(), true);
    expect(r.findings.map((f) => f.message.en).join('\n')).not.toMatch(/fail|Fix the field/i);
    expect(r.status).toBe('ok');
    expect(r.findings[2].message.en).toMatch(/^Round trip: the test message arrived in \d+ ms and was deleted\.$/);
    const client = await openImap(
      { host: 'localhost', port: mail.imap.tlsPort, security: 'tls', user: mail.account.user, password: mail.account.password },
      { resolver, allowList, ca: mail.ca },
    );
    try {
      const lock = await client.getMailboxLock('INBOX');
      try {
        const left = await client.search({ header: { 'x-omni-runbook-test': 'omni-runbook-' } }, { uid: true });
        expect(left).toEqual([]);
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
  });

  test('refuses at run time a host name that resolves to a loopback address not in the allow-list', async () => {
    const id = await mailbox();
    await h.db.update(t.mailboxes).set({ imapHost: 'mx.attacker.example', smtpHost: 'localhost' }).where(eq(t.mailboxes.id, id));
    const strict = createMailboxTestCheck({ resolver, allowList: parseAllowList(''), ca: mail.ca, timeoutMs: 2000 }) as CheckDefinition;
    const r = await runCheck(strict, { db: h.db, user: admin, input: { mailboxId: id, roundTrip: false } });
    expect(failText(r, 'en')).toContain('The IMAP server "mx.attacker.example" points to an internal or reserved address (127.0.0.1)');
    expect(failText(r, 'en')).toContain('The SMTP server "localhost" points to an internal or reserved address (127.0.0.1)');
  });

  test('tests every active mailbox when none is chosen', async () => {
    const strict = createMailboxTestCheck({ resolver, allowList, ca: mail.ca, timeoutMs: 2000 }) as CheckDefinition;
    const r = await runCheck(strict, { db: h.db, user: admin, input: strict.input.parse({}) });
    const active = await h.db.select().from(t.mailboxes).where(eq(t.mailboxes.active, true));
    expect(new Set(r.findings.map((f) => f.record!.id)).size).toBe(active.length);
    expect(r.summary.en).toMatch(new RegExp(`of ${active.length} mailboxes working`));
  });

  test('never puts a password in a result, a stored run or an audit record', async () => {
    const rows = await h.db.select().from(t.checkRuns).where(eq(t.checkRuns.checkId, 'mailbox-test'));
    const audits = await h.db.select().from(t.auditRecords).where(like(t.auditRecords.target, 'check:mailbox-test'));
    expect(rows.length).toBeGreaterThan(5);
    expect(audits.length).toBe(rows.length);
    const text = JSON.stringify([rows, audits]);
    for (const secret of [mail.account.password, 'wrong-password-1', 'wrong-password-2', 'demo-imap-password']) expect(text).not.toContain(secret);
  });
});

describe('saveMailbox', () => {
  test('encrypts the passwords at rest and returns the mailbox without them', async () => {
    const r = await saveMailbox(h.db, good(), { resolver, allowList });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r.mailbox)).not.toContain(mail.account.password);
    expect(r.mailbox).not.toHaveProperty('imapPasswordEnc');
    const [row] = await h.db.select().from(t.mailboxes).where(eq(t.mailboxes.id, r.mailbox.id));
    expect(row.imapPasswordEnc).not.toContain(mail.account.password);
    expect(decryptSecret(row.imapPasswordEnc)).toBe(mail.account.password);
  });

  test('refuses hosts resolving to loopback (by a stubbed name and by the real localhost) unless allow-listed, and changes nothing', async () => {
    const before = (await h.db.select().from(t.mailboxes)).length;
    const strict = { resolver, allowList: parseAllowList('') };
    const r1 = await saveMailbox(h.db, good({ imapHost: 'mx.attacker.example' }), strict);
    const r2 = await saveMailbox(h.db, good({ smtpHost: 'localhost' }), { allowList: parseAllowList('') });
    const r3 = await saveMailbox(h.db, good({ imapHost: '169.254.169.254' }), strict);
    expect(r1.ok || r2.ok || r3.ok).toBe(false);
    if (!r1.ok) expect(r1.fields.imapHost.en).toContain('internal or reserved address (127.0.0.1)');
    if (!r2.ok) expect(r2.fields.smtpHost['pt-BR']).toContain('endereço interno ou reservado');
    if (!r3.ok) expect(r3.fields.imapHost.en).toContain('169.254.169.254');
    expect((await h.db.select().from(t.mailboxes)).length).toBe(before);
  });

  test('keeps the stored password when an update leaves it out', async () => {
    const id = await mailbox();
    const { imapPassword: _i, smtpPassword: _s, ...rest } = good({ name: 'Renomeada' });
    const r = await saveMailbox(h.db, { ...rest, id }, { resolver, allowList });
    expect(r.ok).toBe(true);
    const [row] = await h.db.select().from(t.mailboxes).where(eq(t.mailboxes.id, id));
    expect(row.name).toBe('Renomeada');
    expect(decryptSecret(row.smtpPasswordEnc)).toBe(mail.account.password);
  });
});
