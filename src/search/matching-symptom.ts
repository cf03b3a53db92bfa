import type { Lang } from '../i18n/ui';
import { contentWords, variantsOf } from './expand';
import { queryTerms } from './strategy';
import { sameStem } from './same-stem';

/**
 * The symptom (separated by " | " in `symptoms`) that shares the most words with the query, counting
 * synonyms; undefined when none shares any.
 */
export function matchingSymptom(query: string, symptoms: string | undefined, lang: Lang): string | undefined {
  if (!symptoms) return undefined;
  const words = queryTerms(query, lang).flatMap((t) => [t, ...variantsOf(t, lang).flatMap((v) => contentWords(v.text, lang))]);
  let best: string | undefined;
  let bestCount = 0;
  for (const symptom of symptoms.split(' | ')) {
    const count = contentWords(symptom, lang).filter((w) => words.some((q) => sameStem(q, w))).length;
    if (count > bestCount) {
      best = symptom;
      bestCount = count;
    }
  }
  return best;
}
