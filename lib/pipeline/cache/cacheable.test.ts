import { describe, expect, it } from 'vitest';
import { isCacheable, shouldStore } from './cacheable';
import type { CachePolicy } from '../../settings/policy-schemas';

const policy: CachePolicy = { enabled: true, maxEntries: 10, maxBytes: 10_000, ttlMs: 60_000, maxTemperature: 0.3, cacheAnyTemperature: false };

describe('isCacheable', () => {
  it.each<[string, Parameters<typeof isCacheable>[0], Partial<CachePolicy>, boolean]>([
    ['low temperature', { temperature: 0, regenerate: false }, {}, true],
    ['at the cap', { temperature: 0.3, regenerate: false }, {}, true],
    ['above the cap', { temperature: 0.7, regenerate: false }, {}, false],
    ['above the cap, any temperature allowed', { temperature: 1.5, regenerate: false }, { cacheAnyTemperature: true }, true],
    ['a structured answer above the cap, any temperature allowed', { temperature: 0.7, structured: true, regenerate: false }, { cacheAnyTemperature: true }, false],
    ['a structured answer at the cap', { temperature: 0.3, structured: true, regenerate: false }, { cacheAnyTemperature: true }, true],
    ['regenerate', { temperature: 0, regenerate: true }, {}, false],
    ['cache disabled', { temperature: 0, regenerate: false }, { enabled: false }, false],
    ['NaN temperature', { temperature: Number.NaN, regenerate: false }, {}, false],
  ])('%s', (_name, params, overrides, expected) => {
    expect(isCacheable(params, { ...policy, ...overrides })).toBe(expected);
  });
});

describe('shouldStore', () => {
  it.each<[string, Parameters<typeof shouldStore>[0], Partial<CachePolicy>, boolean]>([
    ['a normal answer', { temperature: 0, finishReason: 'stop' }, {}, true],
    ['an answer cut at maxTokens', { temperature: 0, finishReason: 'length' }, {}, true],
    ['an unknown ending', { temperature: 0, finishReason: 'other' }, {}, false],
    ['above the cap', { temperature: 0.7 }, {}, false],
    ['above the cap, any temperature allowed', { temperature: 0.7 }, { cacheAnyTemperature: true }, true],
    ['a structured answer above the cap, any temperature allowed', { temperature: 0.7, structured: true }, { cacheAnyTemperature: true }, false],
    ['cache disabled', { temperature: 0 }, { enabled: false }, false],
  ])('%s', (_name, params, overrides, expected) => {
    expect(shouldStore(params, { ...policy, ...overrides })).toBe(expected);
  });
});
