import { describe, expect, it } from 'vitest';
import type { Price } from '../settings/policy-schemas';
import { costUsd, findPrice } from './cost';

const prices: Record<string, Price> = {
  'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
  'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  'gpt-4o-mini-2024-07-18': { inputPerMillion: 1, outputPerMillion: 1 },
  'deepseek-chat': { inputPerMillion: 0.27, outputPerMillion: 1.1 },
};

describe('findPrice', () => {
  it.each([
    ['exact match wins over a prefix', 'gpt-4o-mini-2024-07-18', 'gpt-4o-mini-2024-07-18'],
    ['longest prefix', 'gpt-4o-mini-2025-01-01', 'gpt-4o-mini'],
    ['shorter prefix when only it fits', 'gpt-4o-2024-08-06', 'gpt-4o'],
    ['exact short name', 'gpt-4o', 'gpt-4o'],
    ['no match', 'claude-3-opus', null],
    ['a key longer than the model is not a prefix', 'gpt-4', null],
    ['case-sensitive', 'GPT-4o', null],
    ['no prototype keys', 'constructor', null],
  ])('%s', (_label, model, key) => {
    expect(findPrice(model, prices)).toEqual(key === null ? null : prices[key]);
  });
});

describe('costUsd', () => {
  it.each([
    ['gpt-4o-mini', 1_000_000, 1_000_000, 0.75],
    ['gpt-4o-mini-2025-01-01', 2_000_000, 0, 0.3],
    ['gpt-4o', 1000, 500, 0.0075],
    ['unknown-model', 1000, 1000, 0],
    ['gpt-4o', 0, 0, 0],
  ])('%s, %i in, %i out → $%s', (model, input, output, expected) => {
    expect(costUsd(model, input, output, prices)).toBeCloseTo(expected, 12);
  });
});
