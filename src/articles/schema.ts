import { z } from 'astro/zod';
import { moduleIds } from './modules';
import { checkIds } from '../checks/catalog';
import { bulkActionIds } from '../lib/bulk-action-ids';
import { sourceDocIds } from './source-headings';

/** Who an article is written for. */
export const audiences = ['agent', 'admin', 'supervisor'] as const;

/** What kind of article it is. */
export const articleKinds = ['troubleshooting', 'how-to', 'reference'] as const;

/** Whom a line of `tellCustomer` is meant for: the caller, or a colleague inside the organization. */
export const listeners = ['customer', 'colleague'] as const;

/** One passage of a source document an article draws on (checked by `src/integrations/source-guard.ts`). */
export const sourceRefSchema = z.object({
  /** `mass-maintenance` (000_….txt, English) or `troubleshooting-guide` (001_….txt, Portuguese). */
  doc: z.enum(sourceDocIds),
  /** The passage's heading exactly as the index `src/articles/source-passages.json` has it. */
  heading: z.string().trim().min(1),
});

/** One answer to the triage question and where it sends the reader: a numbered step or a section. */
export const triageAnswerSchema = z
  .object({
    /** The answer as the agent hears it ("Sim", "Só este operador"). */
    answer: z.string().trim().min(1).max(80),
    /** The number of a step heading `### N. …` of the article. */
    step: z.number().int().positive().optional(),
    /** The text of a `##` or `###` heading of the article (for answers that lead out of the steps). */
    section: z.string().trim().min(1).optional(),
  })
  .refine((a) => (a.step === undefined) !== (a.section === undefined), { message: 'Give each triage answer either `step` or `section`, not both.' });

/** One line to say on a call, and whom it is for. */
export const tellLineSchema = z.object({
  /** `customer` (the end customer on the line) or `colleague` (an internal user or supervisor). */
  for: z.enum(listeners),
  /** The words to say: no internal system names to a customer, no promise the agent cannot check. */
  text: z.string().trim().min(10).max(400),
});

/**
 * Our frontmatter, merged into Starlight's docs schema. Home pages and other landing pages leave
 * `module` out; every article under a module folder sets it to that folder (a test holds this).
 * A troubleshooting article must set `triage`; the build also requires its `triageMap` (checking each
 * target against the body) and `tellCustomer`, and the escalation section
 * (`src/integrations/troubleshooting-guard.ts`, which needs the body, so it is not checked here);
 * every article lists its `sources:` (`src/integrations/source-guard.ts`).
 */
export const articleSchema = z
  .object({
    /** Module of Omni the article belongs to; equals the folder it lives in. No default. */
    module: z.enum(moduleIds).optional(),
    /** `troubleshooting` (symptom → cause → fix), `how-to` (a procedure) or `reference`. Default `reference`. */
    kind: z.enum(articleKinds).default('reference'),
    /** Who the article is for; routes readers from the home page. Default: agents only. */
    audience: z.array(z.enum(audiences)).min(1).default(['agent']),
    /**
     * Phrases people type when they have this problem, in the article's language. They are shown in
     * the article and indexed by search with it. Default: none.
     */
    symptoms: z.array(z.string().min(3)).default([]),
    /** Ids of the live checks embedded in the article; each must exist in the check catalog. Default: none. */
    checks: z.array(z.enum(checkIds)).default([]),
    /** Ids of the bulk actions embedded in the article; each must exist in the action catalog. Default: none. */
    actions: z.array(z.enum(bulkActionIds)).default([]),
    /** Date the facts of the article were last reviewed (YYYY-MM-DD). Optional. */
    updated: z.coerce.date().optional(),
    /**
     * The one question an agent asks first, on a call, to split the causes apart ("Is everyone
     * waiting, or only this operator's chats?"). Shown under the title and indexed by search.
     * Required when `kind` is `troubleshooting`; no default.
     */
    triage: z
      .string()
      .trim()
      .min(10)
      .max(240)
      .refine((q) => q.endsWith('?'), { message: 'The triage line is a question: end it with "?".' })
      .optional(),
    /**
     * Where each answer to `triage` leads: `[{ answer: 'Sim', step: 4 }, { answer: 'Não', section:
     * 'Quando escalar' }]`. Shown right under the question ("Sim → passo 4"). Required, with two
     * answers or more, when `kind` is `troubleshooting` (the build fails without it, or on a step or
     * section the article does not have: `src/integrations/troubleshooting-guard.ts`). No default.
     */
    triageMap: z.array(triageAnswerSchema).min(2).optional(),
    /**
     * What to say on the call, each line labelled with whom it is for; shown right after the triage
     * map under the heading "O que dizer ao cliente" / "What to tell the customer", with a copy
     * button per line. Required (one line or more) when `kind` is `troubleshooting` (the build fails
     * without it, and on a body section of that name: `src/integrations/troubleshooting-guard.ts`).
     * No default.
     */
    tellCustomer: z.array(tellLineSchema).min(1).optional(),
    /**
     * The passages of the source documents the article's statements about Omni rest on, shown at
     * the end as "Fonte(s)". Every article under a module folder lists at least one, and each must
     * exist in `src/articles/source-passages.json` (`src/integrations/source-guard.ts` fails the
     * build otherwise). Default: none (only for landing pages).
     */
    sources: z.array(sourceRefSchema).default([]),
  })
  .superRefine((data, ctx) => {
    if (data.kind === 'troubleshooting' && !data.triage) {
      ctx.addIssue({
        code: 'custom',
        path: ['triage'],
        message: 'A troubleshooting article needs `triage`: the first question an agent asks to split the causes.',
      });
    }
  });

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
