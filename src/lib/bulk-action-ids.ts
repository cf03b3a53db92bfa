/**
 * Ids of the gated bulk actions an article may embed (`actions:` in its frontmatter). The action
 * families in `src/actions/` must implement exactly these; an article naming another id fails the build.
 */
export const bulkActionIds = ['user-import', 'user-migration', 'attendance-transfer', 'queue-closure'] as const;

export type BulkActionId = (typeof bulkActionIds)[number];
