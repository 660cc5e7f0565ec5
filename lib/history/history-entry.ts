// Owns the shape of one history entry: a prompt, its result and where it was asked.
import { z } from 'zod';
import { ErrorCodeSchema } from '../errors/generation-error';
import { GenerationRequestSchema, MAX_PROMPT_CHARS } from '../messaging/generation-schemas';

// Results are bounded only to keep one runaway answer from filling the store.
export const MAX_RESULT_CHARS = 1_000_000;

export const HistoryEntrySchema = z.object({
  id: z.string().min(1).max(200),
  // When the request started, ms since the epoch.
  at: z.number().int().nonnegative(),
  // Where the user asked; a job run later from the offline queue keeps its original source.
  source: GenerationRequestSchema.shape.source,
  prompt: z.string().max(MAX_PROMPT_CHARS),
  result: z.string().max(MAX_RESULT_CHARS),
  incomplete: z.boolean(),
  errorCode: ErrorCodeSchema.nullable(),
  model: z.string().max(200).nullable(),
  pageUrl: z.string().max(4000).nullable(),
  pageTitle: z.string().max(500).nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

// What callers pass to add(): id and time are assigned by the store.
export const NewHistoryEntrySchema = HistoryEntrySchema.omit({ id: true, at: true });
export type NewHistoryEntry = z.infer<typeof NewHistoryEntrySchema>;

// What a finishing job may change; where and when it was asked stay fixed.
export const HistoryPatchSchema = HistoryEntrySchema.omit({ id: true, at: true, source: true, prompt: true }).partial();
export type HistoryPatch = z.infer<typeof HistoryPatchSchema>;
