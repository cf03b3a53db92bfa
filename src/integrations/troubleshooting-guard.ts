import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { listArticles } from './list-articles';

/**
 * The sections an agent needs on a call, by language: when to hand over (and what to collect),
 * and what to say to the customer meanwhile. Every troubleshooting article has both.
 */
export const requiredSections = {
  'pt-BR': ['Quando escalar', 'O que dizer ao cliente'],
  en: ['When to escalate', 'What to tell the customer'],
} as const;

/** The body of the `## heading` section (up to the next `##` heading), or undefined when absent. */
function sectionBody(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === `## ${heading}`);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^##\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

/**
 * What a troubleshooting article is missing, as readable lines (empty when complete, and for
 * any other kind of article). `path` is relative to the docs folder: under `en/` it is English.
 */
export function troubleshootingGaps(path: string, text: string): string[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const data = (m ? parse(m[1]) : {}) as { kind?: string; triage?: unknown } | null;
  if (data?.kind !== 'troubleshooting') return [];
  const body = text.slice(m![0].length).replace(/\r\n/g, '\n');
  const lang = path.startsWith('en/') ? 'en' : 'pt-BR';
  const gaps: string[] = [];
  if (typeof data.triage !== 'string' || data.triage.trim() === '') gaps.push('no `triage:` question in the frontmatter');
  for (const heading of requiredSections[lang]) {
    const section = sectionBody(body, heading);
    if (section === undefined) gaps.push(`no "## ${heading}" section`);
    else if (section.trim() === '') gaps.push(`an empty "## ${heading}" section`);
  }
  return gaps;
}

/** Every troubleshooting article under `docsDir` with what it lacks. */
export function findTroubleshootingGaps(docsDir: string): { path: string; gaps: string[] }[] {
  return listArticles(docsDir)
    .map((path) => ({ path, gaps: troubleshootingGaps(path, readFileSync(join(docsDir, path), 'utf8')) }))
    .filter((a) => a.gaps.length > 0);
}

/**
 * Fails `astro build` when a troubleshooting article lacks its triage question or one of the
 * sections an agent needs on a call (`requiredSections`), in either language.
 */
export function troubleshootingGuard(): AstroIntegration {
  return {
    name: 'omni:troubleshooting-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const docsDir = fileURLToPath(new URL('./content/docs/', config.srcDir));
        const found = findTroubleshootingGaps(docsDir);
        if (found.length === 0) return;
        const lines = found.map((a) => `  ${a.path}: ${a.gaps.join('; ')}`);
        const message =
          `Troubleshooting articles incomplete:\n${lines.join('\n')}\n` +
          'Add a `triage:` question to the frontmatter and the sections "## Quando escalar" and "## O que dizer ao cliente" ' +
          '(pt-BR) or "## When to escalate" and "## What to tell the customer" (English).';
        if (command === 'build') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
