import { defineStrings } from './define-strings';

/** Strings of the parts our override adds around an article: triage map, lines for the call, sources. */
export const articleStrings = defineStrings({
  'sources.anchor': { 'pt-BR': 'omni-fontes', en: 'omni-sources' },
  'tell.anchor': { 'pt-BR': 'o-que-dizer-ao-cliente', en: 'what-to-tell-the-customer' },
  'triageMap.label': { 'pt-BR': 'Conforme a resposta', en: 'Depending on the answer' },
  'triageMap.step': { 'pt-BR': 'passo {n}', en: 'step {n}' },
  'tell.heading': { 'pt-BR': 'O que dizer ao cliente', en: 'What to tell the customer' },
  'tell.for.customer': { 'pt-BR': 'Para o cliente final', en: 'For the end customer' },
  'tell.for.colleague': { 'pt-BR': 'Para o colega interno', en: 'For an internal colleague' },
  'tell.copy': { 'pt-BR': 'Copiar', en: 'Copy' },
  'tell.copyLabel.customer': { 'pt-BR': 'Copiar a frase para o cliente final', en: 'Copy the line for the end customer' },
  'tell.copyLabel.colleague': { 'pt-BR': 'Copiar a frase para o colega interno', en: 'Copy the line for an internal colleague' },
  'tell.copied': { 'pt-BR': 'Copiado', en: 'Copied' },
  'sources.one': { 'pt-BR': 'Fonte', en: 'Source' },
  'sources.many': { 'pt-BR': 'Fontes', en: 'Sources' },
  'sources.intro': {
    'pt-BR': 'O que este artigo afirma sobre o Omni vem destes trechos da documentação:',
    en: 'What this article states about Omni comes from these passages of the documentation:',
  },
  'source.mass-maintenance': { 'pt-BR': 'Manutenção em massa (documentação do Omni, em inglês)', en: 'Mass Maintenance (Omni documentation)' },
  'source.troubleshooting-guide': { 'pt-BR': 'Guia de solução de problemas do Omni', en: 'Omni troubleshooting guide (in Portuguese)' },
} as const);
