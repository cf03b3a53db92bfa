import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listArticles } from './list-articles';

/**
 * Lists the articles that exist in one language only. pt-BR articles live at the root of
 * `docsDir`, their English mirrors under `en/` with the same relative path.
 */
export function findMissingTranslations(docsDir: string): { missingEn: string[]; missingPt: string[] } {
  const all = listArticles(docsDir);
  const en = new Set(all.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)));
  const pt = new Set(all.filter((p) => !p.startsWith('en/')));
  return {
    missingEn: [...pt].filter((p) => !en.has(p)).sort(),
    missingPt: [...en].filter((p) => !pt.has(p)).sort(),
  };
}

/** Fails `astro build` when an article has no translation in the other language. */
export function translationGuard(): AstroIntegration {
  return {
    name: 'omni:translation-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const docsDir = fileURLToPath(new URL('./content/docs/', config.srcDir));
        const { missingEn, missingPt } = findMissingTranslations(docsDir);
        const problems = [
          ...missingEn.map((p) => `  ${p} has no English mirror at en/${p}`),
          ...missingPt.map((p) => `  en/${p} has no pt-BR original at ${p}`),
        ];
        if (problems.length === 0) return;
        const message = `Articles without their translation:\n${problems.join('\n')}\nWrite the missing file with the same name in the other language.`;
        if (command === 'build') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
