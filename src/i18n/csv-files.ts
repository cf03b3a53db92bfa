import { defineStrings } from './define-strings';

/**
 * The CSV files the runbook hands out: their download names (without `.csv`) and the column headers
 * written in their first line. The delimiter is not text (see delimiterFor in src/lib/csv-writer.ts).
 */
export const csvFileStrings = defineStrings({
  'file.failures': { 'pt-BR': 'falhas-{id}', en: 'failures-{id}' },
  'file.interactionHistory': { 'pt-BR': 'historico-de-interacoes', en: 'interaction-history' },
  'file.importTemplate': { 'pt-BR': 'modelo-importacao-usuarios', en: 'user-import-template' },
  'file.importIds': { 'pt-BR': 'ids-perfis-e-servicos', en: 'profile-and-service-ids' },
  'file.importProblems': { 'pt-BR': 'problemas-importacao', en: 'import-problems' },

  // The user import template: one column per field, in the order of importFields (src/bulk/user-import/columns.ts).
  'import.name': { 'pt-BR': 'nome', en: 'name' },
  'import.email': { 'pt-BR': 'e-mail', en: 'e-mail' },
  'import.phone': { 'pt-BR': 'telefone', en: 'phone' },
  'import.password': { 'pt-BR': 'senha', en: 'password' },
  'import.service': { 'pt-BR': 'serviço', en: 'service' },
  'import.profile': { 'pt-BR': 'perfil', en: 'profile' },
  'import.maxAttend': { 'pt-BR': 'max_attend', en: 'max_attend' },
  // The template's one example row: its e-mail at example.invalid makes the import refuse it until it is replaced.
  'example.name': { 'pt-BR': 'Exemplo - apague esta linha', en: 'Example - delete this row' },
  'example.email': { 'pt-BR': 'maria.exemplo@example.invalid', en: 'mary.example@example.invalid' },
  'example.password': { 'pt-BR': 'Troque-esta-senha-1', en: 'Change-this-password-1' },

  // The list of profile and service ids a person may give in an import.
  'ids.kind': { 'pt-BR': 'tipo', en: 'type' },
  'ids.id': { 'pt-BR': 'id', en: 'id' },
  'ids.name': { 'pt-BR': 'nome', en: 'name' },
  'ids.default': { 'pt-BR': 'padrão', en: 'default' },
  'ids.profile': { 'pt-BR': 'perfil', en: 'profile' },
  'ids.service': { 'pt-BR': 'serviço', en: 'service' },
  'ids.yes': { 'pt-BR': 'sim', en: 'yes' },
  'ids.no': { 'pt-BR': 'não', en: 'no' },

  // The problem report of an import preview.
  'problems.line': { 'pt-BR': 'linha', en: 'line' },
  'problems.column': { 'pt-BR': 'coluna', en: 'column' },
  'problems.problem': { 'pt-BR': 'problema', en: 'problem' },
  'problems.more': {
    'pt-BR': 'E mais {count} {count#problema não listado|problemas não listados}. Corrija estes e envie o arquivo de novo.',
    en: 'And {count} more {count#problem|problems} not listed. Fix these and send the file again.',
  },

  // The audit export.
  'audit.id': { 'pt-BR': 'id', en: 'id' },
  'audit.at': { 'pt-BR': 'quando', en: 'when' },
  'audit.timeZone': { 'pt-BR': 'fuso', en: 'time zone' },
  'audit.who': { 'pt-BR': 'quem', en: 'who' },
  'audit.whoName': { 'pt-BR': 'nome de quem', en: 'who (name)' },
  'audit.action': { 'pt-BR': 'ação', en: 'action' },
  'audit.target': { 'pt-BR': 'alvo', en: 'target' },
  'audit.targetName': { 'pt-BR': 'nome do alvo', en: 'target (name)' },
  'audit.outcome': { 'pt-BR': 'resultado', en: 'outcome' },
  'audit.changes': { 'pt-BR': 'o que mudou', en: 'what changed' },
  'audit.ip': { 'pt-BR': 'ip', en: 'ip' },
  'audit.inputs': { 'pt-BR': 'entradas', en: 'inputs' },
  'audit.details': { 'pt-BR': 'detalhes', en: 'details' },
} as const);
