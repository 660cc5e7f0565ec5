// Owns which failures are worth sending the same request to the same target again.
import type { ErrorCode, GenerationError } from '../../errors/generation-error';

export interface RetryContext {
  // Text from this attempt already reached the user.
  receivedText: boolean;
}

// Transient by nature: the same request may well succeed a moment later.
const TRANSIENT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['rate-limit', 'server', 'network', 'timeout', 'cut']);

// 408 Request Timeout and 409 Conflict (a busy or locked upstream) are transient even when the
// provider classifier filed them as a plain bad request.
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 409]);

/**
 * Whether to retry in place. Never once text was delivered: a restart would repeat that text, so a
 * cut after content is reported as incomplete instead. Never for 'quota' (a 429 whose body names
 * insufficient_quota or another billing code), auth, not-found, context-length, permission, config,
 * aborted, filtered, offline (waiting for the network is the dispatcher's job) or internal.
 */
export function isRetryable(error: GenerationError, { receivedText }: RetryContext): boolean {
  if (receivedText) return false;
  if (TRANSIENT_CODES.has(error.code)) return true;
  return error.code === 'bad-request' && error.status !== undefined && TRANSIENT_STATUSES.has(error.status);
}
