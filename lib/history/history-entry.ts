// Owns the shape of one history entry: a prompt, its result and where it was asked.
import { z } from 'zod';
import { ErrorCodeSchema } from '../errors/generation-error';
import { GenerationContextSchema, GenerationRequestSchema, MAX_PROMPT_CHARS, RequestActionSchema } from '../messaging/generation-schemas';

// Results are bounded only to keep one runaway answer from filling the store.
export const MAX_RESULT_CHARS = 1_000_000;

export const HistoryRetrySchema = z.object({ context: GenerationContextSchema });

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
  // The failure's own words (a provider's message), for the reason the history shows.
  errorMessage: z.string().max(500).nullable().default(null),
  // Added later: entries written before have none and are named by their source instead.
  action: RequestActionSchema.nullable().default(null),
  // The user's own words, shown instead of the template or system prompt.
  words: z.string().max(MAX_PROMPT_CHARS).nullable().default(null),
  // What Retry needs to run the request again (the field or selection text), kept only while the entry has
  // not succeeded; a finished entry drops it, so page text stays in history only as long as a retry needs it.
  retry: HistoryRetrySchema.nullable().default(null),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

// What callers pass to add(): id and time are assigned by the store.
export const NewHistoryEntrySchema = HistoryEntrySchema.omit({ id: true, at: true });
export type NewHistoryEntryInput = z.input<typeof NewHistoryEntrySchema>;
export type NewHistoryEntry = z.infer<typeof NewHistoryEntrySchema>;

// What a finishing job may change; where and when it was asked stay fixed.
// Listed field by field: a partial() of a field with a default would fill the default into every patch.
export const HistoryPatchSchema = HistoryEntrySchema.pick({ result: true, incomplete: true, errorCode: true, model: true, pageUrl: true, pageTitle: true })
  .extend({ retry: HistoryRetrySchema.nullable(), errorMessage: z.string().max(500).nullable() })
  .partial();
export type HistoryPatch = z.infer<typeof HistoryPatchSchema>;
