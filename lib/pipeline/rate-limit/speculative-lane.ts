// Owns the rule for the speculative lane: a request that may go only when it costs nobody else a wait.
import type { RateLimitPolicy } from '../../settings/policy-schemas';
import type { LimiterState } from './limiter-state';
import { available, waitFor } from './target-limits';

export type DropReason = 'paused' | 'queued' | 'no-room';

// Thrown by the dispatcher instead of queueing a speculative request; the caller simply shows nothing.
export class SpeculativeDroppedError extends Error {
  override readonly name = 'SpeculativeDroppedError';
  constructor(readonly reason: DropReason) {
    super(`Speculative request dropped: ${reason}`);
  }
}

// Null when the request may go now. It must find the queue empty, the target not paused, and room for
// itself plus as much again, so that an interactive request arriving next still goes at once.
export function speculativeDrop(state: LimiterState, policy: RateLimitPolicy, tokens: number, queued: number, now: number): DropReason | null {
  if (state.pausedUntil > now) return 'paused';
  if (queued > 0) return 'queued';
  if (waitFor(state, policy, tokens * 2, now) > 0) return 'no-room';
  const requests = available(state, policy, 'requests', now);
  return requests === null || requests >= 2 - 1e-6 ? null : 'no-room';
}
