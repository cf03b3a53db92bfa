import { describe, expect, test } from 'vitest';
import { omniModules } from '@/auth/permissions';
import { clientFields } from '@/checks/lib/client-fields';
import { moduleInput } from '@/checks/lib/module-input';
import { readInputMessage } from '@/server/input-message';
import { moduleAccessCheck } from '@/checks/definitions/module-access';
import { pickerOptions } from '@/checks/pickers';
import type { Scope } from '@/auth/scope';
import type { Db } from '@/db/client';
import { axisLabels } from '@/i18n/format-moment';
import { outcomeLabel, targetLabel } from '@/i18n/admin-audit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../helpers/route-files';
import { jobLabel } from '@/i18n/admin-scheduler';
import { profileLabel } from '@/i18n/profiles';
import { SESSION_PURGE } from '@/jobs/session-purge';
import { BULK_PAYLOAD_PURGE } from '@/jobs/bulk-payload-purge';
import { SEARCH_PURGE } from '@/jobs/search-insights-purge';

/** Ids never reach a reader: every one has a name in both languages. */
describe('labels instead of ids', () => {
  test('module picker: names in the asked language, sorted, matched by name or id', async () => {
    // The module kind is a fixed list: no database or scope is read.
    const none = {} as Db;
    const scope = {} as Scope;
    const pt = await pickerOptions(none, scope, 'module', '', 50, 'pt-BR');
    expect(pt).toHaveLength(omniModules.length);
    expect(pt.map((o) => o.label)).toContain('Gestão de filas');
    expect(pt.every((o) => !/^[a-z]+(-[a-z]+)+$/.test(o.label))).toBe(true);
    expect(pt.find((o) => o.id === 'queue-management')!.label).toBe('Gestão de filas');
    expect((await pickerOptions(none, scope, 'module', '', 50, 'en')).find((o) => o.id === 'queue-management')!.label).toBe('Queue management');
    expect((await pickerOptions(none, scope, 'module', 'gestão', 50, 'pt-BR')).map((o) => o.id).sort()).toEqual(['queue-management', 'user-management']);
    expect((await pickerOptions(none, scope, 'module', 'report-b', 50, 'pt-BR')).map((o) => o.id)).toEqual(['report-builder']);
  });

  test('the module-access level is a choice of localized levels', () => {
    const [level] = clientFields(
      moduleAccessCheck.fields.filter((f) => f.name === 'level'),
      'pt-BR',
    );
    expect(level).toMatchObject({ kind: 'choice', label: 'Nível necessário', optional: true, emptyLabel: 'Todos os níveis' });
    expect(level!.options).toEqual([
      { value: 'view', label: 'visualizar' },
      { value: 'respond', label: 'responder' },
      { value: 'resolve', label: 'resolver' },
      { value: 'edit', label: 'editar' },
    ]);
    expect(
      clientFields(moduleAccessCheck.fields, 'en')
        .find((f) => f.name === 'level')!
        .options!.map((o) => o.label),
    ).toEqual(['view', 'respond', 'resolve', 'edit']);
  });

  test('a wrong module or level is refused with names, not ids', () => {
    const moduleError = readInputMessage(moduleInput.safeParse('nope').error!.issues[0]!.message)!;
    expect(moduleError['pt-BR']).toContain('Gestão de filas');
    expect(moduleError['pt-BR']).not.toContain('queue-management');
    expect(moduleError.en).toContain('Queue management');
    const levelError = readInputMessage(moduleAccessCheck.input.safeParse({ userId: 1, module: 'chat', level: 'x' }).error!.issues[0]!.message)!;
    expect(levelError['pt-BR']).toBe('Escolha um nível: visualizar, responder, resolver ou editar.');
  });

  test('the runbook jobs have task names in both languages; other tasks keep their own name', () => {
    for (const id of [SESSION_PURGE, BULK_PAYLOAD_PURGE, SEARCH_PURGE, 'bulk-request', 'user-migration-revert', 'alert-sweep', 'purge-check-runs']) {
      expect(jobLabel('pt-BR', id)).not.toBe(id);
      expect(jobLabel('en', id)).not.toBe(id);
    }
    expect(jobLabel('pt-BR', SESSION_PURGE)).toBe('Limpeza das sessões expiradas');
    expect(jobLabel('pt-BR', 'Omni - Envio de E-mail')).toBe('Omni - Envio de E-mail');
  });

  test('profiles and audit outcomes read in the page language', () => {
    expect(profileLabel('pt-BR', 'Administrator')).toBe('Administrador');
    expect(profileLabel('en', 'Administrator')).toBe('Administrator');
    expect(outcomeLabel('pt-BR', 'denied')).toBe('Negada (sem permissão)');
    expect(outcomeLabel('pt-BR', 'something-new')).toBe('something-new');
  });

  test('audit targets read as their kind in the page language; a bulk request keeps its full id for the link', () => {
    const id = '1eb6a46b-4154-40ee-b9ca-e29ee7fa3356';
    expect(targetLabel('pt-BR', `bulk-request:${id}`)).toEqual({ kind: 'Solicitação em massa', id: '1eb6a46b', bulkRequestId: id });
    expect(targetLabel('en', 'scheduled-task:7')).toEqual({ kind: 'Scheduled task', id: '7' });
    expect(targetLabel('pt-BR', 'service:2')).toEqual({ kind: 'Serviço', id: '2' });
    // Unknown kinds and targets without a kind read as stored.
    expect(targetLabel('pt-BR', 'team:4')).toEqual({ kind: '', id: 'team:4' });
    expect(targetLabel('pt-BR', 'plain')).toEqual({ kind: '', id: 'plain' });
  });

  test('chart axis dates: dd/mm in pt-BR, in the organization zone', () => {
    const at = Date.UTC(2026, 10, 28, 2, 30); // 28 Nov 02:30 UTC = 27 Nov 23:30 in São Paulo
    const day = 86_400_000;
    expect(axisLabels('pt-BR', 'America/Sao_Paulo', [at, at + day, at + 2 * day])).toEqual(['27/11', '28/11', '29/11']);
    expect(axisLabels('en', 'America/Sao_Paulo', [at, at + day])).toEqual(['11/27', '11/28']);
  });

  test('chart axis never repeats a label: the day, then the time, then the seconds, as the ticks need', () => {
    const at = Date.UTC(2026, 10, 28, 2, 30);
    // Ticks 6 hours apart share a day: the time is added.
    expect(axisLabels('pt-BR', 'America/Sao_Paulo', [at - 6 * 3_600_000, at])).toEqual(['27/11, 17:30', '27/11, 23:30']);
    // Ticks 10 seconds apart share a minute (the dashboard's sweep runs a check a few times a minute): seconds.
    expect(axisLabels('pt-BR', 'America/Sao_Paulo', [at, at + 10_000, at + 20_000])).toEqual(['23:30:00', '23:30:10', '23:30:20']);
    // Closer than a second: only the first of equal labels is written.
    expect(axisLabels('en', 'America/Sao_Paulo', [at, at + 200, at + 400])).toEqual(['11:30:00 PM', '', '']);
  });
});

