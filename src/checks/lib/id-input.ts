import { z } from 'zod';
import { inputMessage } from './input-message';
import { MAX_INT4 } from '../../server/input';

/** A record id picked in the form: an integer 1 … 2^31−1, the range of an id column (strings of digits are accepted). */
export const recordId = (pt: string, en: string) =>
  z.coerce
    .number({ error: inputMessage(`Escolha ${pt}.`, `Pick ${en}.`) })
    .int({ error: inputMessage(`Escolha ${pt}.`, `Pick ${en}.`) })
    .positive({ error: inputMessage(`Escolha ${pt}.`, `Pick ${en}.`) })
    .max(MAX_INT4, { error: inputMessage(`Escolha ${pt}.`, `Pick ${en}.`) });
