import { defineStrings } from './define-strings';

/** Texts of the survey validity check (src/checks/survey-validity.ts): its title, fields, findings and verdicts. */
export const surveyValidityStrings = defineStrings({
  'anchor.validity': { 'pt-BR': '1-vigência-da-pesquisa', en: '1-the-surveys-validity' },
  'anchor.campaignDates': { 'pt-BR': '2-datas-da-campanha', en: '2-the-campaigns-dates' },
  title: { 'pt-BR': 'Vigência da pesquisa e da campanha', en: 'Survey and campaign validity' },
  description: {
    'pt-BR': 'Confere se as datas de início e fim da pesquisa cobrem hoje, se ela está publicada e se a campanha que a envia está dentro das próprias datas.',
    en: 'Checks that the survey start and end dates cover today, that it is published, and that the campaign sending it is within its own dates.',
  },
  'field.survey': { 'pt-BR': 'Pesquisa', en: 'Survey' },
  notStarted: { 'pt-BR': 'A pesquisa só começa em {start} (hoje é {today}).', en: 'The survey only starts on {start} (today is {today}).' },
  ended: { 'pt-BR': 'A pesquisa terminou em {end} (hoje é {today}).', en: 'The survey ended on {end} (today is {today}).' },
  endsSoon: {
    'pt-BR': 'A pesquisa vale até {end}: {left#falta|faltam} {left} {left#dia|dias}.',
    en: 'The survey is in force until {end}: {left} {left#day|days} left.',
  },
  inForce: {
    'pt-BR': 'A pesquisa vale de {start} a {end} e cobre hoje ({today}).',
    en: 'The survey is in force from {start} to {end} and covers today ({today}).',
  },
  published: { 'pt-BR': 'A pesquisa está publicada.', en: 'The survey is published.' },
  notPublished: {
    'pt-BR': 'A pesquisa não está publicada: salvar não basta, é preciso publicar.',
    en: 'The survey is not published: saving is not enough, it must be published.',
  },
  noCampaign: { 'pt-BR': 'Nenhuma campanha envia esta pesquisa.', en: 'No campaign sends this survey.' },
  /** The kind words before a name (named() in src/lib/named.ts: not "A campanha Campanha …", "Pesquisa Pesquisa …"). */
  'kind.campaign': { 'pt-BR': 'A campanha', en: 'Campaign' },
  'kind.survey': { 'pt-BR': 'Pesquisa', en: 'Survey' },
  campaignInForce: { 'pt-BR': '{campaign} está em vigor ({start} a {end}).', en: '{campaign} is in force ({start} to {end}).' },
  campaignOutside: {
    'pt-BR': '{campaign} está fora das datas ({start} a {end}): não envia nada hoje.',
    en: '{campaign} is outside its dates ({start} to {end}): it sends nothing today.',
  },
  'verdict.notSent': { 'pt-BR': 'não é enviada hoje', en: 'is not sent today' },
  'verdict.sent': { 'pt-BR': 'é enviada hoje', en: 'is sent today' },
  summary: { 'pt-BR': '{survey}: {verdict}.', en: '{survey}: {verdict}.' },
} as const);
