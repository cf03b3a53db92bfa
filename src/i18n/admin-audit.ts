import { defineStrings } from './define-strings';
import type { Lang } from './ui';

/** Strings of the audit trail screen (/admin/audit). */
export const auditText = defineStrings({
  title: { 'pt-BR': 'Trilha de auditoria', en: 'Audit trail' },
  intro: {
    'pt-BR': 'Quem fez o quê, quando, com quais entradas (segredos ocultados) e qual foi o resultado. Os registros não podem ser alterados nem apagados.',
    en: 'Who did what, when, with which inputs (secrets hidden) and what came of it. Records cannot be changed or deleted.',
  },
  tz: { 'pt-BR': 'Horários e datas no fuso da organização: {tz}.', en: "Times and days in the organization's time zone: {tz}." },
  actor: { 'pt-BR': 'Quem (parte do e-mail)', en: 'Who (part of the e-mail)' },
  action: { 'pt-BR': 'Ação', en: 'Action' },
  outcome: { 'pt-BR': 'Resultado', en: 'Outcome' },
  from: { 'pt-BR': 'De', en: 'From' },
  to: { 'pt-BR': 'Até', en: 'To' },
  any: { 'pt-BR': 'Todas', en: 'Any' },
  apply: { 'pt-BR': 'Filtrar', en: 'Filter' },
  clear: { 'pt-BR': 'Limpar', en: 'Clear' },
  csv: { 'pt-BR': 'Exportar CSV', en: 'Export CSV' },
  more: { 'pt-BR': 'Carregar mais', en: 'Load more' },
  loading: { 'pt-BR': 'Carregando…', en: 'Loading…' },
  empty: { 'pt-BR': 'Nenhum registro com esses filtros.', en: 'No record matches these filters.' },
  end: { 'pt-BR': 'Fim da trilha para esses filtros.', en: 'End of the trail for these filters.' },
  'col.when': { 'pt-BR': 'Quando', en: 'When' },
  'col.who': { 'pt-BR': 'Quem', en: 'Who' },
  'col.action': { 'pt-BR': 'Ação', en: 'Action' },
  'col.target': { 'pt-BR': 'Alvo', en: 'Target' },
  'col.outcome': { 'pt-BR': 'Resultado', en: 'Outcome' },
  details: { 'pt-BR': 'Detalhes', en: 'Details' },
  inputs: { 'pt-BR': 'Entradas', en: 'Inputs' },
  ip: { 'pt-BR': 'Endereço IP', en: 'IP address' },
  nobody: { 'pt-BR': '(sem conta)', en: '(no account)' },
  shown: { 'pt-BR': '{n} registro(s) mostrados', en: '{n} record(s) shown' },
} as const);

/** How each stored outcome of an audit record reads (`ok`, `denied`…); an unknown one shows as stored. */
export const auditOutcomes = defineStrings({
  ok: { 'pt-BR': 'Concluída', en: 'Done' },
  denied: { 'pt-BR': 'Negada (sem permissão)', en: 'Denied (no permission)' },
  refused: { 'pt-BR': 'Recusada', en: 'Refused' },
  failed: { 'pt-BR': 'Falhou', en: 'Failed' },
  throttled: { 'pt-BR': 'Bloqueada (tentativas demais)', en: 'Blocked (too many attempts)' },
} as const);

export function outcomeLabel(lang: Lang, stored: string): string {
  return auditOutcomes.stored(stored)[lang];
}

/** What kind of record an audit target (`kind:id`) names, in the page's language. */
export const auditTargetKinds = defineStrings({
  'bulk-request': { 'pt-BR': 'Solicitação em massa', en: 'Bulk request' },
  service: { 'pt-BR': 'Serviço', en: 'Service' },
  user: { 'pt-BR': 'Usuário', en: 'User' },
  mailbox: { 'pt-BR': 'Caixa de e-mail', en: 'Mailbox' },
  'scheduled-task': { 'pt-BR': 'Tarefa agendada', en: 'Scheduled task' },
  check: { 'pt-BR': 'Verificação', en: 'Check' },
  date: { 'pt-BR': 'Dia', en: 'Day' },
} as const);

/**
 * An audit target split for reading: its kind in the page's language and its id (a bulk
 * request's uuid shortened to 8 characters, as error codes are). A target of an unknown kind
 * reads as stored.
 */
export function targetLabel(lang: Lang, target: string): { kind: string; id: string; bulkRequestId?: string } {
  const cut = target.indexOf(':');
  const kind = cut > 0 ? target.slice(0, cut) : '';
  const id = target.slice(cut + 1);
  if (!(kind in auditTargetKinds.table)) return { kind: '', id: target };
  const label = auditTargetKinds.t(lang, kind as keyof typeof auditTargetKinds.table);
  return kind === 'bulk-request' ? { kind: label, id: id.slice(0, 8), bulkRequestId: id } : { kind: label, id };
}
