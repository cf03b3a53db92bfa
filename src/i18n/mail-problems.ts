import { defineStrings } from './define-strings';

/** The mailbox settings a person can fix, with their labels as the mailbox form shows them. */
export const mailboxFieldStrings = defineStrings({
  name: { 'pt-BR': 'Nome', en: 'Name' },
  address: { 'pt-BR': 'Endereço de e-mail', en: 'E-mail address' },
  imapHost: { 'pt-BR': 'Servidor IMAP', en: 'IMAP server' },
  imapPort: { 'pt-BR': 'Porta IMAP', en: 'IMAP port' },
  imapSecurity: { 'pt-BR': 'Segurança IMAP (TLS/STARTTLS)', en: 'IMAP security (TLS/STARTTLS)' },
  imapUser: { 'pt-BR': 'Usuário IMAP', en: 'IMAP user' },
  imapPassword: { 'pt-BR': 'Senha IMAP', en: 'IMAP password' },
  folder: { 'pt-BR': 'Pasta', en: 'Folder' },
  smtpHost: { 'pt-BR': 'Servidor SMTP', en: 'SMTP server' },
  smtpPort: { 'pt-BR': 'Porta SMTP', en: 'SMTP port' },
  smtpSecurity: { 'pt-BR': 'Segurança SMTP (TLS/STARTTLS)', en: 'SMTP security (TLS/STARTTLS)' },
  smtpUser: { 'pt-BR': 'Usuário SMTP', en: 'SMTP user' },
  smtpPassword: { 'pt-BR': 'Senha SMTP', en: 'SMTP password' },
} as const);

/**
 * What a failed IMAP/SMTP step means, in words a person acts on (src/mail/errors.ts maps the raw
 * error to one of these; the raw text is never shown). `{P}` is IMAP or SMTP, `{where}` host:port.
 */
export const mailProblemStrings = defineStrings({
  fixField: { 'pt-BR': '{problem} Corrija o campo "{field}".', en: '{problem} Fix the field "{field}".' },
  special: {
    'pt-BR': 'O servidor {P} "{host}" aponta para um endereço interno ou reservado ({address}), que o runbook não acessa.',
    en: 'The {P} server "{host}" points to an internal or reserved address ({address}), which the runbook does not connect to.',
  },
  invalidName: { 'pt-BR': '"{host}" não é um nome de servidor válido.', en: '"{host}" is not a valid server name.' },
  notInDns: {
    'pt-BR': 'O servidor {P} "{host}" não foi encontrado (o nome não existe no DNS).',
    en: 'The {P} server "{host}" was not found (the name does not exist in DNS).',
  },
  aborted: { 'pt-BR': 'O teste foi interrompido antes de {where} responder.', en: 'The test was stopped before {where} answered.' },
  auth: { 'pt-BR': 'O servidor {P} recusou o usuário ou a senha.', en: 'The {P} server refused the user name or password.' },
  folder: { 'pt-BR': 'A pasta "{folder}" não existe nesta caixa.', en: 'The folder "{folder}" does not exist in this mailbox.' },
  refused: {
    'pt-BR': 'Nada responde na porta {port} de {host}: a porta está errada ou o serviço {P} está parado.',
    en: 'Nothing answers on port {port} of {host}: the port is wrong or the {P} service is down.',
  },
  notFound: { 'pt-BR': 'O servidor {P} "{host}" não foi encontrado.', en: 'The {P} server "{host}" was not found.' },
  noRoute: { 'pt-BR': 'Não há rota de rede até {host}.', en: 'There is no network route to {host}.' },
  certificate: {
    'pt-BR': 'O certificado do servidor {P} não é válido para "{host}" (vencido, autoassinado ou de outro nome). Use o nome que consta no certificado.',
    en: 'The {P} server’s certificate is not valid for "{host}" (expired, self-signed or issued for another name). Use the name on the certificate.',
  },
  tlsMismatch: {
    'pt-BR':
      'A conexão com {where} abriu, mas a negociação de criptografia não combinou: a porta espera outro modo (TLS direto costuma ser 993/465; STARTTLS, 143/587).',
    en: 'The connection to {where} opened, but the encryption did not match: the port expects another mode (direct TLS is usually 993/465; STARTTLS, 143/587).',
  },
  timeout: {
    'pt-BR': '{where} não respondeu em {seconds} s: servidor, porta ou um firewall no caminho.',
    en: '{where} did not answer within {seconds} s: the server, the port, or a firewall on the way.',
  },
  reset: {
    'pt-BR': '{where} fechou a conexão durante o teste; costuma ser o modo de segurança errado para a porta.',
    en: '{where} closed the connection during the test; this is usually the wrong security mode for the port.',
  },
  other: { 'pt-BR': 'O teste {P} em {where} falhou ({code}).', en: 'The {P} test on {where} failed ({code}).' },
  unknownCode: { 'pt-BR': 'erro desconhecido', en: 'unknown error' },
  notArrived: {
    'pt-BR':
      'A mensagem de teste foi enviada, mas não chegou à pasta "{folder}" em {seconds} s. Confira o campo "Endereço de e-mail", regras de redirecionamento e filtros de spam da caixa.',
    en: 'The test message was sent but did not reach the folder "{folder}" within {seconds} s. Check the field "E-mail address", forwarding rules and the mailbox’s spam filters.',
  },
  saveSpecial: {
    'pt-BR': '"{host}" aponta para um endereço interno ou reservado ({address}); o runbook não se conecta a ele.',
    en: '"{host}" points to an internal or reserved address ({address}); the runbook does not connect to it.',
  },
  saveNotInDns: { 'pt-BR': 'O servidor "{host}" não foi encontrado no DNS.', en: 'The server "{host}" was not found in DNS.' },
  imapPasswordMissing: { 'pt-BR': 'Informe a senha IMAP.', en: 'Enter the IMAP password.' },
  smtpPasswordMissing: { 'pt-BR': 'Informe a senha SMTP.', en: 'Enter the SMTP password.' },
} as const);
