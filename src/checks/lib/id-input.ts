import { z } from 'zod';
import { inputMessage } from './input-message';

/** A record id picked in the form: a positive integer (strings of digits are accepted). */
export const recordId = (pt: string, en: string) =>
  z.coerce
    .number({ error: inputMessage(`Escolha ${pt}.`, `Pick ${en}.`) })
    .int({ error: inputMessage(`Escolha ${pt}.`, `Pick ${en}.`) })
    .positive({ error: inputMessage(`Escolha ${pt}.`, `Pick ${en}.`) });
