import { z } from 'zod';
import { channels } from '@/db/schema';
import { dbId, jsonId } from '@/server/input';

/** Most attendances one transfer request may carry. */
export const MAX_TRANSFER = 20_000;

/** Filters of the "in attendance" list of a service. */
export const transferFilter = z.object({
  /** The service whose attendances are listed (must be one the caller manages). */
  serviceId: dbId(),
  /** Only attendances held by this agent. Default: any agent. */
  agentId: dbId().optional(),
  /** Only this channel. Default: any channel. */
  channel: z.enum(channels).optional(),
  /** Only attendances created at least this many minutes ago. Default: any age. */
  minAgeMinutes: z.coerce.number().int().min(0).max(525_600).optional(),
});
export type TransferFilter = z.infer<typeof transferFilter>;

/** Query of GET /api/bulk/attendance-transfer/attendances: the filter plus a keyset page. */
export const listQuery = transferFilter.extend({
  /** Keyset cursor: the last attendance id of the previous page. Default: first page. */
  after: dbId().optional(),
  /** Page size, 1–200. Default 50. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Which attendances the supervisor selected: explicit ids, or everything the filter matches. */
export const selection = z.union([
  z.object({
    /** Ids of the selected attendances (1 to 20,000). */
    ids: z.array(jsonId()).min(1).max(MAX_TRANSFER),
  }),
  z.object({
    /** Every attendance matching `filter` ("select all across pages"). */
    all: z.literal(true),
    /** Ids unticked after selecting all. Default none. */
    exclude: z.array(jsonId()).max(MAX_TRANSFER).default([]),
  }),
]);

/** Body of the preview: filter (its serviceId is the service), selection, target. */
export const previewBody = z.object({
  /** The list's filter; `serviceId` names the service of the transfer. */
  filter: transferFilter,
  /** What was selected. */
  selection,
  /** The operator who receives the attendances. */
  targetAgentId: jsonId(),
});
export type PreviewBody = z.infer<typeof previewBody>;

/** Body of the confirm: the service, target, and the attendances with the agent seen at preview. */
export const confirmBody = z.object({
  /** The service of every attendance. */
  serviceId: jsonId(),
  /** The operator who receives the attendances. */
  targetAgentId: jsonId(),
  /** From the preview: each attendance with the agent that held it then. */
  items: z
    .array(
      z.object({
        /** The attendance. */
        attendanceId: jsonId(),
        /** Agent holding it at preview. */
        fromAgentId: jsonId().nullable(),
      }),
    )
    .min(1)
    .max(MAX_TRANSFER),
});
export type ConfirmBody = z.infer<typeof confirmBody>;
