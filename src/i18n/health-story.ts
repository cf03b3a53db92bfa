import { defineStrings } from './define-strings';

/** Strings of the health dashboard's summary, fix links, idle-user action and demo banner. */
export const healthText = defineStrings({
  'sweep.summary': {
    'pt-BR': '{n} {n#registro verificado|registros verificados}: {ok} ok, {warn} com alerta, {fail} com falha.',
    en: '{n} {n#record|records} checked: {ok} ok, {warn} with warnings, {fail} failing.',
  },
  'summary.title': { 'pt-BR': 'Resumo', en: 'Summary' },
  'summary.fail': { 'pt-BR': '{n} com falha', en: '{n} failing' },
  'summary.warn': { 'pt-BR': '{n} com alerta', en: '{n} with warnings' },
  'summary.ok': { 'pt-BR': '{n} OK', en: '{n} OK' },
  'summary.skipped': { 'pt-BR': '{n} aguardando uma escolha', en: '{n} waiting for a choice' },
  'summary.onlyFail': { 'pt-BR': 'Mostrar só as falhas', en: 'Show failures only' },
  'summary.jump': { 'pt-BR': 'Ir para', en: 'Jump to' },
  'summary.needsInput': { 'pt-BR': 'precisa de escolha', en: 'needs a choice' },
  'fix.mailbox': { 'pt-BR': 'Corrigir na tela da caixa', en: 'Fix it on the mailbox screen' },
  'fix.task': { 'pt-BR': 'Abrir no agendador de tarefas', en: 'Open it in the task scheduler' },
  'fix.license': { 'pt-BR': 'Escolher quem desativar na lista abaixo', en: 'Pick who to deactivate in the list below' },
  'idle.title': { 'pt-BR': 'Usuários sem acesso há 30 dias ou mais', en: 'Users with no sign-in for 30 days or more' },
  'idle.intro': {
    'pt-BR': 'Cada um ocupa uma licença. Selecione quem saiu da operação e desative: a licença fica livre na hora e o histórico do usuário é mantido.',
    en: 'Each one holds a license. Select the people who left and deactivate them: the license is freed at once and the user’s history is kept.',
  },
  'idle.all': { 'pt-BR': 'Selecionar todos', en: 'Select all' },
  'idle.deactivate': { 'pt-BR': 'Desativar selecionados ({n})', en: 'Deactivate selected ({n})' },
  'idle.confirm': {
    'pt-BR': 'Desativar {n} {n#usuário|usuários}? {n#Ele deixa|Eles deixam} de entrar no Omni até {n#ser reativado|serem reativados}.',
    en: 'Deactivate {n} {n#user|users}? They can no longer sign in to Omni until reactivated.',
  },
  'idle.working': { 'pt-BR': 'Desativando…', en: 'Deactivating…' },
  'idle.done': {
    'pt-BR': '{n} {n#usuário desativado|usuários desativados}. A contagem de licenças foi refeita.',
    en: '{n} {n#user|users} deactivated. The license count was run again.',
  },
  'idle.failed': { 'pt-BR': '{name}: {error}', en: '{name}: {error}' },
  'demo.title': { 'pt-BR': 'Organização de demonstração', en: 'Demo organization' },
  'demo.body': {
    'pt-BR':
      'Os dados são fictícios. A organização está quase toda saudável, com um problema colocado de propósito em cada família de artigos (caixa de e-mail, regra de caixa, agendador, licenças, fila, pesquisa): cada achado abaixo leva ao artigo que explica e à tela que corrige. Os serviços do Omni marcados como simulados no agendador têm os sinais enviados pela própria demonstração.',
    en: 'The data is made up. The organization is mostly healthy, with one problem placed on purpose in each family of articles (mailbox, mailbox rule, scheduler, licenses, queue, survey): each finding below leads to the article that explains it and to the screen that fixes it. The Omni services marked as simulated in the scheduler get their heartbeats from the demo itself.',
  },
  'demo.examples': { 'pt-BR': 'Caixas de exemplo (o servidor delas não existe):', en: 'Example mailboxes (their server does not exist):' },
  'demo.how': {
    'pt-BR':
      'Para apontar uma caixa para um servidor real: abra a caixa, informe servidor, porta, segurança, usuário e senha de IMAP e de SMTP, salve, clique em "Testar agora" e, se ela estiver desativada, em "Ativar".',
    en: 'To point a mailbox at a real server: open it, enter the IMAP and SMTP server, port, security, user and password, save, click "Test now" and, when it is disabled, "Enable".',
  },
  'demo.edit': { 'pt-BR': 'Editar {name}', en: 'Edit {name}' },
  'demo.disabled': { 'pt-BR': '(desativada)', en: '(disabled)' },
} as const);
