import { z } from 'astro/zod';
import { moduleIds } from './modules';
import { checkIds } from '../checks/catalog';
import { bulkActionIds } from '../lib/bulk-action-ids';

/** Who an article is written for. */
export const audiences = ['agent', 'admin', 'supervisor'] as const;

/** What kind of article it is. */
export const articleKinds = ['troubleshooting', 'how-to', 'reference'] as const;

/**
 * Our frontmatter, merged into Starlight's docs schema. Home pages and other landing pages leave
 * `module` out; every article under a module folder sets it to that folder (a test holds this).
 * A troubleshooting article must set `triage` (the build also checks its escalation sections, see
 * `src/integrations/troubleshooting-guard.ts`).
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
