// Owns the limit arithmetic over one target's state: how long a request must wait, charging and refunding
// it, and folding in what the server said (headers, pauses).
import type { RateLimitPolicy } from '../../settings/policy-schemas';
import type { DimensionHint } from './rate-limit-headers';
import { DIMENSIONS, type Dimension, type DimensionState, type LimiterState } from './limiter-state';
import { TokenBucket } from './token-bucket';

// An adopted server limit is trusted this long after the last response that stated it.
export const SERVER_LIMIT_TTL_MS = 60 * 60_000;

function userLimit(policy: RateLimitPolicy, dimension: Dimension): number | null {
  return dimension === 'requests' ? policy.requestsPerMinute : policy.tokensPerMinute;
}

function capacityOf(entry: DimensionState, user: number | null, now: number): number | null {
  if (user !== null) return user;
  return entry.serverLimit && entry.serverLimit.expiresAt > now ? entry.serverLimit.value : null;
}

// The bucket for the current capacity; a dimension that just got a limit starts full.
function bucketOf(entry: DimensionState, user: number | null, now: number): TokenBucket | null {
  const capacity = capacityOf(entry, user, now);
  if (capacity === null) return null;
  return entry.bucket ? new TokenBucket(capacity, entry.bucket) : TokenBucket.full(capacity, now);
}

function activeCap(entry: DimensionState, now: number): { remaining: number; expiresAt: number } | null {
  return entry.remainingCap && entry.remainingCap.expiresAt > now ? entry.remainingCap : null;
}

function dimensionWait(entry: DimensionState, user: number | null, need: number, now: number): number {
  const bucketWait = bucketOf(entry, user, now)?.waitTime(need, now) ?? 0;
  const cap = activeCap(entry, now);
  // The server's count only comes back at its reset time.
  const capWait = cap && cap.remaining + 1e-6 < need ? cap.expiresAt - now : 0;
  return Math.max(bucketWait, capWait);
}

// Milliseconds until a request for `tokens` may go: 0 means now.
export function waitFor(state: LimiterState, policy: RateLimitPolicy, tokens: number, now: number): number {
  return Math.max(
    state.pausedUntil - now,
    dimensionWait(state.requests, policy.requestsPerMinute, 1, now),
    dimensionWait(state.tokens, policy.tokensPerMinute, tokens, now),
    0,
  );
}

// Positive amounts charge, negative amounts refund.
function adjust(entry: DimensionState, user: number | null, amount: number, now: number): void {
  const bucket = bucketOf(entry, user, now);
  if (bucket) {
    if (amount >= 0) bucket.take(amount, now);
    else bucket.give(-amount, now);
  }
  entry.bucket = bucket ? bucket.toState() : null;
  const cap = activeCap(entry, now);
  if (cap) cap.remaining = Math.max(0, cap.remaining - amount);
}

export function charge(state: LimiterState, policy: RateLimitPolicy, requests: number, tokens: number, now: number): void {
  adjust(state.requests, policy.requestsPerMinute, requests, now);
  adjust(state.tokens, policy.tokensPerMinute, tokens, now);
}

export function refundTokens(state: LimiterState, policy: RateLimitPolicy, tokens: number, now: number): void {
  adjust(state.tokens, policy.tokensPerMinute, -tokens, now);
}

// A 429 means the server's bucket is empty whatever ours says: besides pausing, the requests bucket
// resumes from a single request at the pause end, so waiters are released one by one, not as a herd.
export function holdForPause(state: LimiterState, policy: RateLimitPolicy, until: number, now: number): void {
  state.pausedUntil = Math.max(state.pausedUntil, until);
  const bucket = bucketOf(state.requests, policy.requestsPerMinute, now);
  if (!bucket) return;
  bucket.clampAt(1, state.pausedUntil);
  state.requests.bucket = bucket.toState();
}

export function applyHints(
  state: LimiterState,
  policy: RateLimitPolicy,
  hints: Record<Dimension, DimensionHint>,
  now: number,
): void {
  for (const dimension of DIMENSIONS) {
    const hint = hints[dimension];
    const entry = state[dimension];
    const user = userLimit(policy, dimension);
    if (hint.limit !== undefined) entry.serverLimit = { value: hint.limit, expiresAt: now + SERVER_LIMIT_TTL_MS };
    if (hint.remaining === undefined) continue;
    if (hint.resetMs !== undefined) {
      // Latest answer wins: it is the server's newest count.
      entry.remainingCap = { remaining: hint.remaining, expiresAt: now + hint.resetMs };
      if (hint.remaining <= 0) state.pausedUntil = Math.max(state.pausedUntil, now + hint.resetMs);
    } else {
      // Without a reset time the best we can do is not claim more than remains.
      const bucket = bucketOf(entry, user, now);
      if (bucket) {
        bucket.clampAt(hint.remaining, now);
        entry.bucket = bucket.toState();
      }
    }
  }
}

export function available(state: LimiterState, policy: RateLimitPolicy, dimension: Dimension, now: number): number | null {
  const entry = state[dimension];
  const fromBucket = bucketOf(entry, userLimit(policy, dimension), now)?.available(now) ?? null;
  const cap = activeCap(entry, now)?.remaining ?? null;
  if (fromBucket === null) return cap;
  return cap === null ? fromBucket : Math.min(fromBucket, cap);
}

// Combines two views of the same target (live and restored), keeping the more cautious of each part.
export function mergeStates(a: LimiterState, b: LimiterState, policy: RateLimitPolicy, now: number): LimiterState {
  const merged: LimiterState = { ...a, pausedUntil: Math.max(a.pausedUntil, b.pausedUntil) };
  for (const dimension of DIMENSIONS) {
    const x = a[dimension];
    const y = b[dimension];
    const user = userLimit(policy, dimension);
    const levelX = bucketOf(x, user, now)?.available(now) ?? Infinity;
    const levelY = bucketOf(y, user, now)?.available(now) ?? Infinity;
    const capX = activeCap(x, now);
    const capY = activeCap(y, now);
    merged[dimension] = {
      bucket: levelY < levelX ? y.bucket : (x.bucket ?? y.bucket),
      serverLimit: (x.serverLimit?.expiresAt ?? 0) >= (y.serverLimit?.expiresAt ?? 0) ? x.serverLimit : y.serverLimit,
      remainingCap: capX && capY ? (capY.remaining < capX.remaining ? capY : capX) : (capX ?? capY),
    };
  }
  return merged;
}
