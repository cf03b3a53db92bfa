import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { chatQueues } from '../db/schema';
import type { CheckDefinition, Finding } from './types';
import { articles } from './lib/articles';
import { notFound } from './lib/errors';
import { extensionsOf, normalizeExtension, unsafeNameCharacters } from './lib/file-extension';
import { recordId } from './lib/id-input';
import { inputMessage } from './lib/input-message';
import { loc, worstStatus } from './lib/localized';

const input = z.object({
  /** The chat queue where the customer sends the file (id). Required. */
  queueId: recordId('uma fila de chat', 'a chat queue'),
  /** The name of the file that was refused, e.g. `comprovante.PDF` (1 to 255 characters). Required. */
  fileName: z
    .string({ error: inputMessage('Informe o nome do arquivo, por exemplo comprovante.pdf.', 'Enter the file name, for example receipt.pdf.') })
    .trim()
    .min(1, { error: inputMessage('Informe o nome do arquivo, por exemplo comprovante.pdf.', 'Enter the file name, for example receipt.pdf.') })
    .max(255, { error: inputMessage('O nome do arquivo passa de 255 caracteres.', 'The file name is longer than 255 characters.') }),
});

const fix = { article: articles.attachments };

/** Would a chat queue accept a file: attachments on, and the file's extension on the queue's list (case-insensitive). */
export const chatAttachmentsCheck: CheckDefinition<typeof input> = {
  id: 'chat-attachments',
  title: loc('Anexos no chat', 'Chat attachments'),
  description: loc(
    'Para uma fila e um nome de arquivo: a fila aceita anexos e a extensão do arquivo está na lista de extensões permitidas.',
    "For a queue and a file name: the queue accepts attachments and the file's extension is on its list of allowed extensions.",
  ),
  input,
  fields: [
    { name: 'queueId', kind: 'queue', label: loc('Fila de chat', 'Chat queue') },
    { name: 'fileName', kind: 'text', label: loc('Nome do arquivo', 'File name') },
  ],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { queueId, fileName }) {
    const [queue] = await ctx.db.select({ id: chatQueues.id, name: chatQueues.name, enabled: chatQueues.attachmentsEnabled, allowed: chatQueues.allowedExtensions }).from(chatQueues).where(eq(chatQueues.id, queueId));
    if (!queue) throw notFound(loc('Fila de chat', 'Chat queue'), queueId);
    const record = { kind: 'chat-queue', id: queue.id, label: queue.name };
    const allowed = [...new Set(queue.allowed.map(normalizeExtension).filter(Boolean))];
    const list = allowed.length ? allowed.join(', ') : '—';
    const findings: Finding[] = [];

    findings.push(
      queue.enabled
        ? { status: 'ok', message: loc('A fila aceita anexos.', 'The queue accepts attachments.'), record }
        : { status: 'fail', message: loc('A fila não aceita anexos: habilite o envio nela (não em outra fila).', 'The queue does not accept attachments: enable them on this queue (not another one).'), record, fix },
    );
    if (queue.enabled && !allowed.length) {
      findings.push({ status: 'fail', message: loc('Os anexos estão ligados, mas nenhuma extensão foi cadastrada.', 'Attachments are on, but no extension is listed.'), record, fix });
    }
    const exts = extensionsOf(fileName);
    const match = exts.find((e) => allowed.includes(e));
    if (!exts.length) {
      findings.push({ status: 'fail', message: loc(`O arquivo ${fileName} não tem extensão; a fila aceita: ${list}.`, `File ${fileName} has no extension; the queue accepts: ${list}.`), record, fix });
    } else if (match) {
      findings.push({ status: 'ok', message: loc(`A extensão ${match} está na lista da fila (${list}).`, `Extension ${match} is on the queue's list (${list}).`), record });
    } else if (allowed.length) {
      const shown = exts.join(' / ');
      findings.push({ status: 'fail', message: loc(`A extensão ${shown} não está na lista da fila (${list}).`, `Extension ${shown} is not on the queue's list (${list}).`), record, fix });
    }
    const odd = unsafeNameCharacters(fileName);
    if (odd.length) {
      const shown = (space: string) => odd.map((c) => (c === ' ' ? space : c)).join(', ');
      findings.push({
        status: 'warn',
        message: loc(
          `O nome tem caracteres que podem chegar trocados (${shown('espaço')}): renomeie só com letras, dígitos, hífens e sublinhados.`,
          `The name has characters that may arrive garbled (${shown('space')}): rename it with letters, digits, hyphens and underscores only.`,
        ),
        fix,
      });
    }

    const status = worstStatus(findings);
    const verdict = status === 'fail' ? loc('é recusado', 'is refused') : loc('é aceito', 'is accepted');
    return { status, summary: loc(`${fileName} na fila ${queue.name}: ${verdict['pt-BR']}.`, `${fileName} in queue ${queue.name}: ${verdict.en}.`), findings };
  },
};
