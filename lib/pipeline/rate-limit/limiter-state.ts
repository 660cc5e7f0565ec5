// Owns the persisted per-target limiter state: bucket levels, the pause, and header-derived overrides.
import { z } from 'zod';
import { BucketStateSchema } from './token-bucket';

// The server's own limit (x-ratelimit-limit-*), adopted when the user set none.
const ServerLimitSchema = z.object({ value: z.number().positive().finite(), expiresAt: z.number().finite() });

// What the server said remains (x-ratelimit-remaining-*) until its reset time; local takes count it down.
const RemainingCapSchema = z.object({ remaining: z.number().min(0).finite(), expiresAt: z.number().finite() });

export const DimensionStateSchema = z.object({
  // null until a limit applies to this dimension.
  bucket: BucketStateSchema.nullable(),
  serverLimit: ServerLimitSchema.nullable(),
  remainingCap: RemainingCapSchema.nullable(),
});
export type DimensionState = z.infer<typeof DimensionStateSchema>;

export const LimiterStateSchema = z.object({
  version: z.literal(1),
  // Epoch ms; 0 when not paused.
  pausedUntil: z.number().min(0).finite(),
  requests: DimensionStateSchema,
  tokens: DimensionStateSchema,
});
export type LimiterState = z.infer<typeof LimiterStateSchema>;

export type Dimension = 'requests' | 'tokens';
export const DIMENSIONS: readonly Dimension[] = ['requests', 'tokens'];

export function emptyDimension(): DimensionState {
  return { bucket: null, serverLimit: null, remainingCap: null };
}

export function emptyLimiterState(): LimiterState {
  return { version: 1, pausedUntil: 0, requests: emptyDimension(), tokens: emptyDimension() };
}

// Stored state from before a restart: garbage yields null, and anything already over is dropped.
export function parseLimiterState(value: unknown, now: number): LimiterState | null {
  const parsed = LimiterStateSchema.safeParse(value);
  if (!parsed.success) return null;
  const state = parsed.data;
  if (state.pausedUntil <= now) state.pausedUntil = 0;
  for (const dimension of DIMENSIONS) {
    const entry = state[dimension];
    if (entry.serverLimit && entry.serverLimit.expiresAt <= now) entry.serverLimit = null;
    if (entry.remainingCap && entry.remainingCap.expiresAt <= now) entry.remainingCap = null;
  }
  return state;
}
