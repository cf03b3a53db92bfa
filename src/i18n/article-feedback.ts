import { defineStrings } from './define-strings';

/**
 * "Este artigo ajudou?" under every article (signed-in readers), its refusals, and its part of the
 * search insights page; pt-BR and English side by side.
 */
export const articleFeedbackStrings = defineStrings({
  question: { 'pt-BR': 'Este artigo ajudou?', en: 'Did this article help?' },
  yes: { 'pt-BR': 'Sim', en: 'Yes' },
  no: { 'pt-BR': 'Não', en: 'No' },
  comment: { 'pt-BR': 'Comentário (opcional): o que faltou ou estava errado?', en: 'Comment (optional): what was missing or wrong?' },
  commentHint: { 'pt-BR': 'Texto simples, até {max} caracteres.', en: 'Plain text, up to {max} characters.' },
  send: { 'pt-BR': 'Enviar comentário', en: 'Send comment' },
  sending: { 'pt-BR': 'Enviando…', en: 'Sending…' },
  thanksYes: { 'pt-BR': 'Obrigado! Seu voto: ajudou.', en: 'Thank you! Your vote: it helped.' },
  thanksNo: { 'pt-BR': 'Obrigado! Seu voto: não ajudou.', en: 'Thank you! Your vote: it did not help.' },
  change: { 'pt-BR': 'Você pode mudar seu voto quando quiser: vale o último.', en: 'You can change your vote at any time: the last one counts.' },
  signIn: { 'pt-BR': 'Entre para dizer se este artigo ajudou.', en: 'Sign in to say whether this article helped.' },
  signInLink: { 'pt-BR': 'Entrar', en: 'Sign in' },

  // Refusals (400, in the caller's language).
  unknownArticle: { 'pt-BR': 'Artigo desconhecido: {article}.', en: 'Unknown article: {article}.' },
  html: {
    'pt-BR': 'Escreva o comentário em texto simples, sem marcações HTML (< seguido de letra).',
    en: 'Write the comment as plain text, without HTML tags (< followed by a letter).',
  },
  tooLong: { 'pt-BR': 'O comentário tem mais de {max} caracteres.', en: 'The comment is longer than {max} characters.' },

  // The search insights page.
  'insights.heading': { 'pt-BR': 'O que os leitores dizem dos artigos', en: 'What readers say about the articles' },
  'insights.intro': {
    'pt-BR': 'Votos de "Este artigo ajudou?" por artigo (um por pessoa, vale o último) e os comentários de quem disse que não ajudou.',
    en: 'Votes of "Did this article help?" per article (one per person, the last one counts) and the comments of those who said it did not help.',
  },
  'insights.article': { 'pt-BR': 'Artigo', en: 'Article' },
  'insights.helpful': { 'pt-BR': 'Ajudou', en: 'Helpful' },
  'insights.notHelpful': { 'pt-BR': 'Não ajudou', en: 'Not helpful' },
  'insights.comments': { 'pt-BR': 'Comentários de "não ajudou"', en: '"Not helpful" comments' },
  'insights.noComments': { 'pt-BR': 'Nenhum comentário.', en: 'No comments.' },
  'insights.empty': { 'pt-BR': 'Nenhum voto ainda.', en: 'No votes yet.' },
});
