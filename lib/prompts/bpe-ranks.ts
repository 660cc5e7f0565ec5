// Owns the wire shape of the o200k merge ranks: the JSON file the build ships and the worker parses.
import { z } from 'zod';

// As gpt-tokenizer ships them: a token's text, or its raw bytes when they are not valid UTF-8.
export const BpeRanksSchema = z.array(z.union([z.string(), z.array(z.number().int().min(0).max(255))])).min(1);
export type BpeRanks = z.infer<typeof BpeRanksSchema>;

// Supplies the ranks once, when the first exact count is needed (fetch in the extension, import in Node).
export type RanksLoader = () => Promise<BpeRanks>;

// What the build step writes to the extension's public folder: JSON parses far faster than the JS module.
export function ranksToJson(ranks: BpeRanks): string {
  return JSON.stringify(ranks);
}

// Validation costs ≈25 ms once, on the first exact count; a corrupt file fails here, not mid-count.
export function parseRanksJson(json: string): BpeRanks {
  return BpeRanksSchema.parse(JSON.parse(json));
}
