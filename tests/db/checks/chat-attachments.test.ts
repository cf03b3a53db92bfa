import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { chatAttachmentsCheck as check } from '@/checks/definitions/chat-attachments';
import { extensionsOf } from '@/checks/lib/file-extension';
import { readInputMessage } from '@/server/input-message';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';
import { demoIds } from './fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof demoIds>>;
let archives: number;
const now = new Date('2026-11-23T15:00:00Z');

const run = async (queueId: number, fileName: string) => {
  const result = await check.run(await checkContext(h.db, now), check.input.parse({ queueId, fileName }));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 }, now);
  ids = await demoIds(h.db);
  const [q] = await h.db
    .insert(t.chatQueues)
    .values({ name: 'Fila arquivos', serviceId: ids.services['Suporte Técnico'], attachmentsEnabled: true, allowedExtensions: ['.TAR.GZ', 'Zip'] })
    .returning();
  archives = q.id;
}, 120_000);
afterAll(async () => h?.close());

describe('extensionsOf', () => {
  test('returns the last and the double extension, lower case, and none for names without one', () => {
    expect(extensionsOf('Backup.TAR.GZ')).toEqual(['gz', 'tar.gz']);
    expect(extensionsOf('C:\\docs\\Foto.JPEG')).toEqual(['jpeg']);
    expect(extensionsOf('.env')).toEqual([]);
    expect(extensionsOf('.config.json')).toEqual(['json']);
    expect(extensionsOf('relatorio.')).toEqual([]);
    expect(extensionsOf('LEIAME')).toEqual([]);
  });
});

describe('chatAttachmentsCheck', () => {
  test('returns ok for an allowed extension whatever its case', async () => {
    const r = await run(ids.queues['Suporte Chat'], 'Comprovante.PDF');
    expect(r.status).toBe('ok');
    expect(findingsWith(r, "Extension pdf is on the queue's list (pdf, png, jpg, jpeg).")).toHaveLength(1);
  });

  test('matches a double extension against the configured list, normalized', async () => {
    expect((await run(archives, 'logs-2026.tar.gz')).status).toBe('ok');
    const r = await run(archives, 'dump.sql.gz');
    expect(r.status).toBe('fail');
    expect(findingsWith(r, "Extension gz / sql.gz is not on the queue's list (tar.gz, zip).")).toHaveLength(1);
  });

  test('returns warn for an allowed file whose name has accents or spaces', async () => {
    const r = await run(ids.queues['Suporte Chat'], 'Nota de cobrança.pdf');
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'may arrive garbled (space, ç)')[0].fix?.article).toBe('chat/chat-attachments');
  });

  test('returns fail when attachments are off, the extension is missing from the list, or the name has none', async () => {
    const off = await run(ids.queues['Vendas Chat'], 'a.pdf');
    expect(off.status).toBe('fail');
    expect(findingsWith(off, 'does not accept attachments')).toHaveLength(1);
    const docx = await run(ids.queues['Financeiro Chat'], 'contrato.docx');
    expect(findingsWith(docx, "Extension docx is not on the queue's list (pdf).")[0].status).toBe('fail');
    const none = await run(ids.queues['Financeiro Chat'], 'LEIAME');
    expect(findingsWith(none, 'File LEIAME has no extension; the queue accepts: pdf.')).toHaveLength(1);
  });

  test('rejects an empty file name with a message in both languages', () => {
    const p = check.input.safeParse({ queueId: 1, fileName: '   ' });
    expect(readInputMessage(p.error!.issues[0].message)).toEqual({
      'pt-BR': 'Informe o nome do arquivo, por exemplo comprovante.pdf.',
      en: 'Enter the file name, for example receipt.pdf.',
    });
  });
});
