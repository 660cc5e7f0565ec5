// Owns what a failed target means for the chain: move to the next target, and count against its breaker.
import type { ErrorCode } from '../../errors/generation-error';

// Moving on cannot help: the user stopped, the filter blocked the answer, or there is no network at all.
const FINAL_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['aborted', 'filtered', 'offline']);

// Failures that say the target itself is unhealthy or unusable. Errors about this request
// (context-length, bad-request) or about local setup (permission, config) say nothing about the target,
// and must not open its breaker for every other request.
const TARGET_FAULT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'server',
  'network',
  'timeout',
  'cut',
  'rate-limit',
  'quota',
  'auth',
  'not-found',
]);

/**
 * Whether to try the next target. After text was delivered the answer is incomplete and must be
 * reported as such: another target would start over and repeat it.
 */
export function shouldFallBack(code: ErrorCode, receivedText: boolean): boolean {
  return !receivedText && !FINAL_CODES.has(code);
}

export function countsAgainstBreaker(code: ErrorCode): boolean {
  return TARGET_FAULT_CODES.has(code);
}
