import { levels, omniModules, type Level, type OmniModule } from '@/auth/permissions';
import { choiceOf } from '@/i18n/localized';
import { levelStrings, moduleStrings } from '@/i18n/modules';
import type { Localized } from '../types';

/** How each Omni module is called on screen. */
export const moduleLabels: Record<OmniModule, Localized> = moduleStrings.table;

/** How each access level is called on screen. */
export const levelLabels: Record<Level, Localized> = levelStrings.table;

/** Every module's name in both languages, comma-separated (for a message that lists the choices). */
export const moduleList: Localized = choiceOf(omniModules.map((m) => moduleLabels[m]));

/** The levels as people read them, as one choice ("ver, responder, resolver ou editar"). */
export const levelList: Localized = choiceOf(levels.map((l) => levelLabels[l]));

/** The levels as the choices of a form field. */
export const levelChoices = levels.map((l) => ({ value: l, label: levelLabels[l] }));
