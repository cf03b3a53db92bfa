/**
 * Ids of the live checks an article may embed (`checks:` in its frontmatter). The check registry
 * (`src/checks/registry.ts`, arriving with the live-checks issues) must define exactly these ids;
 * a test holds the two lists together. An article naming an id outside this list fails the build.
 */
export const checkIds = [
  'mailbox-test',
  'scheduler-status',
  'license-count',
  'queue-availability',
  'operator-readiness',
  'chat-distribution',
  'mailbox-rules',
  'survey-validity',
  'followup-automation',
  'document-availability',
  'module-access',
  'chat-attachments',
  'email-search-window',
] as const;

export type CheckId = (typeof checkIds)[number];
