import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { chatQueues } from '@/db/schema';
import type { CheckDefinition, Finding } from '../types';
import { articles } from '../lib/articles';
import { notFound } from '../lib/errors';
import { extensionsOf, normalizeExtension, unsafeNameCharacters } from '../lib/file-extension';
import { recordId } from '../lib/id-input';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { worstStatus } from '../lib/localized';
import type { Lang } from '@/i18n/ui';
import { chatAttachmentsStrings } from '@/i18n/check-chat-attachments';
import { perLang } from '@/i18n/localized';

const text = chatAttachmentsStrings;

const input = z.object({
  /** The chat queue where the customer sends the file (id). Required. */
  queueId: recordId('queue'),
  /** The name of the file that was refused, e.g. `comprovante.PDF` (1 to 255 characters). Required. */
  fileName: z
    .string({ error: inputMessage(inputStrings.l('fileName.missing')) })
    .trim()
    .min(1, { error: inputMessage(inputStrings.l('fileName.missing')) })
    .max(255, { error: inputMessage(inputStrings.l('fileName.tooLong')) }),
});

const fix = { article: articles.attachments };

/** Would a chat queue accept a file: attachments on, and the file's extension on the queue's list (case-insensitive). */
export const chatAttachmentsCheck: CheckDefinition<typeof input> = {
  id: 'chat-attachments',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [
    { name: 'queueId', kind: 'queue', label: text.l('field.queue') },
    { name: 'fileName', kind: 'text', label: text.l('field.fileName') },
  ],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { queueId, fileName }) {
    const [queue] = await ctx.db
      .select({ id: chatQueues.id, name: chatQueues.name, enabled: chatQueues.attachmentsEnabled, allowed: chatQueues.allowedExtensions })
      .from(chatQueues)
      .where(eq(chatQueues.id, queueId));
    if (!queue) throw notFound(text.l('field.queue'), queueId);
    const record = { kind: 'chat-queue', id: queue.id, label: queue.name };
    const allowed = [...new Set(queue.allowed.map(normalizeExtension).filter(Boolean))];
    const list = allowed.length ? allowed.join(', ') : '—';
    const findings: Finding[] = [];

    findings.push(queue.enabled ? { status: 'ok', message: text.l('enabled'), record } : { status: 'fail', message: text.l('disabled'), record, fix });
    if (queue.enabled && !allowed.length) {
      findings.push({ status: 'fail', message: text.l('noExtensions'), record, fix });
    }
    const exts = extensionsOf(fileName);
    const match = exts.find((e) => allowed.includes(e));
    if (!exts.length) {
      findings.push({ status: 'fail', message: text.l('noExtension', { file: fileName, list }), record, fix });
    } else if (match) {
      findings.push({ status: 'ok', message: text.l('allowed', { extension: match, list }), record });
    } else if (allowed.length) {
      const shown = exts.join(' / ');
      findings.push({ status: 'fail', message: text.l('notAllowed', { extension: shown, list }), record, fix });
    }
    const odd = unsafeNameCharacters(fileName);
    if (odd.length) {
      // A space is named ("espaço" / "space"): on its own it would not show in the list.
      const shown = (lang: Lang) => odd.map((c) => (c === ' ' ? text.t(lang, 'space') : c)).join(', ');
      findings.push({
        status: 'warn',
        message: perLang((lang) => text.t(lang, 'oddCharacters', { characters: shown(lang) })),
        fix,
      });
    }

    const status = worstStatus(findings);
    const verdict = status === 'fail' ? text.l('verdict.refused') : text.l('verdict.accepted');
    return { status, summary: perLang((lang) => text.t(lang, 'summary', { file: fileName, queue: queue.name, verdict: verdict[lang] })), findings };
  },
};
