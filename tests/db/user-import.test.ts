import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { eq, inArray, sql } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { bulkItems, bulkRequests, organization, profiles, serviceManagers, services, userServiceLinks, users, auditRecords } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { readImport } from '@/bulk/user-import/read-import';
import { confirmImport } from '@/bulk/user-import/confirm';
import { runBulkRequest } from '@/bulk';
import { verifyPassword } from '@/auth/password';
import { importTemplate } from '@/bulk/user-import/templates';

let h: DbHandle;
let admin: { id: number; email: string; permissions: never[] };
let supervisor: { id: number; email: string; permissions: never[] };
let managed: number[];
let unmanaged: number;
let supervisorProfile: number;

const file = (s: string | Buffer) => Readable.from([typeof s === 'string' ? Buffer.from(s) : s]);
const preview = (s: string | Buffer, actor = admin) => readImport(h.db, file(s), { actor });
const messagesEn = (r: Awaited<ReturnType<typeof preview>>) => r.problems.map((p) => `${p.line}|${p.column}|${p.message.en}`);

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 5, attendances: 0 });
  const u = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0];
  admin = { id: (await u('admin@demo.local')).id, email: 'admin@demo.local', permissions: ['admin:all-services'] as never[] };
  supervisor = { id: (await u('supervisor@demo.local')).id, email: 'supervisor@demo.local', permissions: ['manage:user-import'] as never[] };
  managed = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisor.id))).map((m) => m.serviceId);
  unmanaged = (await h.db.select().from(services)).find((s) => !managed.includes(s.id))!.id;
  supervisorProfile = (await h.db.select().from(profiles).where(eq(profiles.name, 'Supervisor')))[0].id;
});
afterAll(async () => h?.close());

