import type { Lang } from '../i18n/ui';

/**
 * Terms the articles tell apart, so that no synonym group may join them (a query for one would
 * then find the other as if it were the same thing). Each side lists the ways people write it;
 * `evidence` holds phrases (folded: lower case, no accents, no markdown emphasis, single spaces)
 * of which one must still be in `article`, showing the contrast: when an article is rewritten and
 * the phrase goes, the test fails and the distinction is checked again against the new text.
 * tests/unit/search/synonyms.test.ts holds the synonyms file to this list.
 */
export interface Distinction {
  lang: Lang;
  /** The two sides: words or short phrases, written as people type them. */
  sides: [string[], string[]];
  /** Article id (`module/name`) that draws the distinction. */
  article: string;
  /** Phrases of the article (folded) that draw it; one must be there. */
  evidence: string[];
  /** Why they differ, in a line. */
  why: string;
}

export const distinctions: Distinction[] = [
  {
    lang: 'pt-BR',
    sides: [
      ['disponível', 'livre'],
      ['logado', 'logada', 'online', 'conectado', 'entrou no omni'],
    ],
    article: 'chat/operator-receives-no-chats',
    evidence: ['nao esta disponivel de fato', 'nao aparece como disponivel'],
    why: 'Passo 1: um operador que entrou no Omni só recebe chats quando o Dashboard o mostra disponível.',
  },
  {
    lang: 'en',
    sides: [
      ['available', 'idle', 'free'],
      ['logged in', 'signed in', 'online', 'logged'],
    ],
    article: 'chat/operator-receives-no-chats',
    evidence: ['is not really available', 'does not show as available'],
    why: 'Step 1: an operator signed in to Omni receives chats only when the Dashboard shows them available.',
  },
  {
    lang: 'pt-BR',
    sides: [
      ['encerrar', 'finalizar', 'fechar', 'concluir', 'terminar'],
      ['tabular', 'tabulação', 'tabulado'],
    ],
    article: 'bulk/close-queue-in-bulk',
    evidence: ['oferece a opcao de tabula-los ou nao'],
    why: 'O encerramento em massa oferece tabular ou não os atendimentos: encerrar não é tabular.',
  },
  {
    lang: 'en',
    sides: [
      ['close', 'finish', 'finalize', 'conclude', 'end'],
      ['tabulate', 'tabulation', 'tabulated'],
    ],
    article: 'bulk/close-queue-in-bulk',
    evidence: ['offers to tabulate them or not'],
    why: 'The bulk closure offers to tabulate the attendances or not: closing is not tabulating.',
  },
  {
    lang: 'pt-BR',
    sides: [['permanente'], ['temporária', 'temporario', 'emprestar']],
    article: 'bulk/migrate-users',
    evidence: ['permanente ou temporaria'],
    why: 'A migração permanente não volta; a temporária é desfeita no início do dia seguinte.',
  },
  {
    lang: 'en',
    sides: [
      ['permanent', 'permanently'],
      ['temporary', 'temporarily', 'lend'],
    ],
    article: 'bulk/migrate-users',
    evidence: ['permanent or temporary', 'permanently or temporarily'],
    why: 'A permanent migration stays; a temporary one is undone at the start of the next day.',
  },
];
