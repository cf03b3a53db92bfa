import { describe, expect, test } from 'vitest';
import { toolsFor } from '@/admin/tools';
import { guardPage, missingFor } from '@/auth/page-guard';
import { localePath, signInHref } from '@/i18n/locale-path';
import { grantLabels, permissionLabel } from '@/auth/permission-labels';
import { allGrants, allPermissions, type Permission } from '@/auth/permissions';
import { auditCsvHeader, auditCsvLine } from '@/audit/csv';
import { actionLabel } from '@/i18n/admin-audit';
import { fixScreen } from '@/health/fix-screens';
import { lastTestOf } from '@/admin/mailboxes/list-mailboxes';
import type { AuditRecord } from '@/db/schema';
import type { SessionUser } from '@/auth/session';

const user = (permissions: Permission[]): SessionUser => ({
  id: 1,
  email: 'x@demo.local',
  name: 'X',
  profile: 'P',
  permissions,
  sessionId: 's',
  sessionCreatedAt: new Date(),
});

describe('toolsFor', () => {
  test('returns nothing for an agent, the bulk screens for a supervisor, every screen for an admin, in the page language', () => {
    expect(toolsFor(['op:attendance'], 'pt-BR')).toEqual([]);
    const sup = toolsFor(['manage:user-import', 'manage:queue-closure', 'module:report-builder:view'], 'en');
    expect(sup.map((g) => g.group)).toEqual(['Bulk actions', 'Reports']);
    expect(sup[0].links.map((l) => l.href)).toEqual(['/en/bulk/import/', '/en/bulk/close-queue/', '/en/bulk/queue-monitor/', '/en/bulk/history/']);
    const admin = toolsFor(allPermissions, 'pt-BR').flatMap((g) => g.links);
    expect(admin).toHaveLength(15);
    expect(admin.find((l) => l.href === '/admin/users/')?.label).toBe('Usuários');
    expect(admin.find((l) => l.href === '/admin/alerts/')?.label).toBe('Alertas');
    expect(admin.find((l) => l.href === '/admin/search/')?.label).toBe('Buscas sem resultado');
  });
});

describe('guardPage', () => {
  const astro = (u: SessionUser | null, path = '/admin/audit/', search = '') => {
    const response = { status: 200 } as ResponseInit & { status: number };
    return {
      locals: { user: u, sessionToken: undefined, lang: path.startsWith('/en/') ? 'en' : 'pt-BR' },
      url: new URL(`http://x${path}${search}`),
      redirect: (to: string, status?: number) => new Response(null, { status, headers: { location: to } }),
      response,
    } as unknown as Parameters<typeof guardPage>[0] & { response: { status: number } };
  };

  test('returns a 303 to the localized sign-in page that comes back to the path and query', () => {
    const r = guardPage(astro(null, '/en/admin/audit/', '?action=x'), 'admin:audit') as Response;
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(signInHref('en', '/en/admin/audit/?action=x'));
    expect(signInHref('pt-BR', '/health/')).toBe('/login/?next=%2Fhealth%2F');
  });

  test('localePath puts English under /en and refuses a relative path', () => {
    expect(localePath('en', '/bulk/history/')).toBe('/en/bulk/history/');
    expect(localePath('pt-BR', '/bulk/history/')).toBe('/bulk/history/');
    expect(() => localePath('en', 'bulk/')).toThrow(/starting with/);
  });

  test('returns 403 with the missing permissions, and passes a holder of any one of several', () => {
    const a = astro(user(['manage:users']));
    expect(guardPage(a, 'admin:audit')).toMatchObject({ missing: ['admin:audit'] });
    expect(a.response.status).toBe(403);
    expect(missingFor(user(['manage:queue-closure']), { anyOf: ['manage:user-import', 'manage:queue-closure'] })).toEqual([]);
    const ok = astro(user(['admin:audit']));
    expect(guardPage(ok, 'admin:audit')).toMatchObject({ missing: null });
    expect(ok.response.status).toBe(200);
  });
});

describe('permissionLabel', () => {
  test('returns a label in both languages for every permission, never its id', () => {
    expect(Object.keys(grantLabels).sort()).toEqual([...allGrants].sort());
    for (const p of allPermissions) {
      const l = permissionLabel(p);
      expect(l['pt-BR']).not.toContain(p);
      expect(l.en).not.toContain(p);
      expect(l['pt-BR'].length).toBeGreaterThan(5);
      expect(l.en.length).toBeGreaterThan(5);
      expect(l['pt-BR']).not.toBe(l.en);
    }
    expect(permissionLabel('module:report-builder:view')).toEqual({ 'pt-BR': 'Módulo Report Builder: visualizar', en: 'Report Builder module: view' });
  });
});

