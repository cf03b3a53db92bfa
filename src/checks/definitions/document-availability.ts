import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { documents, documentTeams, teams } from '@/db/schema';
import type { CheckDefinition, Finding } from '../types';
import { articles } from '../lib/articles';
import { notFound } from '../lib/errors';
import { recordId } from '../lib/id-input';
import { worstStatus } from '../lib/localized';
import { moduleInput } from '../lib/module-input';
import { moduleLabels } from '../lib/module-labels';
import { loadUserAccess, moduleGrantSources } from '../lib/user-access';
import type { Lang } from '@/i18n/ui';
import { documentAvailabilityStrings } from '@/i18n/check-document-availability';
import { perLang } from '@/i18n/localized';

const text = documentAvailabilityStrings;

const input = z.object({
  /** The document that does not show up (id). Required. */
  documentId: recordId('document'),
  /** The user who looks for it (id). Required. */
  userId: recordId('user'),
  /** The module where they look for it (`chat`, `email`, `occurrences`, …). Required. */
  module: moduleInput,
});

const fix = { article: articles.documentUnavailable };

/** Does a document show up for a user in a module: active, enabled for the module, linked to one of the user's teams. */
export const documentAvailabilityCheck: CheckDefinition<typeof input> = {
  id: 'document-availability',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [
    { name: 'documentId', kind: 'document', label: text.l('document') },
    { name: 'userId', kind: 'user', label: text.l('user') },
    { name: 'module', kind: 'module', label: text.l('module') },
  ],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { documentId, userId, module }) {
    const [doc] = await ctx.db.select().from(documents).where(eq(documents.id, documentId));
    if (!doc) throw notFound(text.l('document'), documentId);
    const user = await loadUserAccess(ctx.db, userId);
    if (!user) throw notFound(text.l('user'), userId);
    const [linked, grants] = await Promise.all([
      ctx.db
        .select({ id: teams.id, name: teams.name })
        .from(documentTeams)
        .innerJoin(teams, eq(teams.id, documentTeams.teamId))
        .where(eq(documentTeams.documentId, documentId))
        .orderBy(asc(teams.name)),
      moduleGrantSources(ctx.db, userId, module),
    ]);
    const m = moduleLabels[module];
    const record = { kind: 'document', id: doc.id, label: doc.name };
    const urecord = { kind: 'user', id: user.id, label: `${user.name} <${user.email}>` };
    const findings: Finding[] = [];

    findings.push(doc.active ? { status: 'ok', message: text.l('active'), record } : { status: 'fail', message: text.l('inactive'), record, fix });
    const enabled = (lang: Lang) => doc.modules.map((x) => moduleLabels[x as keyof typeof moduleLabels]?.[lang] ?? x).join(', ') || text.t(lang, 'noModule');
    findings.push(
      doc.modules.includes(module)
        ? { status: 'ok', message: perLang((lang) => text.t(lang, 'enabled', { module: m[lang] })), record }
        : {
            status: 'fail',
            message: perLang((lang) => text.t(lang, 'notEnabled', { module: m[lang], enabled: enabled(lang) })),
            record,
            fix,
          },
    );
    const shared = linked.filter((t) => user.teams.some((u) => u.id === t.id));
    const linkedNames = linked.map((t) => t.name).join(', ');
    findings.push(
      shared.length
        ? { status: 'ok', message: text.l('sharedTeam', { teams: shared.map((t) => t.name).join(', ') }), record: urecord }
        : linked.length
          ? { status: 'fail', message: text.l('noSharedTeam', { linkedNames }), record: urecord, fix }
          : { status: 'fail', message: text.l('noTeam'), record, fix },
    );
    if (!user.active) findings.push({ status: 'fail', message: text.l('userInactive'), record: urecord, fix });
    if (!grants.size) {
      findings.push({
        status: 'warn',
        message: perLang((lang) => text.t(lang, 'noModuleAccess', { module: m[lang] })),
        record: urecord,
        fix: { article: articles.profilesAndPermissions },
      });
    }

    const status = worstStatus(findings);
    const verdict = status === 'fail' ? text.l('verdict.hidden') : text.l('verdict.shown');
    return {
      status,
      summary: perLang((lang) => text.t(lang, 'summary', { docName: doc.name, userName: user.name, module: m[lang], verdict: verdict[lang] })),
      findings,
    };
  },
};
