// Owns text normalisation for term matching, with a map from each normalised unit back to the original text.
//
// Each code point is folded on its own: compatibility decomposition (NFKD), lower case (locale-independent),
// invisible characters dropped. Folding per code point keeps the map exact and makes the result of a chunk
// independent of the next chunk. We decompose rather than recompose (NFKC) so that a precomposed "é" and
// "e" + U+0301 agree even when the mark arrives in a later chunk; for full-width forms, ligatures and unit
// symbols (ｆｕｃｋ, ﬁ, ㎏) the result is the same as NFKC. Runs of several combining marks are not
// canonically reordered.

export interface NormalizedText {
  // Normalised UTF-16 text.
  text: string;
  // For normalised unit i, the original code point it came from spans [starts[i], ends[i]).
  starts: number[];
  ends: number[];
}

// Characters that render as nothing but can be slipped inside a word to dodge a filter.
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x180e || // Mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/non-joiner/joiner, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff || // byte-order mark / zero-width no-break space
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0000 && cp <= 0xe007f) || // tag characters
    (cp >= 0xe0100 && cp <= 0xe01ef) // variation selectors supplement
  );
}

// Non-ASCII folds are cached: real text reuses a small set of code points.
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<number, string>();

function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  // Lower-casing can yield a character with its own decomposition (e.g. U+0130), hence the second pass.
  const folded = String.fromCodePoint(cp).normalize('NFKD').toLowerCase().normalize('NFKD');
  let out = '';
  for (const ch of folded) if (!isInvisible(ch.codePointAt(0) ?? 0)) out += ch;
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(cp, out);
  return out;
}

// Folds input[from, to) (which must not end inside a surrogate pair) into out; `base` shifts the offsets.
function foldRange(input: string, from: number, to: number, base: number, out: NormalizedText): void {
  let text = '';
  for (let i = from; i < to; ) {
    const unit = input.charCodeAt(i);
    if (unit < 0x80) {
      // ASCII fast path: a whole run folds by lower-casing, one unit in, one unit out.
      let j = i + 1;
      while (j < to && input.charCodeAt(j) < 0x80) j++;
      text += input.slice(i, j).toLowerCase();
      for (let k = i; k < j; k++) {
        out.starts.push(base + k);
        out.ends.push(base + k + 1);
      }
      i = j;
      continue;
    }
    const cp = input.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const folded = foldCodePoint(cp);
      text += folded;
      for (let k = 0; k < folded.length; k++) {
        out.starts.push(base + i);
        out.ends.push(base + i + width);
      }
    }
    i += width;
  }
  out.text += text;
}

export function normalizeForMatch(input: string): NormalizedText {
  const out: NormalizedText = { text: '', starts: [], ends: [] };
  foldRange(input, 0, input.length, 0, out);
  return out;
}

// The form a filter term is stored and compared in.
export function normalizeTerm(term: string): string {
  return normalizeForMatch(term).text;
}

export interface StreamNormalizer {
  // Normalises the next chunk; offsets are absolute positions in the whole original stream.
  push(chunk: string): NormalizedText;
  // Normalises whatever is still held (a dangling high surrogate).
  flush(): NormalizedText;
  // Original offset up to which input has been normalised.
  consumed(): number;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

export function createStreamNormalizer(): StreamNormalizer {
  // A chunk may end between the two halves of a surrogate pair; that half waits for the next chunk.
  let carry = '';
  let offset = 0;

  return {
    push(chunk) {
      const input = carry + chunk;
      const base = offset - carry.length;
      const last = input.charCodeAt(input.length - 1);
      const end = input.length > 0 && isHighSurrogate(last) ? input.length - 1 : input.length;
      const out: NormalizedText = { text: '', starts: [], ends: [] };
      foldRange(input, 0, end, base, out);
      carry = input.slice(end);
      offset += chunk.length;
      return out;
    },
    flush() {
      const out: NormalizedText = { text: '', starts: [], ends: [] };
      foldRange(carry, 0, carry.length, offset - carry.length, out);
      carry = '';
      return out;
    },
    consumed() {
      return offset - carry.length;
    },
  };
}
