import { z } from 'zod';
import { omniModules } from '../../auth/permissions';
import { inputMessage } from './input-message';
import { moduleList } from './module-labels';

/** An Omni module picked in the form (`report-builder`, `chat`, …; see src/auth/permissions.ts). The message names them as people read them. */
export const moduleInput = z.enum(omniModules, {
  error: inputMessage(`Escolha um módulo do Omni: ${moduleList['pt-BR']}.`, `Pick an Omni module: ${moduleList.en}.`),
});
