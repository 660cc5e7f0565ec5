// Owns loading the o200k ranks straight from the package in Node (tests, bench); the extension never imports it.
import type { BpeRanks, RanksLoader } from '../../lib/prompts/bpe-ranks';

export const nodeRanksLoader: RanksLoader = async (): Promise<BpeRanks> => {
  const module = await import('gpt-tokenizer/bpeRanks/o200k_base');
  return module.default;
};
