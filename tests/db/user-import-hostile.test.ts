import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { organization, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { readImport } from '@/bulk/user-import/read-import';
import { isEmail } from '@/bulk/user-import/validate-row';
import { MAX_REPORT_PROBLEMS, problemsCsvResponse } from '@/bulk/user-import/problems-csv';

let h: DbHandle;
let admin: { id: number; email: string; permissions: never[] };
const HEADER = 'name,email,phone,password\n';
const row = (i: number) => `User ${i},user${i}@hostile.example.com,11987654321,Turno2026a${i}\n`;
/** The file in 64 KB pieces, as an upload arrives. */
const file = (s: string | Buffer) => {
  const b = typeof s === 'string' ? Buffer.from(s) : s;
  return Readable.from(
    (function* () {
      for (let i = 0; i < b.length; i += 65_536) yield b.subarray(i, i + 65_536);
    })(),
  );
};
const preview = (s: string | Buffer) => readImport(h.db, file(s), { actor: admin });

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 3, attendances: 0 });
  await h.db.update(organization).set({ contractedSeats: 1_000_000 });
  const [a] = await h.db.select().from(users).where(eq(users.email, 'admin@demo.local'));
  admin = { id: a.id, email: a.email, permissions: [] as never[] };
});
afterAll(async () => h?.close());

describe('readImport on hostile files', () => {
  test('reads a header padded with 40,000 empty cells like any header', async () => {
    const r = await preview(HEADER.trimEnd() + ','.repeat(40_000) + '\n' + row(1) + row(2));
    expect(r).toMatchObject({ rows: 2, valid: 2, problemCount: 0, canImport: true });
  });

  test('refuses a header of 40,000 named cells with one problem', async () => {
    const r = await preview(HEADER.trimEnd() + ',x'.repeat(40_000) + '\n' + row(1));
    expect(r.canImport).toBe(false);
    expect(r.problems.some((p) => p.message.en.startsWith('The header has 40004 columns'))).toBe(true);
    expect(r.problemCount).toBeLessThanOrEqual(260);
  });

  test('refuses an e-mail of 128,000 characters built to make a pattern backtrack, echoing 60 at most', async () => {
    const evil = 'a@' + 'a.'.repeat(64_000) + '(';
    expect(isEmail(evil)).toBe(false);
    expect(isEmail('a@' + 'a.'.repeat(100) + '(')).toBe(false);
    expect(isEmail('ana.souza@empresa.com.br')).toBe(true);
    const r = await preview(`name,email,phone,password\nA,"${evil}",11987654321,Turno2026a\n`);
    expect(r.rows).toBe(1);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message.en).toMatch(/^A value on this line is longer than 1,000 characters/);
    const shorter = 'a@' + 'a.'.repeat(300) + '(';
    const r2 = await preview(`name,email,phone,password\nA,${shorter},11987654321,Turno2026a\n`);
    expect(r2.problems[0].message.en).toMatch(/^Invalid e-mail/);
    expect(r2.problems[0].message.en.length).toBeLessThan(200);
  });

  test('makes an unclosed quote a problem of its line and keeps reading, never an error', async () => {
    const r = await preview(HEADER + row(1) + '"Broken,broken@x.com,11987654321,Turno2026a\n' + Array.from({ length: 30 }, (_, i) => row(i + 2)).join(''));
    expect(r.fileError).toBeUndefined();
    expect(r.problems.map((p) => [p.line, p.message.en.slice(0, 30)])).toEqual([[3, 'This line opens a quote (") th']]);
    expect(r.valid).toBe(31);
    expect(r.rows).toBe(32);
    const end = await preview(HEADER + row(1) + 'X,"never,closed');
    expect(end.problems.map((p) => p.line)).toEqual([3]);
  });

  test('makes a NUL past the start of the file a problem of its line', async () => {
    const body = HEADER + Array.from({ length: 100 }, (_, i) => row(i)).join('') + 'Nul\u0000Name,nul@x.com,11987654321,Turno2026a\n' + row(100);
    const r = await preview(body);
    expect(r.fileError).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 102 });
    expect(r.problems[0].message['pt-BR']).toMatch(/caractere nulo/);
    expect(r.valid).toBe(101);
  });

  test('keeps the first 1,000 problems of 60,000 and counts them all', async () => {
    const r = await preview(HEADER + 'x\n'.repeat(20_000));
    expect(r.rows).toBe(20_000);
    expect(r.problemCount).toBe(60_000); // e-mail, phone and password missing on each row
    expect(r.problems).toHaveLength(1000);
    expect(r.problems[999].line).toBe(335);
  });
});

describe('problemsCsvResponse', () => {
  test('streams every problem up to the cap, then says how many more', async () => {
    const res = await problemsCsvResponse(h.db, file(HEADER + 'x\n'.repeat(70_000)), admin, 'en', 'p.csv');
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    let lines = 0;
    let last = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = last + dec.decode(value, { stream: true });
      const parts = text.split('\r\n');
      last = parts.pop()!;
      lines += parts.length;
      if (parts.length) last = last || '';
      if (parts.length && parts.at(-1)!.includes('more problems')) last = parts.at(-1)!;
    }
    expect(lines).toBe(1 + MAX_REPORT_PROBLEMS + 1);
    expect(last).toContain('And 10000 more problems not listed');
  });

  test('answers a file that is not CSV with its JSON error before any line', async () => {
    const res = await problemsCsvResponse(h.db, file(Buffer.from('%PDF-1.7\n...')), admin, 'pt-BR', 'p.csv');
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatch(/PDF/);
  });
});
