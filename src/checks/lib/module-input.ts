import { z } from 'zod';
import { omniModules } from '@/auth/permissions';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { perLang } from '@/i18n/localized';
import { moduleList } from './module-labels';

/** An Omni module picked in the form (`report-builder`, `chat`, …; see src/auth/permissions.ts). The message names them as people read them. */
export const moduleInput = z.enum(omniModules, {
  error: inputMessage(perLang((lang) => inputStrings.t(lang, 'pickModule', { modules: moduleList[lang] }))),
});
