// Owns the shapes of the events the fallback router adds to a stream, for the pipeline and the UI.
import { z } from 'zod';
import { GenerationErrorSchema } from '../../errors/generation-error';
import type { ProviderEvent } from '../../providers/types';
import type { RetryEvent } from '../retry/run-with-retry';

// A target starts; `attempt` is its 0-based index in the chain.
export const TargetEventSchema = z.object({ type: z.literal('target'), targetId: z.string(), attempt: z.number().int().nonnegative() });
export type TargetEvent = z.infer<typeof TargetEventSchema>;

// The chain moves on: `from` could not serve (its error says why), `to` starts next.
export const FallbackEventSchema = z.object({ type: z.literal('fallback'), from: z.string(), to: z.string(), error: GenerationErrorSchema });
export type FallbackEvent = z.infer<typeof FallbackEventSchema>;

// A target not tried because its circuit breaker is open.
export const SkipEventSchema = z.object({ type: z.literal('skip'), targetId: z.string(), error: GenerationErrorSchema });
export type SkipEvent = z.infer<typeof SkipEventSchema>;

export type RouteEvent = ProviderEvent | RetryEvent | TargetEvent | FallbackEvent | SkipEvent;
