import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { listArticles } from './list-articles';
import { targetsOfSection } from '../escalations/targets';

/**
 * The section an agent needs on a call, by language: when to hand over (and what to collect).
 * Every troubleshooting article has it in its body.
 */
export const requiredSections = {
  'pt-BR': ['Quando escalar'],
  en: ['When to escalate'],
} as const;

/**
 * What to say to the customer now lives in the frontmatter (`tellCustomer`), rendered beside the
 * triage question under this heading; the body must not repeat it as a section of its own.
 */
export const customerSection = { 'pt-BR': 'O que dizer ao cliente', en: 'What to tell the customer' } as const;

/** The body of the `## heading` section (up to the next `##` heading), or undefined when absent. */
function sectionBody(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === `## ${heading}`);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^##\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

interface Frontmatter {
  kind?: string;
  triage?: unknown;
  triageMap?: unknown;
  tellCustomer?: unknown;
}

/** Where the triage answers of `map` point that the body does not have, as readable lines. */
function triageMapGaps(map: unknown, body: string): string[] {
  if (!Array.isArray(map) || map.length < 2) return ['no `triageMap:` with two answers or more (each answer and the step it leads to)'];
  const steps = new Set([...body.matchAll(/^###\s+(\d+)\.\s/gm)].map((m) => Number(m[1])));
  const headings = new Set([...body.matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((m) => m[1]));
  const gaps: string[] = [];
  for (const a of map as { answer?: unknown; step?: unknown; section?: unknown }[]) {
    const answer = typeof a?.answer === 'string' ? a.answer : '?';
    if (typeof a?.step === 'number') {
      if (!steps.has(a.step)) gaps.push(`the triage answer "${answer}" leads to step ${a.step}, which has no "### ${a.step}. …" heading`);
    } else if (typeof a?.section === 'string') {
      if (!headings.has(a.section)) gaps.push(`the triage answer "${answer}" leads to the section "${a.section}", which has no heading`);
    } else gaps.push(`the triage answer "${answer}" gives neither \`step\` nor \`section\``);
  }
  return gaps;
}

function tellCustomerGaps(lines: unknown): string[] {
  if (!Array.isArray(lines) || lines.length === 0) return ['no `tellCustomer:` lines (what to say on the call, and to whom)'];
  const bad = lines.filter(
    (l) => !['customer', 'colleague'].includes((l as { for?: unknown })?.for as string) || typeof (l as { text?: unknown })?.text !== 'string',
  );
  return bad.length ? ['a `tellCustomer:` line without `for: customer|colleague` and `text`'] : [];
}

/**
 * What a troubleshooting article is missing, as readable lines (empty when complete, and for
 * any other kind of article). `path` is relative to the docs folder: under `en/` it is English.
 */
export function troubleshootingGaps(path: string, text: string): string[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const data = (m ? parse(m[1]) : {}) as Frontmatter | null;
  if (data?.kind !== 'troubleshooting') return [];
  const body = text.slice(m![0].length).replace(/\r\n/g, '\n');
  const lang = path.startsWith('en/') ? 'en' : 'pt-BR';
  const gaps: string[] = [];
  if (typeof data.triage !== 'string' || data.triage.trim() === '') gaps.push('no `triage:` question in the frontmatter');
  gaps.push(...triageMapGaps(data.triageMap, body), ...tellCustomerGaps(data.tellCustomer));
  for (const heading of requiredSections[lang]) {
    const section = sectionBody(body, heading);
    if (section === undefined) gaps.push(`no "## ${heading}" section`);
    else if (section.trim() === '') gaps.push(`an empty "## ${heading}" section`);
    else {
      // The escalation form offers the roles this section names: each line's bold lead must be a known one.
      for (const lead of targetsOfSection(section, lang).unknown)
        gaps.push(`"## ${heading}" names "${lead}", which is no known escalation target (src/escalations/targets.ts)`);
    }
  }
  if (sectionBody(body, customerSection[lang]) !== undefined)
    gaps.push(`a "## ${customerSection[lang]}" section in the body: move its lines to \`tellCustomer:\``);
  return gaps;
}

/** Every troubleshooting article under `docsDir` with what it lacks. */
export function findTroubleshootingGaps(docsDir: string): { path: string; gaps: string[] }[] {
  return listArticles(docsDir)
    .map((path) => ({ path, gaps: troubleshootingGaps(path, readFileSync(join(docsDir, path), 'utf8')) }))
    .filter((a) => a.gaps.length > 0);
}

/**
 * Fails `astro build` when a troubleshooting article lacks its triage question, its triage map (or
 * the map points at a step or section the article does not have), its lines for the call, or the
 * escalation section (`requiredSections`), in either language.
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
          'A troubleshooting article has `triage:`, `triageMap:` (each answer and its step or section) and `tellCustomer:` ' +
          '(each line with whom it is for) in the frontmatter, and the section "## Quando escalar" (pt-BR) or "## When to escalate" (English).';
        if (command === 'build') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