describe('readImport', () => {
  test('reads a Windows-1252 semicolon file from Excel with accents, CRLF and a quoted line break', async () => {
    const text = `Nome;E-MAIL;Telefone;Senha;Serviço;Perfil;Max_Attend\r\n"João\r\nda Conceição";joao.c@empresa.com.br;(11) 98765-4321;Turno2026a;${managed[0]};${supervisorProfile};3\r\n;;;;;;\r\n`;
    const r = await readImport(h.db, file(iconv.encode(text, 'win1252')), { actor: supervisor, keepRows: true });
    expect(r).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 1, valid: 1, problemCount: 0, canImport: true });
    expect(r.validRows![0]).toMatchObject({ line: 2, name: 'João\nda Conceição', serviceId: managed[0], profileId: supervisorProfile, maxAttend: 3 });
  });

  test('reads UTF-8 with and without BOM, comma and tab, English headers in any order and case', async () => {
    const body = 'PASSWORD,phone,E-mail,name\nAtende7bx,21998765432,ana@x.com.br,Ana Sá\n';
    for (const buf of [Buffer.from(body), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), Buffer.from(body.replaceAll(',', '\t'))]) {
      const r = await readImport(h.db, file(buf), { actor: admin, keepRows: true });
      expect(r.problemCount).toBe(0);
      expect(r.validRows![0].name).toBe('Ana Sá');
    }
  });

  test('reports each bad row by line and column with what to do', async () => {
    const csv = [
      'name;email;phone;password;service;perfil;max_attend',
      ';a@x.com;11987654321;Turno2026a;;;', // 2: name missing
      'B;not-an-email;11987654321;Turno2026a;;;', // 3
      'C;c@x.com;12ab;Turno2026a;;;', // 4
      'D;dup@x.com;11987654321;Turno2026a;;;', // 5
      'E;DUP@x.com;11987654321;Turno2026a;;;', // 6: duplicate of 5
      'F;agent@demo.local;11987654321;Turno2026a;;;', // 7: in use
      'G;g@x.com;11987654321;Turno2026a;9999;;', // 8: unknown service
      'H;h@x.com;11987654321;Turno2026a;;777;', // 9: unknown profile
      'I;i@x.com;11987654321;Turno2026a;;;-1', // 10
      'J;j@x.com;11987654321;Turno2026a;;;2.5', // 11
      'K;k@x.com;11987654321;abc;;;', // 12: weak
      'L;l@x.com;11987654321;senha123;;;', // 13: too common
    ].join('\n');
    const r = await preview(csv);
    expect(r.canImport).toBe(false);
    const m = messagesEn(r);
    expect(m).toContain('2|name|Mandatory field is empty. Fill in "name".');
    expect(m.some((x) => x.startsWith('3|email|Invalid e-mail'))).toBe(true);
    expect(m.some((x) => x.startsWith('4|phone|Invalid phone'))).toBe(true);
    expect(m).toContain('6|email|Duplicate e-mail: it already appears on line 5. Each user needs an e-mail of their own.');
    expect(m.some((x) => x.startsWith('7|email|This e-mail already belongs'))).toBe(true);
    expect(m.some((x) => x.startsWith('8|service|There is no service with the id or name "9999"'))).toBe(true);
    expect(m.some((x) => x.startsWith('9|perfil|There is no profile with the id or name "777"'))).toBe(true);
    expect(m.some((x) => x.startsWith('10|max_attend|max_attend must be a whole number'))).toBe(true);
    expect(m.some((x) => x.startsWith('11|max_attend|'))).toBe(true);
    expect(m).toContain('12|password|Weak password: use at least 8 characters.');
    expect(m.some((x) => x.startsWith('13|password|Weak password: it is too obvious'))).toBe(true);
    expect(r.problems[0].message['pt-BR']).toBe('Campo obrigatório vazio. Preencha "name".');
    expect(r.valid).toBe(1);
  });

  test('lists problems in line order when rows without an e-mail (checked at once) and rows with one (checked by batch against the database) alternate', async () => {
    // Rows without an e-mail skip the database lookup, but only when no row with one waits before
    // them; across more than a batch (500) and a slice of text, the order stays the file's.
    const lines = ['name,email,phone,password'];
    for (let i = 0; i < 1200; i++)
      lines.push(
        i % 3 === 0
          ? `Sem Email ${i},,11987654321,Turno2026a`
          : i % 3 === 1
            ? `Tomado ${i},admin@demo.local,11987654321,Turno2026a`
            : `Ok ${i},ok${i}@empresa.com.br,11987654321,Turno2026a`,
      );
    const r = await readImport(h.db, file(lines.join('\n') + '\n'), { actor: admin, problemLimit: 5000 });
    const seen = r.problems.map((p) => p.line);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(r.rows).toBe(1200);
    expect(r.valid).toBe(400);
    // The first e-mail row is taken (in the database), each later one repeats it.
    const keys = r.problems.filter((p) => p.column === 'email').map((p) => p.message.en);
    expect(keys.filter((m) => /already belongs/.test(m))).toHaveLength(1);
    expect(keys.filter((m) => /line 3/.test(m))).toHaveLength(399);
  });

  test('makes a service outside the supervisor’s reach, or a blank one meaning the default service, a row problem', async () => {
    const r = await preview(
      `name,email,phone,password,service\nA,a1@x.com,11987654321,Turno2026a,${unmanaged}\nB,b1@x.com,11987654321,Turno2026a,\nC,c1@x.com,11987654321,Turno2026a,${managed[0]}\n`,
      supervisor,
    );
    expect(messagesEn(r).map((x) => x.split('|').slice(0, 2).join('|'))).toEqual(['2|service', '3|service']);
    expect(r.problems[0].message.en).toContain('is not one you manage');
  });

  test('reports header problems: missing mandatory, unknown and duplicate columns', async () => {
    const r = await preview('name,email,email,password,cargo\nA,a@x.com,a@x.com,Turno2026a,x\n');
    const m = messagesEn(r);
    expect(m.some((x) => x.startsWith('1|email|Column "email" appears twice'))).toBe(true);
    expect(m.some((x) => x.startsWith('1|cargo|Column "cargo" is not part'))).toBe(true);
    expect(m.some((x) => x.startsWith('1||The mandatory column "phone" is missing'))).toBe(true);
  });

  test('refuses files that are too large, empty, header-only or not CSV, with a clear message', async () => {
    const big = await readImport(h.db, file('name,email\n' + 'x,y\n'.repeat(100)), { actor: admin, maxBytes: 64 });
    expect(big.fileError).toMatchObject({ status: 413 });
    expect(big.fileError!.message.en).toContain('larger than 20 MB');
    expect((await preview('')).fileError?.message.en).toContain('The file is empty');
    expect((await preview('name,email,phone,password\r\n')).fileError?.message.en).toContain('only has the header');
    expect((await preview(Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'))).fileError).toMatchObject({
      status: 415,
      message: { en: expect.stringContaining('Excel workbook (.xlsx)') },
    });
    expect(await preview(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]))).toMatchObject({ fileError: { status: 415 } });
  });

  test('needs no license for imported users, who join no group (one license rule everywhere)', async () => {
    const [org] = await h.db.select().from(organization);
    await h.db.update(organization).set({ contractedSeats: 0 });
    const r = await preview('name,email,phone,password\nA,room@x.com,11987654321,Turno2026a\n');
    expect(r.seats).toMatchObject({ contracted: 0, needed: 0, enough: true });
    expect(r.canImport).toBe(true);
    await h.db.update(organization).set({ contractedSeats: org.contractedSeats });
  });

  test('accepts the downloaded templates once filled in; refuses their example row while it is there', async () => {
    for (const lang of ['pt-BR', 'en'] as const) {
      const t = importTemplate(lang, { service: 'Suporte Técnico', profile: lang === 'en' ? 'User' : 'Usuário' });
      const [header, example] = t.split('\r\n');
      const d = lang === 'pt-BR' ? ';' : ',';
      // As downloaded: the example row alone, refused (its e-mail is at example.invalid).
      const asIs = await preview(t);
      expect(asIs.canImport).toBe(false);
      expect(asIs.problems.map((p) => [p.line, p.message.en])).toEqual([
        [2, "This is the template's example row (e-mail at example.invalid). Delete it or replace it with a real user's details."],
      ]);
      // Kept among real rows, it still blocks the file.
      const kept = await preview(`${header}\r\n${example}\r\n${['Tpl', `tpl-${lang}@x.com`, '11987654321', 'Turno2026a', '', '', '2'].join(d)}\r\n`);
      expect(kept.problemCount).toBe(1);
      // Replaced by a real user, with the example's service and profile by name: accepted.
      const filled = example.replace(/^[^;,]+/, 'Tpl').replace(/[\w.]+@example\.invalid/, `tpl-${lang}@x.com`);
      const r = await preview(`${header}\r\n${filled}\r\n`);
      expect(r.problemCount).toBe(0);
    }
  });

  test('takes the service and profile by id or by exact name, accents, case and spaces aside, and says what it understood', async () => {
    const [support] = await h.db.select().from(services).where(eq(services.name, 'Suporte Técnico'));
    const [user] = await h.db.select().from(profiles).where(eq(profiles.name, 'User'));
    const csv = [
      'nome;e-mail;telefone;senha;serviço;perfil;max_attend',
      'Ana;ana.nome@x.com;11987654321;Turno2026a;SUPORTE  TECNICO;usuário;1',
      'Bia;bia.nome@x.com;11987654321;Turno2026a;suporte técnico;User;1',
      `Caio;caio.nome@x.com;11987654321;Turno2026a;${support.id};${supervisorProfile};1`,
    ].join('\r\n');
    const r = await readImport(h.db, file(csv), { actor: supervisor, keepRows: true });
    const both = (n: string) => ({ 'pt-BR': n, en: n });
    const userProfile = { 'pt-BR': 'Usuário', en: 'User' };
    expect(r.problems).toEqual([]);
    expect(r.validRows!.map((v) => [v.serviceId, v.profileId])).toEqual([
      [support.id, user.id],
      [support.id, user.id],
      [support.id, supervisorProfile],
    ]);
    expect(r.understood).toEqual([
      { field: 'service', value: 'SUPORTE  TECNICO', id: support.id, name: both('Suporte Técnico') },
      { field: 'service', value: 'suporte técnico', id: support.id, name: both('Suporte Técnico') },
      { field: 'profile', value: 'usuário', id: user.id, name: userProfile },
      { field: 'profile', value: 'User', id: user.id, name: userProfile },
    ]);
  });

  test('refuses a name that fits several services, listing the candidates, and an unknown name; nothing is imported', async () => {
    const [twin] = await h.db.insert(services).values({ name: 'Suporte tecnico' }).returning();
    const [support] = await h.db.select().from(services).where(eq(services.name, 'Suporte Técnico'));
    try {
      const csv = [
        'name,email,phone,password,service',
        'A,amb@x.com,11987654321,Turno2026a,Suporte Técnico',
        'B,unk@x.com,11987654321,Turno2026a,Suporte Tecnologico',
      ].join('\n');
      const r = await preview(csv);
      expect(r.canImport).toBe(false);
      expect(messagesEn(r)).toEqual([
        `2|service|More than one service is called "Suporte Técnico": ${support.id} (Suporte Técnico), ${twin.id} (Suporte tecnico). Use the id of the one you mean.`,
        '3|service|There is no service with the id or name "Suporte Tecnologico". Use the id or the exact name of a service (download the list of ids and names).',
      ]);
      // The id still picks one of them.
      expect((await preview(`name,email,phone,password,service\nA,amb@x.com,11987654321,Turno2026a,${twin.id}\n`)).problemCount).toBe(0);
    } finally {
      await h.db.delete(services).where(eq(services.id, twin.id));
    }
  });
});

