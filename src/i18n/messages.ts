import { defineStrings } from './define-strings';

/** Messages of the server: errors a person reads, in both languages. */
export const messageStrings = defineStrings({
  unauthorized: { 'pt-BR': 'Entre com sua conta para continuar.', en: 'Sign in to continue.' },
  forbidden: {
    'pt-BR': 'Sua conta não tem permissão para isso. Peça acesso a um administrador.',
    en: 'Your account is not allowed to do this. Ask an administrator for access.',
  },
  outOfScope: {
    'pt-BR': 'Este registro pertence a um serviço que você não administra.',
    en: 'This record belongs to a service you do not manage.',
  },
  holdsMore: {
    'pt-BR': 'Este usuário tem permissões que você não tem (por exemplo, um administrador); só quem tem as mesmas permissões pode alterá-lo.',
    en: 'This user holds permissions you do not (an administrator, say); only someone who holds them too can change this user.',
  },
  managesMore: {
    'pt-BR': 'Este usuário gerencia serviços que você não gerencia; só quem gerencia esses serviços (ou um administrador) pode alterá-lo.',
    en: 'This user manages services you do not manage; only someone who manages them (or an administrator) can change this user.',
  },
  selfDeactivation: {
    'pt-BR': 'Você não pode desativar a própria conta; peça a outro administrador.',
    en: 'You cannot deactivate your own account; ask another administrator.',
  },
  invalidCredentials: { 'pt-BR': 'E-mail ou senha incorretos.', en: 'Wrong e-mail or password.' },
  throttled: {
    'pt-BR': 'Muitas tentativas sem sucesso. Aguarde alguns minutos e tente de novo.',
    en: 'Too many failed attempts. Wait a few minutes and try again.',
  },
  badRequest: { 'pt-BR': 'Os dados enviados estão incompletos ou inválidos.', en: 'The data sent is incomplete or invalid.' },
  crossOrigin: {
    'pt-BR': 'Pedido recusado: ele veio de outro site.',
    en: 'Request refused: it came from another site.',
  },
  notFound: { 'pt-BR': 'Registro não encontrado.', en: 'Record not found.' },
  unknownCheck: { 'pt-BR': 'Esta verificação não existe.', en: 'This check does not exist.' },
  invalidToken: {
    'pt-BR': 'Token ausente ou inválido. Use o token emitido para este serviço.',
    en: 'Missing or invalid token. Use the token issued for this service.',
  },
  internalTask: {
    'pt-BR': 'Esta tarefa roda dentro do runbook e registra as próprias execuções; ela não recebe token de heartbeat.',
    en: 'This task runs inside the runbook and records its own runs; it takes no heartbeat token.',
  },
  unexpected: {
    'pt-BR': 'Algo deu errado do nosso lado. Tente de novo; se persistir, informe ao administrador o código do pedido.',
    en: 'Something went wrong on our side. Try again; if it persists, give the administrator the request code.',
  },
  tooLarge: {
    'pt-BR': 'O conteúdo enviado é grande demais para este pedido.',
    en: 'The content sent is too large for this request.',
  },
  unsupportedMediaType: {
    'pt-BR': 'Formato de envio não aceito aqui. Envie JSON (Content-Type: application/json).',
    en: 'This format is not accepted here. Send JSON (Content-Type: application/json).',
  },
  tooDeep: {
    'pt-BR': 'O JSON enviado tem níveis demais (listas ou objetos uns dentro dos outros, mais de 32).',
    en: 'The JSON sent nests too deeply (lists or objects inside one another, more than 32 levels).',
  },
  invalidJson: {
    'pt-BR': 'O conteúdo enviado não é um JSON válido.',
    en: 'The content sent is not valid JSON.',
  },
  nulCharacter: { 'pt-BR': 'O texto contém um caractere inválido (NUL).', en: 'The text contains an invalid character (NUL).' },
  unavailable: {
    'pt-BR': 'O serviço está indisponível no momento. Tente de novo em instantes.',
    en: 'The service is unavailable right now. Try again shortly.',
  },
} as const);

/** The table itself (both languages of every key). */
export const messages = messageStrings.table;

export type MessageKey = keyof typeof messages;
