// Owns the TokenCounter: a free upper-bound estimate at once, exact o200k counts once the tokenizer is loaded.
import type { RanksLoader } from './bpe-ranks';
import type { CountExact } from './tokenizer';

export interface TokenCounter {
  // Exact o200k_base count; loads the tokenizer on first use.
  count(text: string): Promise<number>;
  // Exact count when the tokenizer is already loaded, otherwise null; never triggers a load.
  countSync?(text: string): number | null;
  // Cheap upper bound (never below the exact count), no tokenizer needed.
  estimate(text: string): number;
}

// UTF-8 byte length. A byte-level BPE token always stands for at least one byte and the tokens of a
// text concatenate back to its bytes, so no text has more tokens than bytes: a proven bound, not a guess.
// It is loose (≈4× for English, ≈3× for Chinese), which only means near-budget inputs get counted exactly.
// Lone surrogates count 3: they are encoded as U+FFFD.
export function estimateTokens(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

// MV3 workers cannot import() on demand, so the ≈2 MB of ranks arrive through an injected loader
// (a fetch of the packaged JSON file) and the tokenizer is built on the first exact count, not at startup.
// The tokenizer's code is imported then too: the bundler inlines this import() into the worker's one file and
// evaluates the module on first use, so its four split regexes (2.7 ms of every worker start, traced) wait for
// a count that needs them. Concurrent first callers share one load; a failed load is forgotten so the next call
// retries.
export function createTokenCounter(loadRanks: RanksLoader): Required<TokenCounter> {
  let pending: Promise<CountExact> | null = null;
  let ready: CountExact | null = null;
  const load = () =>
    (pending ??= Promise.all([loadRanks(), import('./tokenizer')]).then(
      ([ranks, { createO200kCount }]) => (ready = createO200kCount(ranks)),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  return {
    count: async (text) => (await load())(text),
    countSync: (text) => (ready ? ready(text) : null),
    estimate: estimateTokens,
  };
}
