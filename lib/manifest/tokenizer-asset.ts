// Owns shipping the tokenizer's merge ranks as a JSON file the worker fetches on first use:
// parsing JSON on demand is far cheaper than importing the 2.4 MB module at every cold start.
import type { ResolvedPublicFile } from 'wxt';
import { TOKENIZER_ASSET } from './tokenizer-asset-path';

export async function tokenizerAsset(): Promise<ResolvedPublicFile> {
  const { default: ranks } = (await import('gpt-tokenizer/bpeRanks/o200k_base')) as { default: unknown[] };
  return { relativeDest: TOKENIZER_ASSET, contents: JSON.stringify(ranks) };
}
