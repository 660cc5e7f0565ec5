import { describe, expect, it } from 'vitest';
import { nodeRanksLoader } from '../prompts/node-ranks-loader';
import { createTokenCounter } from '../prompts/token-count';
import { syntheticFormFillCost } from './form-fill-cost';

const counter = createTokenCounter(nodeRanksLoader);

describe('syntheticFormFillCost', () => {
  it('one request for a 30-field form costs far fewer prompt tokens than one request per field', async () => {
    const report = await syntheticFormFillCost(30, { counter });
    expect(report.fields).toBe(30);
    expect(report.oneRequest.requests).toBe(1);
    expect(report.perField.requests).toBe(30);
    expect(report.oneRequest.promptTokens).toBeGreaterThan(0);
    // Per field, the instruction, profile and guide are paid 30 times over.
    expect(report.perField.promptTokens).toBeGreaterThan(3 * report.oneRequest.promptTokens);
  });

  it('the one-request cost grows with the form', async () => {
    const small = await syntheticFormFillCost(5, { counter });
    const large = await syntheticFormFillCost(30, { counter });
    expect(large.oneRequest.promptTokens).toBeGreaterThan(small.oneRequest.promptTokens);
  });
});
