import { parse } from 'yaml';
import { localePath } from '../i18n/locale-path';
import { perLang } from '../i18n/localized';
import type { Lang } from '../i18n/ui';
import { hashSources } from './article-hash';
import { escalationHeading, sectionBody, targetsOfSection, type EscalationTarget } from './targets';

/** What an escalation needs of one troubleshooting article, in both languages. */
export interface ArticleFacts {
  /** Without language: `email/emails-not-arriving`. */
  id: string;
  title: Record<Lang, string>;
  /** Headings (`##`, `###`) in order, with the anchor Starlight gives each. */
  sections: Record<Lang, { anchor: string; text: string }[]>;
  /** The check ids the article embeds. */
  checks: string[];
  /** The first `tellCustomer` line meant for the customer. */
  tellCustomer: Record<Lang, string>;
  /** The targets its escalation section names. */
  targets: EscalationTarget[];
  /** SHA-256 of both languages' sources: another value later means the article changed. */
  hash: string;
}

// Every article's source, bundled as text (vite), so the built server and the tests read the same.
const sources = import.meta.glob<string>('../content/docs/**/*.{md,mdx}', { query: '?raw', import: 'default' });

interface Front {
  title?: string;
  kind?: string;
  checks?: string[];
  tellCustomer?: { for: string; text: string }[];
}

function split(text: string): { data: Front; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return { data: ((m ? parse(m[1]!) : {}) ?? {}) as Front, body: text.slice(m ? m[0].length : 0).replace(/\r\n/g, '\n') };
}

function headings(body: string): { anchor: string; text: string }[] {
  const seen = new Map<string, number>();
  // As github-slugger (Starlight's heading ids): lower case, punctuation out, spaces to hyphens, repeats numbered.
  const slug = (text: string) => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
  const out: { anchor: string; text: string }[] = [];
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) fence = !fence;
    const m = !fence && /^(##|###)\s+(.+?)\s*$/.exec(line);
    if (!m) continue;
    const text = m[2]!.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    out.push({ anchor: slug(text), text });
  }
  return out;
}

/** A value per language. */
const byLang = <T>(f: (lang: Lang) => T): Record<Lang, T> => ({ ['pt-BR' as Lang]: f('pt-BR'), en: f('en') }) as Record<Lang, T>;

let cache: Promise<Map<string, ArticleFacts>> | undefined;

async function load(): Promise<Map<string, ArticleFacts>> {
  const byId = new Map<string, ArticleFacts>();
  const path = (lang: Lang, id: string) => {
    const stem = `../content/docs${localePath(lang, `/${id}`)}`;
    return Object.keys(sources).find((p) => p === `${stem}.mdx` || p === `${stem}.md`);
  };
  for (const p of Object.keys(sources)) {
    const rel = p.replace('../content/docs/', '').replace(/\.mdx?$/, '');
    if (rel.startsWith('en/')) continue;
    const ptText = await sources[p]!();
    const pt = split(ptText);
    if (pt.data.kind !== 'troubleshooting') continue;
    const enPath = path('en', rel);
    const enText = enPath ? await sources[enPath]!() : ptText;
    const en = split(enText);
    const customer = (d: Front) => (d.tellCustomer ?? []).find((l) => l.for === 'customer')?.text ?? d.tellCustomer?.[0]?.text ?? '';
    const escalation = sectionBody(pt.body, escalationHeading('pt-BR')) ?? '';
    const both = (l: Lang) => (l === 'en' ? en : pt);
    byId.set(rel, {
      id: rel,
      title: perLang((l) => both(l).data.title ?? pt.data.title ?? rel),
      sections: byLang((l) => headings(both(l).body)),
      checks: pt.data.checks ?? [],
      tellCustomer: perLang((l) => customer(both(l).data)),
      targets: targetsOfSection(escalation, 'pt-BR').targets,
      hash: hashSources(ptText, enText),
    });
  }
  return byId;
}

/** Every troubleshooting article by id (read once per process). */
export function troubleshootingArticles(): Promise<Map<string, ArticleFacts>> {
  return (cache ??= load());
}

/** One troubleshooting article's facts, or undefined. */
export async function articleFacts(id: string): Promise<ArticleFacts | undefined> {
  return (await troubleshootingArticles()).get(id);
}

/** The anchor of the same section in the other language (same position), or undefined. */
export function sectionIn(facts: ArticleFacts, anchor: string, lang: Lang): { anchor: string; text: string } | undefined {
  for (const from of ['pt-BR', 'en'] as const) {
    const i = facts.sections[from].findIndex((s) => s.anchor === anchor);
    if (i >= 0 && facts.sections[lang].length === facts.sections[from].length) return facts.sections[lang][i];
  }
  return undefined;
}

/** Whether `anchor` is a section of the article in either language. */
export function hasSection(facts: ArticleFacts, anchor: string): boolean {
  return facts.sections['pt-BR'].some((s) => s.anchor === anchor) || facts.sections.en.some((s) => s.anchor === anchor);
}
