import type { Lang } from '../i18n/ui';

/** The search vocabulary of one language. Write words as people type them; accents and case do not matter. */
export interface SearchVocabulary {
  /**
   * Groups of words or short phrases that mean the same thing in Omni. An article whose title or
   * symptoms hold one member is also found by the others (indexed as hidden keywords at build
   * time), and a query word that is a member also searches the others.
   */
  synonyms: string[][];
  /**
   * What people type → the words the articles use. One way only: a query with the key also
   * searches the values, and an article whose title or symptoms hold a value is found by the key.
   */
  colloquial: Record<string, string[]>;
}

/**
 * The one file authors edit to teach search the words agents use. Add a word when the insights
 * page (/admin/search) shows a query that found nothing or whose results nobody opened. Both
 * languages are independent: add the English word to `en`, the Portuguese one to `pt-BR`.
 */
export const synonyms: Record<Lang, SearchVocabulary> = {
  'pt-BR': {
    synonyms: [
      ['operador', 'agente', 'atendente', 'analista'],
      ['chat', 'conversa', 'bate-papo'],
      ['e-mail', 'email', 'mensagem', 'caixa'],
      ['licença', 'acesso', 'assento'],
      // Not "tabular": closing offers to tabulate or not (src/search/distinctions.ts).
      ['encerrar', 'finalizar', 'fechar', 'concluir', 'terminar'],
      ['atendimento', 'chamado', 'ticket', 'protocolo'],
      ['usuário', 'funcionário', 'colaborador', 'pessoa', 'login'],
      ['cadastrar', 'criar', 'incluir', 'adicionar'],
      ['importar', 'importação', 'subir', 'carregar'],
      ['planilha', 'csv', 'excel'],
      ['transferir', 'repassar', 'redistribuir'],
      ['migrar', 'mover', 'mudar'],
      ['time', 'equipe'],
      ['anexo', 'arquivo', 'imagem', 'pdf', 'clipe'],
      ['pesquisa', 'csat', 'nps', 'questionário'],
      ['relatório', 'report'],
      ['agendado', 'programado', 'agendamento'],
      ['lento', 'lentidão', 'travando', 'demora', 'devagar', 'pesado'],
      ['erro', 'falha', 'problema'],
      ['regra', 'filtro'],
      ['remetente', 'endereço', 'spam'],
      ['sumiu', 'desapareceu', 'some', 'aparece'],
      ['dashboard', 'painel'],
      ['permissão', 'autorização', 'liberar'],
      ['gerencial', 'gestor', 'coordenador', 'supervisor'],
      ['follow-up', 'followup', 'follow', 'retorno'],
      ['avi', 'robô', 'bot', 'chatbot', 'assistente virtual', 'humano'],
      ['visão', 'visualização'],
      ['extrair', 'exportar', 'tirar', 'baixar'],
      ['senha', 'credencial'],
      ['congelado', 'travado', 'bloqueado'],
      // Signed in is not available: step 1 of chat/operator-receives-no-chats (src/search/distinctions.ts).
      ['disponível', 'livre'],
      ['logado', 'online', 'conectado'],
      ['horário', 'expediente', 'turno'],
      ['feriado', 'folga'],
      ['madrugada', 'meia-noite'],
      ['termos', 'tradução', 'inglês', 'glossário', 'significa'],
      ['vencida', 'venceu', 'expirada', 'encerramento'],
      ['ocorrência', 'ocorrencias'],
      ['massa', 'lote', 'vários', 'de uma vez'],
    ],
    colloquial: {
      cai: ['recebe', 'chega', 'distribuído'],
      caiu: ['recebe', 'chega'],
      pega: ['recebe'],
      pegando: ['recebe'],
      acabaram: ['esgotada', 'limite', 'atingido'],
      acabou: ['esgotada', 'limite', 'atingido'],
      estourou: ['limite', 'atingido'],
      esgotou: ['esgotada', 'limite'],
      zerar: ['encerrar', 'limpar'],
      limpar: ['encerrar'],
      lotada: ['espera', 'fila'],
      puxar: ['importar', 'receber'],
      presa: ['pendente'],
      preso: ['pendente'],
      emprestar: ['migração temporária', 'migrar'],
      passar: ['transferir'],
      embora: ['saiu'],
      demais: ['mais', 'máximo'],
      vez: ['simultâneos'],
      funcionando: ['abre'],
      logar: ['entrar'],
      enxerga: ['aparece', 'vê'],
      acha: ['encontro'],
      acho: ['encontro'],
      parou: ['não funciona', 'interrompida'],
      coordenador: ['gerencial'],
      doc: ['documento'],
      gasta: ['consome'],
      ocupa: ['consome'],
      conta: ['consome'],
      colocar: ['associar', 'vincular'],
      // Logged in is a state, not availability: the articles speak of the operator's "estado".
      logado: ['estado'],
      logada: ['estado'],
      devia: ['máximo', 'limite'],
      deveria: ['máximo', 'limite'],
      criado: ['gerado'],
      criada: ['gerada'],
      criou: ['gerou'],
      viram: ['entrar', 'chega'],
      virou: ['entrar', 'chega'],
      // An occurrence "aberta" is one registered (the articles' word).
      aberta: ['registrada'],
      // "Quantos chats" asks for the configured maximum (Qtde máxima de chat).
      quantos: ['quantidade', 'máximo'],
    },
  },
  en: {
    synonyms: [
      ['agent', 'operator', 'attendant', 'rep'],
      ['chat', 'conversation'],
      ['email', 'e-mail', 'mail', 'message', 'inbox', 'mailbox'],
      ['license', 'licence', 'seat'],
      // Not "tabulate": closing offers to tabulate or not (src/search/distinctions.ts).
      ['close', 'finish', 'finalize', 'conclude', 'end'],
      ['attendance', 'ticket', 'interaction', 'case', 'protocol'],
      ['user', 'account', 'employee', 'person', 'hire'],
      ['create', 'add', 'register'],
      ['import', 'upload', 'load'],
      ['spreadsheet', 'csv', 'excel', 'sheet'],
      ['transfer', 'reassign', 'hand over', 'handover', 'give'],
      ['migrate', 'move', 'switch'],
      ['team', 'squad'],
      ['attachment', 'file', 'image', 'pdf', 'paperclip'],
      ['survey', 'csat', 'nps', 'questionnaire'],
      ['report', 'reporting'],
      // Not "schedule": in Omni that is a queue's grid of hours (below), not a scheduled report.
      ['scheduled', 'recurring', 'weekly', 'daily'],
      ['slow', 'lag', 'sluggish', 'forever', 'freezing', 'ages'],
      ['error', 'failure', 'problem', 'failed'],
      ['rule', 'filter'],
      ['sender', 'address', 'spam'],
      ['missing', 'disappeared', 'vanished', 'gone', 'visible', 'appear'],
      ['dashboard', 'panel'],
      ['permission', 'access', 'rights'],
      ['managerial', 'manager', 'team lead', 'lead', 'supervisor'],
      ['follow-up', 'followup', 'follow'],
      ['avi', 'bot', 'chatbot', 'virtual assistant', 'human'],
      ['view', 'visualization'],
      ['extract', 'export', 'pull', 'download'],
      ['password', 'credentials'],
      ['locked', 'frozen', 'read-only'],
      // Signed in is not available: step 1 of chat/operator-receives-no-chats (src/search/distinctions.ts).
      ['available', 'idle', 'free'],
      ['online', 'logged in', 'signed in'],
      ['hours', 'business hours', 'opening hours', 'schedule'],
      ['holiday', 'day off'],
      ['overnight', 'midnight'],
      ['terms', 'translation', 'portuguese', 'glossary', 'mean'],
      ['expired', 'end date', 'past'],
      ['bulk', 'batch', 'several', 'many at once'],
    ],
    colloquial: {
      wipe: ['close'],
      clear: ['close'],
      backlog: ['queue', 'waiting'],
      ran: ['limit reached'],
      exceeded: ['limit reached'],
      stuck: ['pending'],
      lend: ['temporary migration'],
      idle: ['available'],
      spinning: ['load'],
      numbers: ['data'],
      coming: ['arriving'],
      seats: ['licenses'],
      once: ['simultaneous', 'bulk'],
      handle: ['simultaneous'],
      picks: ['receives'],
      line: ['queue'],
      take: ['consume'],
      count: ['consume'],
      uses: ['consume'],
      free: ['frees', 'release'],
      made: ['generated'],
      // Signed in is a status, not availability: the articles speak of the operator's "status".
      logged: ['status'],
      left: ['available'],
      rejects: ['accepted'],
      allowed: ['maximum', 'limit'],
      annoying: ['block', 'spam'],
      rejected: ['accepted'],
      quarter: ['months'],
      created: ['generated'],
      locate: ['find'],
      // The articles say something "does not show" where people type "missing".
      missing: ['show'],
      button: ['option'],
      // Missing "from the list" of a field is not being available for selection.
      list: ['selection'],
    },
  },
};
