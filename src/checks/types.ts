import type { z } from 'zod';
import type { Db } from '../db/client';
import type { Permission } from '../auth/permissions';
import type { SessionUser } from '../auth/session';
import type { CheckId } from './catalog';

/** A text in both languages; the viewer's language is picked when it is shown. */
export type { Localized } from '../i18n/localized';
import type { Localized } from '../i18n/localized';

export type CheckStatus = 'ok' | 'warn' | 'fail';

/** One thing a check found: what is wrong, which record, and the article section that fixes it. */
export interface Finding {
  /** How serious this one thing is. */
  status: CheckStatus;
  /** What was measured or what is wrong, in both languages. */
  message: Localized;
  /** The record it concerns, if any: kind, id and a human label (never a secret). */
  record?: {
    kind: string;
    id: number | string;
    label: string;
    /** The record's name in each language, when it has one (the runbook's own jobs); shown instead of `label`. */
    name?: Localized;
  };
  /**
   * The article that fixes it: its path without language prefix (`email/emails-not-arriving`)
   * and, optionally, the heading anchor in each language.
   */
  fix?: { article: string; anchor?: Localized };
}

/** What `run()` returns. Every figure reported is one the check measured. */
export interface CheckResult {
  status: CheckStatus;
  summary: Localized;
  findings: Finding[];
}

/** The kinds of records a check input can be picked from in the UI. */
export type PickerKind =
  'mailbox' | 'queue' | 'user' | 'service' | 'survey' | 'occurrence-reason' | 'document' | 'module' | 'datetime' | 'date' | 'text' | 'boolean' | 'choice';

/** One input field of a check's form. */
export interface CheckField {
  name: string;
  kind: PickerKind;
  label: Localized;
  optional?: boolean;
  /** For `choice`: the values offered, each with its label (the value is what the input schema takes). */
  options?: { value: string; label: Localized }[];
  /** For an optional choice or record: what leaving it empty means ("Todas as filas"); a default by kind otherwise. */
  emptyLabel?: Localized;
}

export interface CheckContext {
  db: Db;
  /** The moment the check evaluates ("now", or an injected clock in tests). */
  now: Date;
  /** The organization's IANA time zone. */
  timeZone: string;
  /** Who runs it. */
  user: SessionUser;
  /** Aborted when the check's time limit is reached. */
  signal: AbortSignal;
}

/** One live check: a file in src/checks/ exporting a definition; the registry serves them all. */
export interface CheckDefinition<S extends z.ZodType = z.ZodType> {
  id: CheckId;
  title: Localized;
  /** What the check verifies, shown to signed-out readers. */
  description: Localized;
  /** zod schema of the input; field errors come back as 400 with messages. */
  input: S;
  /** The form the UI shows: one entry per input field, with the kind of record it picks. */
  fields: CheckField[];
  /** Permission needed to run it. */
  permission: Permission;
  /** Hard time limit in milliseconds; past it the run ends with status `fail` and says so. */
  timeLimitMs: number;
  run(ctx: CheckContext, input: z.infer<S>): Promise<CheckResult>;
}
