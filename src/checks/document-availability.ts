import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { documents, documentTeams, teams } from '../db/schema';
import type { CheckDefinition, Finding } from './types';
import { articles } from './lib/articles';
import { notFound } from './lib/errors';
import { recordId } from './lib/id-input';
import { loc, worstStatus } from './lib/localized';
import { moduleInput } from './lib/module-input';
import { moduleLabels } from './lib/module-labels';
import { loadUserAccess, moduleGrantSources } from './lib/user-access';

const input = z.object({
  /** The document that does not show up (id). Required. */
  documentId: recordId('um documento', 'a document'),
  /** The user who looks for it (id). Required. */
  userId: recordId('um usuário', 'a user'),
  /** The module where they look for it (`chat`, `email`, `occurrences`, …). Required. */
  module: moduleInput,
});

const fix = { article: articles.documentUnavailable };

/** Does a document show up for a user in a module: active, enabled for the module, linked to one of the user's teams. */
export const documentAvailabilityCheck: CheckDefinition<typeof input> = {
  id: 'document-availability',
  title: loc('Disponibilidade do documento', 'Document availability'),
  description: loc(
    'Confere se o documento está ativo, habilitado para o módulo escolhido e ligado a um time do usuário.',
    "Checks that the document is active, enabled for the chosen module, and linked to one of the user's teams.",
  ),
  input,
  fields: [
    { name: 'documentId', kind: 'document', label: loc('Documento', 'Document') },
    { name: 'userId', kind: 'user', label: loc('Usuário', 'User') },
    { name: 'module', kind: 'module', label: loc('Módulo', 'Module') },
  ],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { documentId, userId, module }) {
    const [doc] = await ctx.db.select().from(documents).where(eq(documents.id, documentId));
    if (!doc) throw notFound(loc('Documento', 'Document'), documentId);
    const user = await loadUserAccess(ctx.db, userId);
    if (!user) throw notFound(loc('Usuário', 'User'), userId);
    const [linked, grants] = await Promise.all([
      ctx.db.select({ id: teams.id, name: teams.name }).from(documentTeams).innerJoin(teams, eq(teams.id, documentTeams.teamId)).where(eq(documentTeams.documentId, documentId)).orderBy(asc(teams.name)),
      moduleGrantSources(ctx.db, userId, module),
    ]);
    const m = moduleLabels[module];
    const record = { kind: 'document', id: doc.id, label: doc.name };
    const urecord = { kind: 'user', id: user.id, label: `${user.name} <${user.email}>` };
    const findings: Finding[] = [];

    findings.push(
      doc.active
        ? { status: 'ok', message: loc('O documento está ativo.', 'The document is active.'), record }
        : { status: 'fail', message: loc('O documento está inativo: some para todos.', 'The document is inactive: it disappears for everyone.'), record, fix },
    );
    const enabled = doc.modules.map((x) => moduleLabels[x as keyof typeof moduleLabels]?.['pt-BR'] ?? x);
    const enabledEn = doc.modules.map((x) => moduleLabels[x as keyof typeof moduleLabels]?.en ?? x);
    findings.push(
      doc.modules.includes(module)
        ? { status: 'ok', message: loc(`O documento está habilitado para o módulo ${m['pt-BR']}.`, `The document is enabled for the ${m.en} module.`), record }
        : {
            status: 'fail',
            message: loc(
              `O documento não está habilitado para o módulo ${m['pt-BR']} (habilitado em: ${enabled.join(', ') || 'nenhum'}).`,
              `The document is not enabled for the ${m.en} module (enabled in: ${enabledEn.join(', ') || 'none'}).`,
            ),
            record,
            fix,
          },
    );
    const shared = linked.filter((t) => user.teams.some((u) => u.id === t.id));
    const linkedNames = linked.map((t) => t.name).join(', ');
    findings.push(
      shared.length
        ? { status: 'ok', message: loc(`O usuário vê o documento pelo time ${shared.map((t) => t.name).join(', ')}.`, `The user sees the document through team ${shared.map((t) => t.name).join(', ')}.`), record: urecord }
        : linked.length
          ? { status: 'fail', message: loc(`Nenhum time do usuário está ligado ao documento (times do documento: ${linkedNames}).`, `None of the user's teams is linked to the document (its teams: ${linkedNames}).`), record: urecord, fix }
          : { status: 'fail', message: loc('O documento não está ligado a nenhum time: ninguém o vê.', 'The document is linked to no team: nobody sees it.'), record, fix },
    );
    if (!user.active) findings.push({ status: 'fail', message: loc('O usuário está inativo.', 'The user is inactive.'), record: urecord, fix });
    if (!grants.size) {
      findings.push({
        status: 'warn',
        message: loc(`O usuário não tem o módulo ${m['pt-BR']} em perfil, times ou grupos: nem chega à tela onde o documento aparece.`, `The user lacks the ${m.en} module in profile, teams and groups: they do not even reach the screen where the document shows.`),
        record: urecord,
        fix: { article: articles.profilesAndPermissions },
      });
    }

    const status = worstStatus(findings);
    const verdict = status === 'fail' ? loc('não aparece', 'does not show up') : loc('aparece', 'shows up');
    return { status, summary: loc(`${doc.name} para ${user.name} em ${m['pt-BR']}: ${verdict['pt-BR']}.`, `${doc.name} for ${user.name} in ${m.en}: ${verdict.en}.`), findings };
  },
};
