import { defineStrings } from './define-strings';

/** Strings of the sign-in page and form, both languages. */
export const signInStrings = defineStrings({
  title: { 'pt-BR': 'Entrar', en: 'Sign in' },
  email: { 'pt-BR': 'E-mail', en: 'E-mail' },
  password: { 'pt-BR': 'Senha', en: 'Password' },
  submit: { 'pt-BR': 'Entrar', en: 'Sign in' },
  invalid: { 'pt-BR': 'E-mail ou senha incorretos. Confira a senha e tente de novo.', en: 'Wrong e-mail or password. Check the password and try again.' },
  throttled: {
    'pt-BR': 'Muitas tentativas sem sucesso. Aguarde alguns minutos e tente de novo.',
    en: 'Too many failed attempts. Wait a few minutes and try again.',
  },
  signedIn: { 'pt-BR': 'Você já entrou como', en: 'You are already signed in as' },
  intro: {
    'pt-BR': 'Entre para executar verificações ao vivo e ações em lote. Os artigos continuam abertos a todos.',
    en: 'Sign in to run live checks and bulk actions. Articles stay open to everyone.',
  },
  returnTo: { 'pt-BR': 'Depois de entrar, você volta para a página em que estava.', en: 'After signing in, you go back to the page you were on.' },
} as const);
