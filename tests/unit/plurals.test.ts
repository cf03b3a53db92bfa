import { describe, expect, test } from 'vitest';
import { defineStrings, fillPlaceholders, pluralForm } from '@/i18n/define-strings';
import { schedulerStatusStrings } from '@/i18n/check-scheduler-status';
import { transferStrings } from '@/i18n/attendance-transfer';
import { migrationStrings } from '@/i18n/user-migration';

const s = defineStrings({
  tasks: { 'pt-BR': '{n} {n#tarefa agendada|tarefas agendadas}', en: '{n} scheduled {n#task|tasks}' },
  all: { 'pt-BR': '{n#Selecionar o usuário|Selecionar todos os {n} usuários}', en: '{n#Select the user|Select all {n} users}' },
});

describe('plural choices in the string tables (Intl.PluralRules)', () => {
  test('pick the form of the count in each language: Portuguese puts 0 and 1 in "one", English only 1', () => {
    expect([0, 1, 2, 7].map((n) => s.t('pt-BR', 'tasks', { n }))).toEqual([
      '0 tarefa agendada',
      '1 tarefa agendada',
      '2 tarefas agendadas',
      '7 tarefas agendadas',
    ]);
    expect([0, 1, 2, 7].map((n) => s.t('en', 'tasks', { n }))).toEqual(['0 scheduled tasks', '1 scheduled task', '2 scheduled tasks', '7 scheduled tasks']);
    expect(s.l('tasks', { n: 1 })).toEqual({ 'pt-BR': '1 tarefa agendada', en: '1 scheduled task' });
  });

  test('a form may hold placeholders, filled after the choice', () => {
    expect(s.t('pt-BR', 'all', { n: 1 })).toBe('Selecionar o usuário');
    expect(s.t('pt-BR', 'all', { n: 12 })).toBe('Selecionar todos os 12 usuários');
    expect(s.t('en', 'all', { n: 12 })).toBe('Select all 12 users');
  });

  test('a count already written for people is read by its digits', () => {
    expect(fillPlaceholders('{n} {n#licença|licenças}', { n: '1.234' }, 'pt-BR')).toBe('1.234 licenças');
    expect(fillPlaceholders('{n} {n#license|licenses}', { n: '1' }, 'en')).toBe('1 license');
  });

  test('a value is never read again as a placeholder, and an unknown name stays as written', () => {
    expect(fillPlaceholders('{a} {b#x|y}', { a: '{b#1|2}' }, 'en')).toBe('{b#1|2} {b#x|y}');
    expect(pluralForm(1, 'en', 'one', 'other')).toBe('one');
  });

  test("the texts the issue named read right: scheduled tasks and an operator's capacity", () => {
    expect(schedulerStatusStrings.t('pt-BR', 'summary', { tasks: 7, overdue: 1, problems: 1 })).toBe('7 tarefas agendadas, 1 atrasada; 1 ponto de atenção.');
    expect(schedulerStatusStrings.t('en', 'summary', { tasks: 1, overdue: 0, problems: 2 })).toBe('1 scheduled task, 0 overdue; 2 items need attention.');
    expect(transferStrings.t('pt-BR', 'load', { current: 0, maxAttend: 1, maxChats: 3 })).toBe('0 em atendimento · capacidade: 1 atendimento, 3 chats');
    expect(transferStrings.t('en', 'load', { current: 0, maxAttend: 1, maxChats: 1 })).toBe('0 in attendance · capacity: 1 attendance, 1 chat');
    expect(migrationStrings.t('pt-BR', 'willMove', { n: 1, p: 2 })).toBe('1 usuário será migrado; 2 com problema ficam de fora.');
  });

  test('no string table writes a plural as "(s)"', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const found = readdirSync('src/i18n')
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(`src/i18n/${f}`, 'utf8')
          .split('\n')
          .filter((l) => /'[^']*\p{L}\((?:s|es|ões|ns)\)[^']*'/u.test(l))
          .map((l) => `${f}: ${l.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