/** Every action the code audits or guards has a name on the audit screen, in both languages. */
describe('audit action names', () => {
  /** The text of each TypeScript source of src, the string tables left out. */
  const sources = () =>
    filesUnder('src')
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes(join('src', 'i18n')))
      .map((f) => readFileSync(f, 'utf8'));

  test('each action id written in src, and each bulk kind run and cancel, has a label', async () => {
    const { auditActions } = await import('@/i18n/admin-audit');
    const { bulkKindNames } = await import('@/bulk/registry');
    await import('@/bulk/kinds');
    const written = new Set<string>();
    for (const text of sources()) {
      for (const m of text.matchAll(/\baction: (?:body\.active \? )?'([a-z][\w.-]*)'(?: : '([a-z][\w.-]*)')?/g)) {
        written.add(m[1]);
        if (m[2]) written.add(m[2]);
      }
    }
    const kinds = bulkKindNames();
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    for (const k of kinds) written.add(`bulk.${k}`).add(`bulk.${k}.cancel`);
    expect(written.size).toBeGreaterThan(40);
    expect([...written].filter((a) => !Object.hasOwn(auditActions.table, a)).sort()).toEqual([]);
    expect(auditActions.stored('bulk.queue-closure.confirm')['pt-BR']).toBe('Encerramento de fila confirmado');
  });

  test('each outcome written in src, and each check status, has a label', async () => {
    const { auditOutcomes } = await import('@/i18n/admin-audit');
    const written = new Set<string>(['ok', 'warn', 'fail']); // check.run stores the check's status
    for (const text of sources()) {
      // `outcome: 'x'` and the literals of a ternary after it (`outcome: a ? 'x' : b ? 'y' : 'z'`).
      for (const m of text.matchAll(/\boutcome: ([^,}\n]*)/g))
        if (!m[1].startsWith('text(')) for (const l of m[1].matchAll(/'([a-z][\w-]*)'/g)) written.add(l[1]);
    }
    expect(written.has('partial')).toBe(true);
    expect([...written].filter((o) => !Object.hasOwn(auditOutcomes.table, o)).sort()).toEqual([]);
  });
});
