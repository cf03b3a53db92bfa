import { defineStrings } from './define-strings';

/** Texts of the email search window check (src/checks/email-search-window.ts): its title, fields, findings and verdicts. */
export const emailSearchWindowStrings = defineStrings({
  title: { 'pt-BR': 'Janela da busca de e-mails', en: 'E-mail search window' },
  description: {
    'pt-BR':
      'Para um período, diz se ele cabe na regra de 30 dias da busca (contando o primeiro e o último dia) e, se não couber, em quais janelas buscar, na ordem.',
    en: 'For a period, says whether it fits the 30-day rule of the search (counting the first and the last day) and, if not, the windows to search it in, in order.',
  },
  from: { 'pt-BR': 'De', en: 'From' },
  to: { 'pt-BR': 'Até', en: 'To' },
  fits: {
    'pt-BR': 'De {from} a {to} são {days} dias, contando os dois: cabe numa busca só.',
    en: '{from} to {to} is {days} days, both ends counted: it fits one search.',
  },
  split: {
    'pt-BR': 'De {from} a {to} são {days} dias, contando os dois: passa de {limit}. Faça {searches} buscas, uma por janela abaixo.',
    en: '{from} to {to} is {days} days, both ends counted: more than {limit}. Run {searches} searches, one per window below.',
  },
  window: { 'pt-BR': 'Busca {number}: {from} a {to} ({days}).', en: 'Search {number}: {from} to {to} ({days}).' },
  allFuture: {
    'pt-BR': 'O período inteiro é futuro (hoje é {today}): não há e-mails para encontrar.',
    en: 'The whole period is in the future (today is {today}): there are no e-mails to find.',
  },
  endsAfterToday: {
    'pt-BR': 'O período termina depois de hoje ({today}): os dias futuros ainda não têm e-mails.',
    en: 'The period ends after today ({today}): future days have no e-mails yet.',
  },
  'days.one': { 'pt-BR': '{n} dia', en: '{n} day' },
  'days.other': { 'pt-BR': '{n} dias', en: '{n} days' },
  'summary.one': { 'pt-BR': '{days}: uma busca.', en: '{days}: one search.' },
  'summary.many': { 'pt-BR': '{days}: {searches} buscas de até {window} dias.', en: '{days}: {searches} searches of up to {window} days.' },
} as const);