describe('confirmImport + user-import job', () => {
  const good = (prefix: string, n: number) =>
    'nome;e-mail;telefone;senha;serviço;perfil;max_attend\r\n' +
    Array.from({ length: n }, (_, i) => `Usuário ${i};${prefix}${i}@empresa.com.br;1198765${String(i).padStart(4, '0')};Senha-forte${i};;;${i % 3}`).join(
      '\r\n',
    );

  test('writes nothing when a row has a problem', async () => {
    const before = (await h.db.select({ n: sql<number>`count(*)::int` }).from(bulkRequests))[0].n;
    const { request, read } = await confirmImport(h.db, undefined, file(good('bad', 3) + '\r\nX;x;1;a;;;'), admin, 'en');
    expect(request).toBeUndefined();
    expect(read.problemCount).toBeGreaterThan(0);
    expect((await h.db.select({ n: sql<number>`count(*)::int` }).from(bulkRequests))[0].n).toBe(before);
  });

  test('survives a crash before commit with no half import, then imports every user once with hashed passwords', async () => {
    const { request } = await confirmImport(h.db, undefined, file(good('crash', 6)), admin, 'pt-BR', 'turma.csv');
    expect(request).toBeDefined();
    const stored = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, request!.id));
    expect(JSON.stringify(stored)).not.toContain('Senha-forte');
    await expect(
      runBulkRequest(h.db, request!.id, {
        beforeCommit: () => {
          throw new Error('server killed');
        },
      }),
    ).rejects.toThrow('server killed');
    const emails = Array.from({ length: 6 }, (_, i) => `crash${i}@empresa.com.br`);
    expect(await h.db.select().from(users).where(inArray(users.email, emails))).toHaveLength(0);
    const done = await runBulkRequest(h.db, request!.id);
    expect(done).toMatchObject({ state: 'done', processed: 6, failed: 0 });
    const created = await h.db.select().from(users).where(inArray(users.email, emails));
    expect(created).toHaveLength(6);
    expect(await verifyPassword('Senha-forte0', created.find((u) => u.email === emails[0])!.passwordHash)).toBe(true);
    const links = await h.db
      .select()
      .from(userServiceLinks)
      .where(
        inArray(
          userServiceLinks.userId,
          created.map((u) => u.id),
        ),
      );
    const [def] = await h.db.select().from(services).where(eq(services.isDefault, true));
    expect(links.map((l) => l.serviceId)).toEqual(Array(6).fill(def.id));
    const items = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, request!.id));
    expect(items.every((i) => i.state === 'applied' && i.payload === null)).toBe(true);
    const [a] = await h.db
      .select()
      .from(auditRecords)
      .where(eq(auditRecords.target, `bulk-request:${request!.id}`));
    expect(a).toMatchObject({ action: 'bulk.user-import', outcome: 'ok' });
  });

  test('rolls everything back when an e-mail is taken between confirm and run', async () => {
    const { request } = await confirmImport(h.db, undefined, file(good('race', 3)), admin, 'en');
    const [p] = await h.db.select().from(profiles).limit(1);
    await h.db.insert(users).values({ name: 'Intruder', email: 'RACE1@empresa.com.br', phone: '1', passwordHash: 'x', profileId: p.id });
    const done = await runBulkRequest(h.db, request!.id);
    expect(done?.state).toBe('failed');
    expect(
      await h.db
        .select()
        .from(users)
        .where(inArray(users.email, ['race0@empresa.com.br', 'race2@empresa.com.br'])),
    ).toHaveLength(0);
    const items = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, request!.id));
    expect(items.find((i) => i.itemKey === 'line:3')).toMatchObject({ state: 'failed' });
  });
});
