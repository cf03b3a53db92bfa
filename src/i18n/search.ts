import { defineStrings } from './define-strings';

/** UI strings of the search dialog and the search insights page, pt-BR and English side by side. */
export const searchStrings = defineStrings({
  label: { 'pt-BR': 'Buscar', en: 'Search' },
  placeholder: { 'pt-BR': 'Descreva o problema: "operador não recebe chat"…', en: 'Describe the problem: "agent gets no chats"…' },
  close: { 'pt-BR': 'Fechar', en: 'Close' },
  ctrlKey: { 'pt-BR': 'Ctrl', en: 'Ctrl' },
  /** The header button's accessible name: it holds the visible text, shortcut included (WCAG 2.5.3, label in name). */
  openName: { 'pt-BR': 'Buscar {key} K', en: 'Search {key} K' },
  hint: { 'pt-BR': '↑ ↓ para escolher, Enter para abrir, Esc para fechar', en: '↑ ↓ to choose, Enter to open, Esc to close' },
  loading: { 'pt-BR': 'Carregando a busca…', en: 'Loading search…' },
  unavailable: {
    'pt-BR': 'A busca não está disponível neste modo (npm run dev). Gere o site com npm run build e abra com npm run preview.',
    en: 'Search is not available in this mode (npm run dev). Build the site with npm run build and open it with npm run preview.',
  },
  failed: { 'pt-BR': 'Não foi possível carregar a busca. Recarregue a página.', en: 'Search could not be loaded. Reload the page.' },
  results: { 'pt-BR': '{n} resultados para “{q}”', en: '{n} results for “{q}”' },
  oneResult: { 'pt-BR': '1 resultado para “{q}”', en: '1 result for “{q}”' },
  none: {
    'pt-BR': 'Nada encontrado para “{q}”. Tente descrever o problema com outras palavras.',
    en: 'Nothing found for “{q}”. Try describing the problem in other words.',
  },
  noArticle: { 'pt-BR': 'Nenhum artigo cobre isso', en: 'No article covers this' },
  noArticleStatus: {
    'pt-BR': 'Nenhum artigo cobre “{q}”. Talvez ajude: {n} {n#artigo próximo|artigos próximos}.',
    en: 'No article covers “{q}”. Maybe of help: {n} nearby {n#article|articles}.',
  },
  noArticleStatusOne: {
    'pt-BR': 'Nenhum artigo cobre “{q}”. Talvez ajude: 1 artigo próximo.',
    en: 'No article covers “{q}”. Maybe of help: 1 nearby article.',
  },
  maybe: { 'pt-BR': 'Talvez', en: 'Maybe' },
  maybeNote: {
    'pt-BR': 'Artigos que tocam em parte das palavras buscadas, sem tratar do assunto.',
    en: 'Articles that touch some of the words searched without being about it.',
  },
  section: { 'pt-BR': 'Seção', en: 'Section' },
  showingFor: { 'pt-BR': 'Mostrando resultados para', en: 'Showing results for' },
  otherLanguage: { 'pt-BR': 'Em inglês', en: 'In Portuguese' },
  otherLanguageNote: {
    'pt-BR': 'Nada bom em português; estes artigos em inglês correspondem melhor.',
    en: 'Nothing good in English; these Portuguese articles match better.',
  },
  thisLanguage: { 'pt-BR': 'Em português', en: 'In English' },
  symptom: { 'pt-BR': 'Sintoma', en: 'Symptom' },
  'lang.pt-BR': { 'pt-BR': 'Português', en: 'Portuguese' },
  'lang.en': { 'pt-BR': 'Inglês', en: 'English' },
  'insights.title': { 'pt-BR': 'O que as pessoas buscam', en: 'What people search for' },
  'insights.intro': {
    'pt-BR':
      'Buscas dos últimos {days} dias feitas por quem entrou no Runbook (sem usuário nem endereço; contadas por dia; buscas sem login não são registradas). As que nenhum artigo cobre e as que ninguém abriu são os próximos artigos ou sinônimos a escrever.',
    en: 'Searches of the last {days} days by people signed in to the Runbook (no user, no address; counted per day; signed-out searches are not recorded). Those no article covers and those nobody opened are the next articles or synonyms to write.',
  },
  'insights.zero': { 'pt-BR': 'Buscas que nenhum artigo cobre', en: 'Searches no article covers' },
  'insights.strong': { 'pt-BR': 'Respondem', en: 'Answering' },
  'insights.refused': { 'pt-BR': 'Buscas não registradas', en: 'Searches not recorded' },
  'insights.refusedIntro': {
    'pt-BR':
      'Nestes dias o limite de {max} buscas novas por idioma foi atingido e as buscas abaixo não foram registradas: uma conta inundando o registro, ou um limite a aumentar.',
    en: 'On these days the limit of {max} new searches per language was reached and the searches below were not recorded: an account flooding the record, or a limit to raise.',
  },
  'insights.day': { 'pt-BR': 'Dia', en: 'Day' },
  'insights.refusedCount': { 'pt-BR': 'Não registradas', en: 'Not recorded' },
  'insights.unopened': { 'pt-BR': 'Buscas cujos resultados ninguém abriu', en: 'Searches whose results nobody opened' },
  'insights.query': { 'pt-BR': 'Busca', en: 'Query' },
  'insights.lang': { 'pt-BR': 'Idioma', en: 'Language' },
  'insights.searches': { 'pt-BR': 'Vezes', en: 'Times' },
  'insights.results': { 'pt-BR': 'Resultados', en: 'Results' },
  'insights.lastSeen': { 'pt-BR': 'Última vez', en: 'Last seen' },
  'insights.empty': { 'pt-BR': 'Nenhuma busca nesta lista.', en: 'No searches in this list.' },
  'insights.tooMany': {
    'pt-BR': 'Muitas buscas registradas por esta conta. A busca continua funcionando; o registro volta em alguns minutos.',
    en: 'Too many searches recorded by this account. Search keeps working; recording resumes in a few minutes.',
  },
  'insights.loadFailed': { 'pt-BR': 'Não foi possível carregar as buscas. Recarregue a página.', en: 'The searches could not be loaded. Reload the page.' },
  'insights.signedOut': {
    'pt-BR': 'Esta página mostra o que as pessoas buscam no Runbook, para orientar os próximos artigos. Entre com uma conta que veja a auditoria',
    en: 'This page shows what people search for in the Runbook, to guide the next articles. Sign in with an account that can read the audit trail',
  },
  'insights.signIn': { 'pt-BR': 'Entrar', en: 'Sign in' },
  'insights.noPermission': {
    'pt-BR': 'Sua conta não tem permissão para ver as buscas (permissão de auditoria). Peça acesso a um administrador.',
    en: 'Your account is not allowed to see the searches (audit permission). Ask an administrator for access.',
  },
  'insights.bothLanguages': { 'pt-BR': 'Os dois idiomas', en: 'Both languages' },
  'insights.synonymsHint': {
    'pt-BR': 'Para ensinar uma palavra à busca, edite src/search/synonyms.ts.',
    en: 'To teach search a word, edit src/search/synonyms.ts.',
  },
} as const);
