// Owns the continuous-refill token bucket: capacity = a per-minute limit, refilled evenly over a minute.
import { z } from 'zod';

export const BucketStateSchema = z.object({
  level: z.number().finite(),
  // When `level` was measured; may lie in the future when refill is held back until a pause ends.
  updatedAt: z.number().finite(),
});
export type BucketState = z.infer<typeof BucketStateSchema>;

export const MINUTE_MS = 60_000;
// Floating-point refill can land a hair below a whole unit; this keeps timers from waking 1 ms early forever.
const EPSILON = 1e-6;

export class TokenBucket {
  private level: number;
  private updatedAt: number;

  constructor(
    readonly capacity: number,
    state: BucketState,
  ) {
    this.level = state.level;
    this.updatedAt = state.updatedAt;
  }

  static full(capacity: number, now: number): TokenBucket {
    return new TokenBucket(capacity, { level: capacity, updatedAt: now });
  }

  available(now: number): number {
    const elapsed = Math.max(0, now - this.updatedAt);
    // Multiply before dividing so whole-unit refills come out exact.
    return Math.min(this.capacity, this.level + (elapsed * this.capacity) / MINUTE_MS);
  }

  // Milliseconds until n can be taken. A request larger than the whole bucket goes once the bucket is
  // full (and leaves it in debt), so it is never starved.
  waitTime(n: number, now: number): number {
    const need = Math.min(n, this.capacity);
    const deficit = need - this.available(now);
    if (deficit <= EPSILON) return 0;
    const refillStart = Math.max(now, this.updatedAt);
    return refillStart - now + (deficit * MINUTE_MS) / this.capacity;
  }

  tryTake(n: number, now: number): boolean {
    if (this.waitTime(n, now) > 0) return false;
    this.take(n, now);
    return true;
  }

  // Unconditional: used for corrections, so the level may go negative (debt that refills first).
  take(n: number, now: number): void {
    this.sync(now);
    this.level -= n;
  }

  give(n: number, now: number): void {
    this.sync(now);
    this.level = Math.min(this.capacity, this.level + n);
  }

  // Caps the level at `max` as of time `at` and holds refill back until then.
  clampAt(max: number, at: number): void {
    this.level = Math.min(this.available(at), max);
    this.updatedAt = Math.max(this.updatedAt, at);
  }

  toState(): BucketState {
    return { level: this.level, updatedAt: this.updatedAt };
  }

  private sync(now: number): void {
    if (now > this.updatedAt) {
      this.level = this.available(now);
      this.updatedAt = now;
    } else {
      this.level = Math.min(this.level, this.capacity);
    }
  }
}
