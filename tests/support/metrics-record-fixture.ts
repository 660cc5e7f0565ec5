// Owns a factory of valid metrics records for tests: a plain success, overridden field by field.
import type { MetricsRecord } from '../../lib/metrics/metrics-record';

export function makeRecord(overrides: Partial<MetricsRecord> = {}): MetricsRecord {
  return {
    id: 'r',
    at: Date.UTC(2025, 0, 1, 12),
    source: 'inline',
    providerId: 'openai',
    model: 'gpt-4o-mini',
    targetId: 't1',
    outcome: 'success',
    errorCode: null,
    latencyMs: 1000,
    ttftMs: 200,
    promptTokens: 100,
    completionTokens: 50,
    tokensEstimated: false,
    costUsd: 0.001,
    cacheHit: false,
    cacheError: null,
    retries: 0,
    fallbackUsed: false,
    batched: false,
    coalesced: false,
    ...overrides,
  };
}
