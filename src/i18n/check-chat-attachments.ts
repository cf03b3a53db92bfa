import { defineStrings } from './define-strings';

/** Texts of the chat attachments check (src/checks/chat-attachments.ts): its title, fields, findings and verdicts. */
export const chatAttachmentsStrings = defineStrings({
  title: { 'pt-BR': 'Anexos no chat', en: 'Chat attachments' },
  description: {
    'pt-BR': 'Para uma fila e um nome de arquivo: a fila aceita anexos e a extensão do arquivo está na lista de extensões permitidas.',
    en: "For a queue and a file name: the queue accepts attachments and the file's extension is on its list of allowed extensions.",
  },
  'field.queue': { 'pt-BR': 'Fila de chat', en: 'Chat queue' },
  'field.fileName': { 'pt-BR': 'Nome do arquivo', en: 'File name' },
  enabled: { 'pt-BR': 'A fila aceita anexos.', en: 'The queue accepts attachments.' },
  disabled: {
    'pt-BR': 'A fila não aceita anexos: habilite o envio nela (não em outra fila).',
    en: 'The queue does not accept attachments: enable them on this queue (not another one).',
  },
  noExtensions: { 'pt-BR': 'Os anexos estão ligados, mas nenhuma extensão foi cadastrada.', en: 'Attachments are on, but no extension is listed.' },
  noExtension: {
    'pt-BR': 'O arquivo {file} não tem extensão; a fila aceita: {list}.',
    en: 'File {file} has no extension; the queue accepts: {list}.',
  },
  allowed: { 'pt-BR': 'A extensão {extension} está na lista da fila ({list}).', en: "Extension {extension} is on the queue's list ({list})." },
  notAllowed: { 'pt-BR': 'A extensão {extension} não está na lista da fila ({list}).', en: "Extension {extension} is not on the queue's list ({list})." },
  oddCharacters: {
    'pt-BR': 'O nome tem caracteres que podem chegar trocados ({characters}): renomeie só com letras, dígitos, hífens e sublinhados.',
    en: 'The name has characters that may arrive garbled ({characters}): rename it with letters, digits, hyphens and underscores only.',
  },
  space: { 'pt-BR': 'espaço', en: 'space' },
  'verdict.refused': { 'pt-BR': 'é recusado', en: 'is refused' },
  'verdict.accepted': { 'pt-BR': 'é aceito', en: 'is accepted' },
  summary: { 'pt-BR': '{file} na fila {queue}: {verdict}.', en: '{file} in queue {queue}: {verdict}.' },
} as const);
