import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../tests/support/metrics-record-fixture';
import { computeStats, StatsSchema } from './stats';

const LAST_MS_OF_DAY_1 = Date.UTC(2025, 0, 1, 23, 59, 59, 999);
const FIRST_MS_OF_DAY_2 = Date.UTC(2025, 0, 2);
const MINI = 'gpt-4o-mini';
const DEEPSEEK = 'deepseek-chat';

// Costs are powers of two so sums compare exactly.
const records = [
  makeRecord({ id: 'a', at: LAST_MS_OF_DAY_1, model: MINI, outcome: 'success', latencyMs: 100, ttftMs: 10, promptTokens: 10, completionTokens: 5, costUsd: 0.5, retries: 1 }),
  makeRecord({ id: 'b', at: LAST_MS_OF_DAY_1 - 1, model: MINI, outcome: 'error', errorCode: 'rate-limit', latencyMs: 300, ttftMs: null, promptTokens: 10, completionTokens: 0, costUsd: 0.25 }),
  makeRecord({ id: 'c', at: FIRST_MS_OF_DAY_2, model: MINI, outcome: 'cache-hit', cacheHit: true, latencyMs: 5, ttftMs: 5, promptTokens: 0, completionTokens: 0, costUsd: 0 }),
  makeRecord({ id: 'd', at: FIRST_MS_OF_DAY_2 + 1, model: DEEPSEEK, outcome: 'incomplete', errorCode: 'cut', latencyMs: 200, ttftMs: 50, promptTokens: 20, completionTokens: 10, costUsd: 0.125, retries: 2, fallbackUsed: true }),
  makeRecord({ id: 'e', at: FIRST_MS_OF_DAY_2 + 2, model: DEEPSEEK, outcome: 'aborted', errorCode: 'aborted', latencyMs: 50, ttftMs: 20, promptTokens: 5, completionTokens: 1, costUsd: 0.0625 }),
  makeRecord({ id: 'f', at: FIRST_MS_OF_DAY_2 + 3, model: null, outcome: 'snippet', latencyMs: 1, ttftMs: null, promptTokens: 0, completionTokens: 0, costUsd: 0 }),
  makeRecord({ id: 'g', at: FIRST_MS_OF_DAY_2 + 4, model: MINI, outcome: 'queued', errorCode: 'offline', latencyMs: 0, ttftMs: null, promptTokens: 0, completionTokens: 0, costUsd: 0 }),
];

describe('computeStats', () => {
  const stats = computeStats(records);

  it('matches its schema', () => {
    expect(StatsSchema.parse(stats)).toEqual(stats);
  });

  it('counts success over non-aborted, non-queued records', () => {
    // Counted: a b c d f; successful: a (success), c (cache-hit), f (snippet).
    expect(stats.total).toBe(7);
    expect(stats.successRate).toBe(3 / 5);
    expect(stats.cacheHitRate).toBe(1 / 5);
  });

  it('summarizes latency and time to first token over counted records', () => {
    expect(stats.latency).toEqual({ count: 5, p50: 100, p95: 300, p99: 300, mean: 606 / 5 });
    expect(stats.ttft).toEqual({ count: 3, p50: 10, p95: 50, p99: 50, mean: 65 / 3 });
  });

  it('totals retries, fallbacks and errors by code', () => {
    expect(stats.retries).toBe(3);
    expect(stats.fallbacks).toBe(1);
    expect(stats.errorsByCode).toEqual({ 'rate-limit': 1, cut: 1, aborted: 1, offline: 1 });
  });

  it('groups by model, busiest first, the unknown model last', () => {
    expect(stats.byModel).toEqual([
      { model: MINI, requests: 4, successRate: 2 / 3, p50: 100, p95: 300, p99: 300, promptTokens: 20, completionTokens: 5, costUsd: 0.75 },
      { model: DEEPSEEK, requests: 2, successRate: 0, p50: 200, p95: 200, p99: 200, promptTokens: 25, completionTokens: 11, costUsd: 0.1875 },
      { model: null, requests: 1, successRate: 1, p50: 1, p95: 1, p99: 1, promptTokens: 0, completionTokens: 0, costUsd: 0 },
    ]);
  });

  it('groups by UTC day, split exactly at midnight', () => {
    expect(stats.byDay).toEqual([
      { day: '2025-01-01', requests: 2, successRate: 1 / 2, promptTokens: 20, completionTokens: 5, costUsd: 0.75 },
      { day: '2025-01-02', requests: 5, successRate: 2 / 3, promptTokens: 25, completionTokens: 11, costUsd: 0.1875 },
    ]);
  });

  it('groups by model and day', () => {
    expect(stats.byModelAndDay.map(({ day, model, requests }) => [day, model, requests])).toEqual([
      ['2025-01-01', MINI, 2],
      ['2025-01-02', DEEPSEEK, 2],
      ['2025-01-02', MINI, 2],
      ['2025-01-02', null, 1],
    ]);
  });

  it('keeps a model named "null" apart from a missing model', () => {
    const mixed = computeStats([makeRecord({ model: 'null' }), makeRecord({ model: null })]);
    expect(mixed.byModel.map((row) => row.model)).toEqual(['null', null]);
  });

  it('reports null rates when nothing counts', () => {
    const empty = computeStats([]);
    expect(empty).toMatchObject({ total: 0, successRate: null, cacheHitRate: null, byModel: [], byDay: [], byModelAndDay: [] });
    expect(empty.latency.p50).toBeNull();
    expect(computeStats([makeRecord({ outcome: 'aborted' })]).successRate).toBeNull();
  });
});
