// Owns how long to wait before a retry: full-jitter exponential backoff, or the server's Retry-After.
import type { GenerationError } from '../../errors/generation-error';
import type { RetryPolicy } from '../../settings/policy-schemas';
import type { Random } from '../clock';

export type BackoffPolicy = Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>;

// Beyond 2^52 the cap is maxDelayMs anyway; bounding the exponent keeps 0 × Infinity (NaN) out.
const MAX_EXPONENT = 52;

/** The ceiling of the jitter window for retry number `attempt` (0 = first retry). */
export function backoffCeiling(attempt: number, policy: BackoffPolicy): number {
  const exponent = Math.min(Math.max(0, attempt), MAX_EXPONENT);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}

/**
 * Full jitter (random() × min(max, base × 2^attempt)): spreads clients that failed together so they
 * do not retry in lockstep. `attempt` is how many retries came before (0 for the first).
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: Random): number {
  // Clamped so a misbehaving Random cannot push the delay outside the window.
  const unit = Math.min(1, Math.max(0, random()));
  return unit * backoffCeiling(attempt, policy);
}

/**
 * The delay before retrying after `error`, or null when this target should not be retried.
 * A server's Retry-After (retry-after-ms, retry-after seconds or HTTP date, already turned into
 * error.retryAfterMs) is honoured exactly: waiting less would just earn another 429. When the
 * server asks for longer than maxDelayMs we give up on this target (null) instead of waiting a
 * shortened time, so the fallback chain can move on to a target that can answer now.
 */
export function retryDelay(error: GenerationError, attempt: number, policy: BackoffPolicy, random: Random): number | null {
  const asked = error.retryAfterMs;
  if (asked === undefined) return backoffDelay(attempt, policy, random);
  return asked > policy.maxDelayMs ? null : asked;
}
