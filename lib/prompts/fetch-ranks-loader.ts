// Owns loading the o200k ranks in the extension: the JSON file the build ships, fetched on first exact count.
import { parseRanksJson, type RanksLoader } from './bpe-ranks';

// `url` is e.g. browser.runtime.getURL('/tokenizer/o200k_base.json'); fetch is injected for tests.
export function fetchRanksLoader(url: string, fetchFn: typeof fetch = (input, init) => fetch(input, init)): RanksLoader {
  return async () => {
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`Tokenizer ranks unavailable (${response.status}).`);
    return parseRanksJson(await response.text());
  };
}
