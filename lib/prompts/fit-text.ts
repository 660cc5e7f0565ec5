// Owns cutting one text down to a token budget, keeping its start, its end or both ends, with a visible marker.
import type { KeepMode } from './data-blocks';
import type { TokenCounter } from './token-count';

// Below this many tokens of content a trimmed block is noise, so the caller drops it instead.
export const MIN_KEPT_TOKENS = 8;

export function elisionMarker(omittedTokens: number): string {
  return `[… ${omittedTokens} tokens omitted …]`;
}

export interface FittedText {
  text: string; // the kept content joined with the marker
  keptTokens: number; // tokens of kept content, marker excluded
  tokens: number; // exact tokens of `text`
}

// Returns null when less than MIN_KEPT_TOKENS of content would fit next to the marker.
export async function fitText(
  text: string,
  maxTokens: number,
  keep: KeepMode,
  counter: TokenCounter,
  originalTokens?: number,
): Promise<FittedText | null> {
  const original = originalTokens ?? (await counter.count(text));
  if (original <= maxTokens) return { text, keptTokens: original, tokens: original };
  // The marker is priced at its longest (the most tokens it could report as omitted).
  let contentBudget = maxTokens - (await counter.count(join(keep, '', elisionMarker(original), '')));
  // Token boundaries shift where pieces meet, so verify the joined text and tighten until it fits.
  for (let attempt = 0; attempt < 4 && contentBudget >= MIN_KEPT_TOKENS; attempt++) {
    const { head, tail, kept } = await cut(text, contentBudget, keep, counter, original);
    const joined = join(keep, head, elisionMarker(Math.max(0, original - kept)), tail);
    const tokens = await counter.count(joined);
    if (tokens <= maxTokens) return { text: joined, keptTokens: kept, tokens };
    contentBudget -= tokens - maxTokens;
  }
  return null;
}

function join(keep: KeepMode, head: string, marker: string, tail: string): string {
  if (keep === 'start') return `${head}\n${marker}`;
  if (keep === 'end') return `${marker}\n${tail}`;
  return `${head}\n${marker}\n${tail}`;
}

async function cut(
  text: string,
  budget: number,
  keep: KeepMode,
  counter: TokenCounter,
  textTokens: number,
): Promise<{ head: string; tail: string; kept: number }> {
  if (keep === 'start') {
    const head = await longestFitting(text, budget, 'prefix', counter, textTokens);
    return { head: head.text, tail: '', kept: head.tokens };
  }
  if (keep === 'end') {
    const tail = await longestFitting(text, budget, 'suffix', counter, textTokens);
    return { head: '', tail: tail.text, kept: tail.tokens };
  }
  // Half each; whatever the head leaves unused goes to the tail. Searching the whole text's suffixes
  // reuses its known count; the two halves cannot overlap since together they hold less than the text.
  const head = await longestFitting(text, Math.floor(budget / 2), 'prefix', counter, textTokens);
  const tail = await longestFitting(text, budget - head.tokens, 'suffix', counter, textTokens);
  const rest = text.length - head.text.length;
  const tailText = tail.text.length <= rest ? tail.text : tail.text.slice(tail.text.length - rest);
  return { head: head.text, tail: tailText, kept: head.tokens + tail.tokens };
}

// The longest prefix or suffix whose exact count is within budget. Interpolation search (token density is
// roughly even), falling back to bisection whenever a step fails to halve the interval, so it needs
// O(log n) counts. Counts are not strictly monotonic in length; every accepted cut is verified anyway.
export async function longestFitting(
  text: string,
  budget: number,
  side: 'prefix' | 'suffix',
  counter: TokenCounter,
  textTokens?: number,
): Promise<{ text: string; tokens: number }> {
  const piece = (length: number) => (side === 'prefix' ? text.slice(0, length) : text.slice(text.length - length));
  if (budget <= 0) return { text: '', tokens: 0 };
  let lo = 0;
  let loTokens = 0;
  let hi = text.length;
  let hiTokens = textTokens ?? (await counter.count(text));
  if (hiTokens <= budget) return { text, tokens: hiTokens };
  let bisect = false;
  while (hi - lo > 1 && loTokens < budget) {
    const guess = bisect
      ? lo + Math.floor((hi - lo) / 2)
      : lo + Math.floor(((hi - lo) * (budget - loTokens)) / (hiTokens - loTokens));
    const length = snapToCodePoint(text, side, Math.min(hi - 1, Math.max(lo + 1, guess)), lo, hi);
    if (length === null) break;
    const tokens = await counter.count(piece(length));
    const width = hi - lo;
    if (tokens <= budget) {
      lo = length;
      loTokens = tokens;
    } else {
      hi = length;
      hiTokens = tokens;
    }
    bisect = hi - lo > width / 2;
  }
  return { text: piece(lo), tokens: loTokens };
}

// Never split a surrogate pair: step back one unit, or forward if that leaves the open interval (lo, hi).
function snapToCodePoint(text: string, side: 'prefix' | 'suffix', length: number, lo: number, hi: number): number | null {
  const at = side === 'prefix' ? length : text.length - length;
  if (!splitsPair(text, at)) return length;
  if (length - 1 > lo) return length - 1;
  if (length + 1 < hi) return length + 1;
  return null;
}

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
