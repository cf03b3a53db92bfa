import { z } from 'zod';
import { omniModules } from '../../auth/permissions';
import { inputMessage } from './input-message';

/** An Omni module picked in the form (`report-builder`, `chat`, …; see src/auth/permissions.ts). */
export const moduleInput = z.enum(omniModules, {
  error: inputMessage(`Escolha um módulo do Omni: ${omniModules.join(', ')}.`, `Pick an Omni module: ${omniModules.join(', ')}.`),
});
