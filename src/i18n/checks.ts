import { localePath } from './locale-path';
import type { Lang } from './ui';
import { defineStrings } from './define-strings';

/** UI strings of the live checks (article widget, dashboard), pt-BR and English side by side. */
export const checkStrings = defineStrings({
  badge: { 'pt-BR': 'Verificação ao vivo', en: 'Live check' },
  signIn: {
    'pt-BR': 'Entre com uma conta de administrador para executar esta verificação com os dados reais.',
    en: 'Sign in with an administrator account to run this check against the real data.',
  },
  signInLink: { 'pt-BR': 'Entrar', en: 'Sign in' },
  noPermission: {
    'pt-BR': 'Sua conta não tem permissão para executar esta verificação. Peça acesso a um administrador.',
    en: 'Your account is not allowed to run this check. Ask an administrator for access.',
  },
  run: { 'pt-BR': 'Executar', en: 'Run' },
  running: { 'pt-BR': 'Executando…', en: 'Running…' },
  lastRun: { 'pt-BR': 'Última execução', en: 'Last run' },
  neverRun: { 'pt-BR': 'Ainda não executada.', en: 'Not run yet.' },
  noResultForInput: {
    'pt-BR': 'Nenhum resultado para o que está escolhido acima: execute para ver.',
    en: 'No result yet for what is chosen above: run it to see one.',
  },
  duration: { 'pt-BR': 'duração', en: 'took' },
  choose: { 'pt-BR': 'Escolha…', en: 'Choose…' },
  all: { 'pt-BR': 'Todos', en: 'All' },
  // The empty choice of an optional picker agrees with its noun (a fila, uma caixa: "Todas").
  'all.mailbox': { 'pt-BR': 'Todas as caixas de e-mail', en: 'All mailboxes' },
  'all.queue': { 'pt-BR': 'Todas as filas', en: 'All queues' },
  'all.survey': { 'pt-BR': 'Todas as pesquisas', en: 'All surveys' },
  'all.user': { 'pt-BR': 'Todos os usuários', en: 'All users' },
  'all.service': { 'pt-BR': 'Todos os serviços', en: 'All services' },
  'all.module': { 'pt-BR': 'Todos os módulos', en: 'All modules' },
  search: { 'pt-BR': 'Buscar…', en: 'Search…' },
  howToFix: { 'pt-BR': 'Como corrigir', en: 'How to fix' },
  loadFailed: { 'pt-BR': 'Não foi possível carregar a lista. Recarregue a página.', en: 'The list could not be loaded. Reload the page.' },
  networkError: {
    'pt-BR': 'Sem resposta do servidor. Confira sua conexão e tente de novo.',
    en: 'No answer from the server. Check your connection and try again.',
  },
  'status.ok': { 'pt-BR': 'OK', en: 'OK' },
  'status.warn': { 'pt-BR': 'Atenção', en: 'Warning' },
  'status.fail': { 'pt-BR': 'Falha', en: 'Failed' },
  'health.title': { 'pt-BR': 'Painel de saúde', en: 'Health dashboard' },
  'health.intro': {
    'pt-BR':
      'Executa todas as verificações ao vivo em paralelo com os dados reais. Verificações que precisam de uma escolha (uma fila, um usuário…) são executadas a partir dos artigos.',
    en: 'Runs every live check in parallel against the real data. Checks that need a choice (a queue, a user…) are run from their articles.',
  },
  'health.runAll': { 'pt-BR': 'Executar todas', en: 'Run all' },
  'health.history': { 'pt-BR': 'Histórico (duração em ms; cor = resultado)', en: 'History (duration in ms; color = result)' },
  'health.historyRuns': { 'pt-BR': 'Histórico das últimas {n} execuções', en: 'History of the last {n} runs' },
  'health.when': { 'pt-BR': 'Quando', en: 'When' },
  'health.needsInput': {
    'pt-BR': 'Esta verificação precisa de uma escolha: preencha e execute aqui.',
    en: 'This check needs a choice: fill it in and run it here.',
  },
  'health.overall': { 'pt-BR': 'Resultado geral', en: 'Overall' },
  'health.alertRule': { 'pt-BR': 'Alerta: {name}', en: 'Alert: {name}' },
  'health.article': { 'pt-BR': 'Abrir o artigo', en: 'Open the article' },
} as const);

/** The table itself (both languages of every key). */
export const checkUi = checkStrings.table;

export type CheckUiKey = keyof typeof checkUi;

/** The site path of an article in a language (`email/x` → `/email/x/` or `/en/email/x/`), with an optional anchor. */
export function articleHref(lang: Lang, article: string, anchor?: string): string {
  return localePath(lang, `/${article.replace(/^\/|\/$/g, '')}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`);
}
