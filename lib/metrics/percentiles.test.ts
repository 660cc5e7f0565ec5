import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './percentiles';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it.each([
    [oneToHundred, 50, 50],
    [oneToHundred, 95, 95],
    [oneToHundred, 99, 99],
    [oneToHundred, 100, 100],
    [oneToHundred, 0, 1],
    [[10, 20, 30], 50, 20],
    [[10, 20, 30], 34, 20],
    [[10, 20, 30], 33, 10],
    [[10, 20, 30, 40], 50, 20],
    [[7], 99, 7],
  ])('%#: p%s', (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });

  it('is null for no values', () => {
    expect(percentile([], 50)).toBeNull();
  });

  it.each([-1, 101, Number.NaN])('rejects p = %s', (p) => {
    expect(() => percentile([1], p)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts unsorted input and reports count, percentiles and mean', () => {
    const shuffled = [...oneToHundred].reverse();
    expect(summarize(shuffled)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, mean: 50.5 });
  });

  it('has null fields when empty', () => {
    expect(summarize([])).toEqual({ count: 0, p50: null, p95: null, p99: null, mean: null });
  });

  it('ignores non-finite values and leaves the input alone', () => {
    const input = [3, Number.NaN, 1, Number.POSITIVE_INFINITY];
    expect(summarize(input)).toEqual({ count: 2, p50: 1, p95: 3, p99: 3, mean: 2 });
    expect(input[0]).toBe(3);
  });
});
