// Owns the price lookup for a model name and the USD cost of a request's tokens.
import type { Price } from '../settings/policy-schemas';

/**
 * Exact key first, then the longest key that is a prefix of the model name, so dated or
 * suffixed names (gpt-4o-mini-2024-07-18) inherit their family's price (gpt-4o-mini, not gpt-4o).
 * Case-sensitive, like the model ids providers use.
 */
export function findPrice(model: string, prices: Readonly<Record<string, Price>>): Price | null {
  // Object.hasOwn: a model named "constructor" must not pick up Object.prototype.
  if (Object.hasOwn(prices, model)) return prices[model] ?? null;
  let best: string | null = null;
  for (const key of Object.keys(prices)) {
    if (key.length > 0 && model.startsWith(key) && (best === null || key.length > best.length)) best = key;
  }
  return best === null ? null : (prices[best] ?? null);
}

// USD for one request; 0 when the model has no price (unknown cost is shown as free, not guessed).
export function costUsd(
  model: string,
  promptTokens: number,
  completionTokens: number,
  prices: Readonly<Record<string, Price>>,
): number {
  const price = findPrice(model, prices);
  if (!price) return 0;
  const input = Math.max(0, promptTokens);
  const output = Math.max(0, completionTokens);
  return (input * price.inputPerMillion + output * price.outputPerMillion) / 1_000_000;
}