describe('auditCsvLine', () => {
  const record = (over: Partial<AuditRecord>): AuditRecord => ({
    id: 7,
    at: new Date('2026-11-23T02:30:00Z'),
    actorId: 1,
    actorEmail: 'a@x.com',
    action: 'mailbox.update',
    target: 'mailbox:1',
    inputs: null,
    details: null,
    outcome: 'ok',
    ip: '127.0.0.1',
    ...over,
  });

  test('returns the time in the organization zone and neutralizes cells a spreadsheet would run', () => {
    const line = auditCsvLine(record({ actorEmail: '=HYPERLINK("http://evil")', target: '+1', inputs: { name: '@SUM(A1)' } }), 'pt-BR', 'America/Sao_Paulo', {
      actorName: '-Ana <a@x.com>',
      targetName: '=SAC',
      targetHref: null,
    });
    const cells = line.trimEnd().split(';');
    expect(cells[1]).toBe('2026-11-22 23:30:00');
    expect(cells[2]).toBe('America/Sao_Paulo');
    expect(cells[3]).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(cells[4]).toBe("'-Ana <a@x.com>");
    expect(cells[6]).toBe("'+1");
    expect(cells[7]).toBe("'=SAC");
    expect(line.endsWith('\r\n')).toBe(true);
    expect(auditCsvHeader('en')).toBe('\uFEFFid,when,time zone,who,who (name),action,target,target (name),outcome,what changed,ip,inputs,details\r\n');
  });

  test('returns the changes before → after in the page language, a secret only as changed', () => {
    const details = {
      changes: [
        { field: 'name', before: 'SAC', after: 'SAC Atendimento' },
        { field: 'active', before: true, after: false },
        { field: 'groups', before: [], after: ['Grupo Atendimento'] },
        { field: 'profile', before: 'User', after: 'Supervisor' },
        { field: 'imapPassword', hidden: true },
      ],
    };
    // In pt-BR the cell holds the delimiter (`;`), so it is quoted.
    expect(auditCsvLine(record({ details }), 'pt-BR', 'UTC')).toContain(
      ';ok;"Nome: SAC → SAC Atendimento; Ativo: sim → não; Grupos: nenhum → Grupo Atendimento; Perfil: Usuário → Supervisor; Senha IMAP: alterada";',
    );
    const en = auditCsvLine(record({ details }), 'en', 'UTC').split(',')[9];
    expect(en).toBe('Name: SAC → SAC Atendimento; Active: yes → no; Groups: none → Grupo Atendimento; Profile: User → Supervisor; IMAP password: changed');
    // A record without changes (a read, a refusal) has an empty cell.
    expect(auditCsvLine(record({ details: { fields: ['imapHost'] } }), 'en', 'UTC').split(',')[9]).toBe('');
  });
});

describe('fixScreen', () => {
  const can = { settings: true, manageUsers: true };
  test('returns the mailbox form, the scheduler row or the idle-user list for failing findings the viewer may fix', () => {
    expect(fixScreen('mailbox-test', { status: 'fail', record: { kind: 'mailbox', id: 3, label: 'SAC' } }, 'en', can)?.href).toBe(
      '/en/admin/mailboxes/?edit=3',
    );
    expect(fixScreen('scheduler-status', { status: 'fail', record: { kind: 'scheduled-task', id: 4, label: 'T' } }, 'pt-BR', can)?.href).toBe(
      '/admin/scheduler/#task-4',
    );
    expect(fixScreen('license-count', { status: 'warn' }, 'pt-BR', can)?.href).toBe('#license-users');
    expect(fixScreen('mailbox-test', { status: 'ok', record: { kind: 'mailbox', id: 3, label: 'SAC' } }, 'en', can)).toBeNull();
    expect(
      fixScreen('mailbox-test', { status: 'fail', record: { kind: 'mailbox', id: 3, label: 'SAC' } }, 'en', { settings: false, manageUsers: true }),
    ).toBeNull();
    expect(fixScreen('survey-validity', { status: 'fail', record: { kind: 'survey', id: 1, label: 'S' } }, 'en', can)).toBeNull();
  });
});

describe('lastTestOf', () => {
  test('returns the worst status of the findings about one mailbox and the messages of its failed parts', () => {
    const msg = (s: string) => ({ 'pt-BR': s, en: s });
    const findings = [
      { status: 'ok' as const, message: msg('imap ok'), record: { kind: 'mailbox', id: 2, label: 'A' } },
      { status: 'fail' as const, message: msg('smtp refused'), record: { kind: 'mailbox', id: 2, label: 'A' } },
      { status: 'fail' as const, message: msg('other'), record: { kind: 'mailbox', id: 9, label: 'B' } },
    ];
    expect(lastTestOf(2, '2026-11-23T10:00:00Z', findings)).toEqual({ status: 'fail', at: '2026-11-23T10:00:00.000Z', problems: [msg('smtp refused')] });
    expect(lastTestOf(5, '2026-11-23T10:00:00Z', findings)).toBeNull();
  });
});

describe('actionLabel', () => {
  test('returns the action with its direction, and an attempt when it was refused', () => {
    expect(actionLabel('pt-BR', { action: 'users.set-active', inputs: { userId: 5, active: false }, outcome: 'ok' })).toBe('Desativou usuário');
    expect(actionLabel('pt-BR', { action: 'users.set-active', inputs: { userId: 5, active: true }, outcome: 'ok' })).toBe('Reativou usuário');
    expect(actionLabel('en', { action: 'users.set-active', inputs: { userId: 5, active: false }, outcome: 'denied' })).toBe('Tried to deactivate a user');
    expect(actionLabel('pt-BR', { action: 'users.update-access', inputs: {}, outcome: 'denied' })).toBe('Tentou alterar perfil ou grupos de usuário');
    expect(actionLabel('en', { action: 'mailbox.update', inputs: null, outcome: 'ok' })).toBe('Mailbox changed');
    expect(actionLabel('en', { action: 'something.new', inputs: null, outcome: 'ok' })).toBe('something.new');
  });
});
