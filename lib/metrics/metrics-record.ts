// Owns the shape of one request's metrics record: what happened, how long it took, what it cost.
import { z } from 'zod';
import { ErrorCodeSchema } from '../errors/generation-error';

export const MetricsSourceSchema = z.enum(['inline', 'context-menu', 'popup', 'queue']);
export type MetricsSource = z.infer<typeof MetricsSourceSchema>;

export const MetricsOutcomeSchema = z.enum([
  'success',
  'incomplete', // some text arrived, then the stream failed or was cut
  'error',
  'aborted', // the user pressed Stop
  'cache-hit',
  'stale-cache', // every model failed, an expired cache entry answered
  'snippet', // every model failed, a user snippet answered
  'queued', // offline: parked in the offline queue, which records its own run later
  'filtered', // the output filter blocked the answer
]);
export type MetricsOutcome = z.infer<typeof MetricsOutcomeSchema>;

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative().finite();

export const MetricsRecordSchema = z.object({
  id: z.string().min(1).max(200),
  // Request start, ms since the epoch.
  at: z.number().int().nonnegative(),
  source: MetricsSourceSchema,
  providerId: z.string().max(200).nullable(),
  model: z.string().max(200).nullable(),
  targetId: z.string().max(200).nullable(),
  outcome: MetricsOutcomeSchema,
  errorCode: ErrorCodeSchema.nullable(),
  // Request start to last byte.
  latencyMs: ms,
  // Request start to first delta; null when no text arrived.
  ttftMs: ms.nullable(),
  promptTokens: count,
  completionTokens: count,
  tokensEstimated: z.boolean(),
  costUsd: z.number().nonnegative().finite(),
  cacheHit: z.boolean(),
  // An IndexedDB failure seen while serving (the request still went on without the cache).
  cacheError: z.string().max(2000).nullable(),
  retries: count,
  fallbackUsed: z.boolean(),
  batched: z.boolean(),
  coalesced: z.boolean(),
});
export type MetricsRecord = z.infer<typeof MetricsRecordSchema>;
