import { defineStrings } from './define-strings';

/** Texts of the mailbox test (src/checks/mailbox-test.ts): its title, inputs, results and the article anchors it links. */
export const mailboxTestStrings = defineStrings({
  title: { 'pt-BR': 'Teste da caixa de e-mail', en: 'Mailbox test' },
  description: {
    'pt-BR':
      'Conecta aos servidores IMAP e SMTP da caixa, negocia a criptografia, autentica e abre a pasta de entrada; opcionalmente envia uma mensagem de teste para a própria caixa, confirma que chegou e a apaga.',
    en: 'Connects to the mailbox’s IMAP and SMTP servers, negotiates encryption, authenticates and opens the inbox; optionally sends a test message to the mailbox itself, confirms it arrived and deletes it.',
  },
  'field.mailbox': { 'pt-BR': 'Caixa de e-mail', en: 'Mailbox' },
  'field.roundTrip': { 'pt-BR': 'Enviar e receber uma mensagem de teste', en: 'Send and receive a test message' },
  'anchor.settings': { 'pt-BR': '1-teste-de-recebimento-e-envio-da-caixa', en: '1-mailbox-receive-and-send-test' },
  'anchor.credentials': { 'pt-BR': '3-credenciais-da-caixa-externa', en: '3-credentials-of-the-external-mailbox' },
  missing: { 'pt-BR': 'A caixa {id} não existe.', en: 'Mailbox {id} does not exist.' },
  noneActive: { 'pt-BR': 'Nenhuma caixa de e-mail ativa para testar.', en: 'No active mailbox to test.' },
  oneWorking: { 'pt-BR': 'Caixa "{name}": IMAP e SMTP funcionando.', en: 'Mailbox "{name}": IMAP and SMTP working.' },
  oneWorkingDelivered: {
    'pt-BR': 'Caixa "{name}": IMAP e SMTP funcionando, e a mensagem de teste foi entregue.',
    en: 'Mailbox "{name}": IMAP and SMTP working, and the test message was delivered.',
  },
  oneFailed: {
    'pt-BR': 'Caixa "{name}": o teste falhou; veja o campo a corrigir abaixo.',
    en: 'Mailbox "{name}": the test failed; see the field to fix below.',
  },
  someWorking: { 'pt-BR': '{working} de {total} {total#caixa funcionando|caixas funcionando}.', en: '{working} of {total} {total#mailbox|mailboxes} working.' },
  unreadableSecret: {
    'pt-BR': 'A senha salva não pode ser lida com a chave atual (SECRET_KEY mudou?). Informe as senhas da caixa de novo.',
    en: 'The saved password cannot be read with the current key (did SECRET_KEY change?). Enter the mailbox passwords again.',
  },
  imapOk: {
    'pt-BR': 'IMAP: conexão, criptografia, login e pasta "{folder}" OK ({ms} ms).',
    en: 'IMAP: connection, encryption, sign-in and folder "{folder}" OK ({ms} ms).',
  },
  smtpOk: {
    'pt-BR': 'SMTP: conexão, EHLO, criptografia e autenticação OK ({ms} ms).',
    en: 'SMTP: connection, EHLO, encryption and authentication OK ({ms} ms).',
  },
  roundTripOk: {
    'pt-BR': 'Ida e volta: a mensagem de teste chegou em {ms} ms e foi apagada.',
    en: 'Round trip: the test message arrived in {ms} ms and was deleted.',
  },
} as const);
