import { describe, expect, it } from 'vitest';
import { GenerationError } from '../../errors/generation-error';
import { parseRetryAfterMs } from '../../providers/retry-after';
import { backoffCeiling, backoffDelay, retryDelay } from './backoff';
import { seededRandom } from '../../../tests/support/retry-kit';

const policy = { baseDelayMs: 500, maxDelayMs: 20_000 };

describe('backoffDelay', () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [5, 16_000],
    [6, 20_000],
    [60, 20_000],
    [5000, 20_000],
  ])('retry %i has the window [0, %i]', (attempt, ceiling) => {
    expect(backoffCeiling(attempt, policy)).toBe(ceiling);
  });

  it.each([1, 2, 42, 1234, 99_999])('stays within [0, min(max, base·2^n)] for seed %i', (seed) => {
    const random = seededRandom(seed);
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      for (let i = 0; i < 200; i++) {
        const delay = backoffDelay(attempt, policy, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('uses the whole window (full jitter), not just its top', () => {
    const random = seededRandom(7);
    const delays = Array.from({ length: 500 }, () => backoffDelay(3, policy, random));
    expect(Math.min(...delays)).toBeLessThan(400);
    expect(Math.max(...delays)).toBeGreaterThan(3600);
  });

  it.each([
    ['below 0', -0.5, 0],
    ['above 1', 1.5, 1000],
  ])('clamps a random value %s', (_, value, expected) => {
    expect(backoffDelay(1, policy, () => value)).toBe(expected);
  });

  it('never yields NaN with a zero base at huge attempts', () => {
    expect(backoffDelay(10_000, { baseDelayMs: 0, maxDelayMs: 1000 }, () => 0.5)).toBe(0);
  });
});

describe('retryDelay', () => {
  const now = Date.UTC(2030, 0, 1, 12, 0, 0);
  const rateLimit = (headers: Record<string, string>) =>
    new GenerationError({ code: 'rate-limit', status: 429, message: 'slow down', retryAfterMs: parseRetryAfterMs(new Headers(headers), now) });

  it.each([
    ['retry-after-ms', { 'retry-after-ms': '1500' }, 1500],
    ['retry-after seconds', { 'retry-after': '3' }, 3000],
    ['retry-after HTTP date', { 'retry-after': new Date(now + 7000).toUTCString() }, 7000],
    ['retry-after 0', { 'retry-after': '0' }, 0],
  ])('waits exactly what %s asks, with no jitter below it', (_, headers, expected) => {
    for (const random of [() => 0, () => 0.5, () => 0.999]) {
      expect(retryDelay(rateLimit(headers), 4, policy, random)).toBe(expected);
    }
  });

  it('gives up on the target when the server asks for more than maxDelayMs', () => {
    expect(retryDelay(rateLimit({ 'retry-after': '21' }), 0, policy, () => 0.5)).toBeNull();
    expect(retryDelay(rateLimit({ 'retry-after-ms': '20000' }), 0, policy, () => 0.5)).toBe(20_000);
  });

  it('falls back to jittered backoff without Retry-After', () => {
    const error = new GenerationError({ code: 'server', status: 503, message: 'busy' });
    expect(retryDelay(error, 2, policy, () => 0.25)).toBe(500);
  });
});
