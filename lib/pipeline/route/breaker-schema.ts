// Owns the persisted shape of the circuit breakers, so a restarted worker trusts only valid state.
import { z } from 'zod';
import { GenerationErrorSchema } from '../../errors/generation-error';

export const BreakerStateSchema = z.enum(['closed', 'open', 'half-open']);
export type BreakerState = z.infer<typeof BreakerStateSchema>;

export const BreakerEntrySchema = z.object({
  state: BreakerStateSchema,
  // Consecutive failures since the last success.
  failures: z.number().int().nonnegative(),
  // Clock time the current cooldown began; null while closed.
  openedAt: z.number().nullable(),
  // Why it failed last, so a skipped target can still explain itself.
  lastError: GenerationErrorSchema.optional(),
});
export type BreakerEntry = z.infer<typeof BreakerEntrySchema>;

export const BreakerSnapshotSchema = z.object({
  version: z.literal(1),
  targets: z.record(z.string(), BreakerEntrySchema),
});
export type BreakerSnapshot = z.infer<typeof BreakerSnapshotSchema>;
