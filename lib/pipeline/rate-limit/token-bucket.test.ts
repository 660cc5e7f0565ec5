import { describe, expect, it } from 'vitest';
import { BucketStateSchema, TokenBucket } from './token-bucket';

describe('token bucket', () => {
  it.each([
    // capacity, level, elapsed ms, available
    [20, 0, 0, 0],
    [20, 0, 3000, 1],
    [20, 0, 30_000, 10],
    [20, 0, 120_000, 20],
    [20, 5, 1500, 5.5],
    [20, -2, 6000, 0],
    [60_000, 0, 1, 1],
  ])('capacity %i, level %d, %i ms later → %d', (capacity, level, elapsed, expected) => {
    const bucket = new TokenBucket(capacity, { level, updatedAt: 1000 });
    expect(bucket.available(1000 + elapsed)).toBeCloseTo(expected, 9);
  });

  it.each([
    // capacity, level, n, wait ms
    [20, 20, 1, 0],
    [20, 0, 1, 3000],
    [20, 0.5, 1, 1500],
    [20, 0, 20, 60_000],
    // Larger than the bucket: goes once the bucket is full.
    [20, 0, 50, 60_000],
    [1000, -500, 100, 36_000],
  ])('capacity %i, level %d: %i waits %i ms', (capacity, level, n, wait) => {
    expect(new TokenBucket(capacity, { level, updatedAt: 0 }).waitTime(n, 0)).toBeCloseTo(wait, 6);
  });

  it('tryTake takes only when there is room, and oversized takes leave debt', () => {
    const bucket = TokenBucket.full(20, 0);
    for (let i = 0; i < 20; i++) expect(bucket.tryTake(1, 0)).toBe(true);
    expect(bucket.tryTake(1, 0)).toBe(false);
    expect(bucket.tryTake(1, 2999)).toBe(false);
    expect(bucket.tryTake(1, 3000)).toBe(true);
    const big = TokenBucket.full(100, 0);
    expect(big.tryTake(150, 0)).toBe(true);
    expect(big.available(0)).toBe(-50);
  });

  it('give refunds up to capacity; a lowered capacity clamps the level', () => {
    const bucket = new TokenBucket(10, { level: 4, updatedAt: 0 });
    bucket.give(3, 0);
    expect(bucket.available(0)).toBe(7);
    bucket.give(100, 0);
    expect(bucket.available(0)).toBe(10);
    expect(new TokenBucket(5, bucket.toState()).available(0)).toBe(5);
  });

  it('clampAt holds refill back until a future time', () => {
    const bucket = TokenBucket.full(20, 0);
    bucket.clampAt(1, 10_000);
    expect(bucket.available(5000)).toBe(1);
    expect(bucket.waitTime(2, 5000)).toBe(5000 + 3000);
    expect(bucket.available(13_000)).toBe(2);
  });

  it('state round-trips through its schema', () => {
    const bucket = new TokenBucket(20, { level: 3.25, updatedAt: 42 });
    const state = BucketStateSchema.parse(JSON.parse(JSON.stringify(bucket.toState())));
    expect(new TokenBucket(20, state).available(42)).toBe(3.25);
    expect(BucketStateSchema.safeParse({ level: 'x', updatedAt: 0 }).success).toBe(false);
  });
});
