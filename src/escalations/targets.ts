/**
 * The handoff targets an article's escalation section ("Quando escalar" / "When to escalate") may
 * name, and how each language writes them as the bold lead of a line (`- **Ao suporte do Omni**, …`).
 * The troubleshooting guard fails the build on a lead it does not know, so every escalation section
 * maps to known targets; the form offers exactly those.
 */
export const escalationTargets = ['operation-admin', 'company-it', 'contract-owner', 'omni-support'] as const;
export type EscalationTarget = (typeof escalationTargets)[number];

/** Each target's bold leads, as `[target, language, lead]` (content data, like the guard's headings). */
const leads: readonly (readonly [EscalationTarget, 'pt-BR' | 'en', string])[] = [
  ['operation-admin', 'pt-BR', 'Ao administrador da operação'],
  ['operation-admin', 'en', "To the operation's admin"],
  ['company-it', 'pt-BR', 'À TI da empresa'],
  ['company-it', 'pt-BR', 'À TI ou ao Help Desk da empresa'],
  ['company-it', 'en', "To the company's IT"],
  ['company-it', 'en', "To the company's IT or Help Desk"],
  ['contract-owner', 'pt-BR', 'À área dona do contrato'],
  ['contract-owner', 'en', 'To the area that owns the contract'],
  ['omni-support', 'pt-BR', 'Ao suporte do Omni'],
  ['omni-support', 'en', 'To Omni support'],
];

/** The escalation section's heading in `lang` (the one the troubleshooting guard requires). */
const headings = [
  ['pt-BR', 'Quando escalar'],
  ['en', 'When to escalate'],
] as const;
export const escalationHeading = (lang: 'pt-BR' | 'en'): string => headings.find(([l]) => l === lang)![1];

/**
 * The targets named by the bold leads of a section's list lines, in order, and the leads it does
 * not know (the guard reports those).
 */
export function targetsOfSection(section: string, lang: 'pt-BR' | 'en'): { targets: EscalationTarget[]; unknown: string[] } {
  const targets: EscalationTarget[] = [];
  const unknown: string[] = [];
  for (const m of section.matchAll(/^- \*\*([^*]+)\*\*/gm)) {
    const lead = m[1]!.trim();
    const t = leads.find(([, l, text]) => l === lang && text === lead)?.[0];
    if (!t) unknown.push(lead);
    else if (!targets.includes(t)) targets.push(t);
  }
  return { targets, unknown };
}

/** The body of the `## heading` section (up to the next `##` heading), or undefined when absent. */
export function sectionBody(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === `## ${heading}`);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^##\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}
