// Owns the exact o200k count: gpt-tokenizer built from injected ranks, made safe against pathological text.
import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import type { BpeRanks } from './bpe-ranks';

export type { BpeRanks, RanksLoader } from './bpe-ranks';
export type { TokenCounter } from './token-count';

// Page text may contain "<|endoftext|>" and friends: the API reads them as plain text, so count them that way
// (gpt-tokenizer would otherwise throw on them).
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

// BPE time grows much faster than linearly with the length of one pre-tokenizer piece: 200k unspaced
// CJK characters take minutes, a 256-char chunk well under a millisecond. Pieces longer than this
// (base64 blobs, unspaced scripts, "aaaa…" spam) are counted in chunks, so a hostile page cannot stall
// the worker. Text without such pieces is counted exactly; chunking adds at most ≈1 token per chunk.
export const MAX_PIECE_CHARS = 256;

export type CountExact = (text: string) => number;

// Building the tokenizer from the ranks is the ≈100 ms step; callers do it once, lazily.
export function createO200kCount(ranks: BpeRanks): CountExact {
  const api = GptEncoding.getEncodingApi('o200k_base', () => ranks);
  const countPlain = (text: string) => (text === '' ? 0 : api.countTokens(text, PLAIN_TEXT));
  return (text) => {
    let total = 0;
    let from = 0;
    for (const match of text.matchAll(O200K_TOKEN_SPLIT_REGEX)) {
      const piece = match[0];
      if (piece.length <= MAX_PIECE_CHARS) continue;
      total += countPlain(text.slice(from, match.index));
      for (const chunk of chunks(piece, MAX_PIECE_CHARS)) total += countPlain(chunk);
      from = match.index + piece.length;
    }
    return total + countPlain(from === 0 ? text : text.slice(from));
  };
}

// Slices of at most `size` UTF-16 units that never split a surrogate pair.
function* chunks(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}
