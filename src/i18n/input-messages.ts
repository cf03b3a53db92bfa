import { defineStrings } from './define-strings';

/**
 * What a form or query says about a wrong input, field by field: zod's generic issues
 * (src/checks/input-errors.ts), the shared building blocks (src/server/input.ts) and each form's own
 * rules. Messages reach zod through `inputMessage(inputStrings.l(key))` (src/checks/lib/input-message.ts),
 * which keeps both languages in the issue until the caller's language is known.
 */
export const inputStrings = defineStrings({
  // zod's own issues, when a schema gives no message of its own.
  'zod.required': { 'pt-BR': 'Preencha este campo.', en: 'Fill in this field.' },
  'zod.invalidType': { 'pt-BR': 'Valor inválido: era esperado {type}.', en: 'Invalid value: expected {type}.' },
  'zod.tooSmall': { 'pt-BR': 'Valor pequeno demais (mínimo {minimum}).', en: 'Value too small (minimum {minimum}).' },
  'zod.tooBig': { 'pt-BR': 'Valor grande demais (máximo {maximum}).', en: 'Value too large (maximum {maximum}).' },
  'zod.invalidValue': { 'pt-BR': 'Escolha uma das opções: {values}.', en: 'Choose one of: {values}.' },
  'zod.unrecognizedKeys': { 'pt-BR': 'Campos desconhecidos: {keys}.', en: 'Unknown fields: {keys}.' },
  'zod.invalidFormat': { 'pt-BR': 'Formato inválido.', en: 'Invalid format.' },
  'zod.invalid': { 'pt-BR': 'Valor inválido.', en: 'Invalid value.' },
  // The expected type named in zod.invalidType.
  'type.number': { 'pt-BR': 'um número', en: 'a number' },
  'type.int': { 'pt-BR': 'um número inteiro', en: 'a whole number' },
  'type.string': { 'pt-BR': 'um texto', en: 'a text' },
  'type.boolean': { 'pt-BR': 'sim ou não', en: 'yes or no' },
  'type.object': { 'pt-BR': 'um objeto JSON', en: 'a JSON object' },

  // Shared building blocks of every route (src/server/input.ts).
  nul: { 'pt-BR': 'O texto contém um caractere inválido (NUL).', en: 'The text contains an invalid character (NUL).' },
  recordNumber: { 'pt-BR': 'Informe um número de registro.', en: 'Give a record number.' },
  dayRange: { 'pt-BR': 'Escolha uma data entre 2000 e 2099.', en: 'Pick a date between 2000 and 2099.' },
  instantRange: { 'pt-BR': 'Escolha um instante entre 2000 e 2099.', en: 'Pick an instant between 2000 and 2099.' },

  // A record picked in a check's form (src/checks/lib/id-input.ts): "Escolha um usuário."
  pickRecord: { 'pt-BR': 'Escolha {record}.', en: 'Pick {record}.' },
  'record.user': { 'pt-BR': 'um usuário', en: 'a user' },
  'record.queue': { 'pt-BR': 'uma fila de chat', en: 'a chat queue' },
  'record.mailbox': { 'pt-BR': 'uma caixa de e-mail', en: 'a mailbox' },
  'record.reason': { 'pt-BR': 'um motivo de ocorrência', en: 'an occurrence reason' },
  'record.document': { 'pt-BR': 'um documento', en: 'a document' },
  'record.survey': { 'pt-BR': 'uma pesquisa', en: 'a survey' },
  pickModule: { 'pt-BR': 'Escolha um módulo do Omni: {modules}.', en: 'Pick an Omni module: {modules}.' },
  pickLevel: { 'pt-BR': 'Escolha um nível: {levels}.', en: 'Pick a level: {levels}.' },
  queueOrMailbox: { 'pt-BR': 'Escolha uma fila de chat ou uma caixa de e-mail (apenas uma).', en: 'Pick a chat queue or a mailbox (only one).' },

  // The e-mail search window's period (src/checks/email-search-window.ts).
  'date.missing': { 'pt-BR': 'Informe a data {which} (AAAA-MM-DD).', en: 'Enter the {which} date (YYYY-MM-DD).' },
  'date.format': { 'pt-BR': 'A data {which} deve estar no formato AAAA-MM-DD.', en: 'The {which} date must look like YYYY-MM-DD.' },
  'date.calendar': { 'pt-BR': 'A data {which} não existe no calendário.', en: 'The {which} date does not exist in the calendar.' },
  'date.start': { 'pt-BR': 'inicial', en: 'start' },
  'date.end': { 'pt-BR': 'final', en: 'end' },
  'period.swap': { 'pt-BR': 'A data final é anterior à inicial: troque as duas de lugar.', en: 'The end date is before the start date: swap them.' },
  'period.tooLong': { 'pt-BR': 'O período passa de {days} dias: escolha um período menor.', en: 'The period is longer than {days} days: pick a shorter one.' },

  // The attachment check's file name (src/checks/chat-attachments.ts).
  'fileName.missing': { 'pt-BR': 'Informe o nome do arquivo, por exemplo comprovante.pdf.', en: 'Enter the file name, for example receipt.pdf.' },
  'fileName.tooLong': { 'pt-BR': 'O nome do arquivo passa de 255 caracteres.', en: 'The file name is longer than 255 characters.' },

  // The queue availability check's moment (src/checks/queue-availability.ts).
  'moment.format': { 'pt-BR': 'Informe data e hora no formato 2026-11-23T23:30.', en: 'Enter a date and time like 2026-11-23T23:30.' },
  'moment.range': { 'pt-BR': 'Escolha um momento entre 2000 e 2099.', en: 'Pick a moment between 2000 and 2099.' },

  // Date ranges of the audit trail, the closure requests list and the interaction report.
  'range.reversed': { 'pt-BR': 'A data final é anterior à inicial.', en: 'The end date is before the start date.' },
  'range.startAfterEnd': { 'pt-BR': 'A data inicial vem depois da final.', en: 'The start date is after the end date.' },
  'report.date': {
    'pt-BR': 'Informe uma data AAAA-MM-DD (ou um instante ISO com fuso) entre 2000 e 2099.',
    en: 'Give a date YYYY-MM-DD (or an ISO instant with offset) between 2000 and 2099.',
  },
  'report.cursor': { 'pt-BR': 'Cursor de página inválido: volte à primeira página.', en: 'Invalid page cursor: go back to the first page.' },
  'report.reversed': {
    'pt-BR': 'A data final é anterior à inicial: escolha um “Até” igual ou depois do “De”.',
    en: 'The end date is before the start date: pick a “To” on or after the “From”.',
  },

  // The test clock (src/pages/api/test/clock.ts).
  clockBackwards: {
    'pt-BR': 'Escolha um momento depois do atual: o relógio só avança.',
    en: 'Pick a moment after the current one: the clock only moves forward.',
  },

  // The search insights query (src/search/insights/input.ts still passes this text as a pair; it
  // moves to this key when that file is next changed: src/search is converted on another branch).
  searchQuery: { 'pt-BR': 'Informe o texto buscado.', en: 'Give the text searched for.' },
} as const);
