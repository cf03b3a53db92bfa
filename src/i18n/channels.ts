import { defineStrings } from './define-strings';

/** The channels of an attendance as people read them (stored as `chat`, `email`, `whatsapp`, `phone`). */
export const channelStrings = defineStrings({
  chat: { 'pt-BR': 'Chat', en: 'Chat' },
  email: { 'pt-BR': 'E-mail', en: 'E-mail' },
  whatsapp: { 'pt-BR': 'WhatsApp', en: 'WhatsApp' },
  phone: { 'pt-BR': 'Telefone', en: 'Phone' },
} as const);
