import { describe, expect, it } from 'vitest';
import { parseDurationMs, parseRetryAfterMs } from './retry-after';

describe('Retry-After', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    [{ 'retry-after-ms': '1500' }, 1500],
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, 5000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%j → %s ms', (headers, expected) => {
    expect(parseRetryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});

describe('x-ratelimit-reset durations', () => {
  it.each([
    ['6m0s', 360_000],
    ['12ms', 12],
    ['1.5s', 1500],
    ['1h2m3s', 3_723_000],
    ['20', 20_000],
    ['soon', undefined],
    [null, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseDurationMs(value)).toBe(expected);
  });
});
