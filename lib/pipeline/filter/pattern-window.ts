// Owns regular-expression matching over a stream of normalised text, using a sliding window of fixed size.
//
// A regex has no bounded match length, so a match near the head of the stream might still grow. A match is
// settled once it starts at least PATTERN_WINDOW units behind the head (or the stream has ended); matches
// inside that last window are only tentative and are looked for again when more text arrives. So a match
// longer than PATTERN_WINDOW may be cut short or missed.

// Normalised units at the head of the stream in which pattern matches are still open.
export const PATTERN_WINDOW = 64;
// Units kept before the scan start so that \b, ^ and lookbehind see real context rather than a cut.
const LOOKBEHIND_CONTEXT = 64;

export interface PatternMatch {
  // Absolute normalised offsets, [start, end).
  start: number;
  end: number;
  pattern: string;
}

export interface PatternStep {
  // Final matches, each reported once.
  settled: PatternMatch[];
  // Matches in the open window that end before the head; they may still change, and are reported again once
  // settled.
  tentative: PatternMatch[];
}

export interface PatternScanner {
  push(text: string): PatternStep;
  // Settles everything: the end of the text is now the real end.
  end(): PatternStep;
  // Normalised offset before which no later match can start.
  settledTo(): number;
}

interface Compiled {
  source: string;
  regex: RegExp;
  // Absolute normalised offset where this pattern's next scan starts.
  from: number;
}

// Patterns run on normalised (lower-case) text, so they are compiled case-insensitive; invalid ones are
// skipped here because settings already reject them when saved.
export function compilePatterns(sources: readonly string[]): Array<{ source: string; regex: RegExp }> {
  const compiled: Array<{ source: string; regex: RegExp }> = [];
  for (const source of new Set(sources)) {
    try {
      compiled.push({ source, regex: new RegExp(source, 'giu') });
    } catch {
      // Settings validation rejects bad patterns; one from an older or managed source is skipped, not fatal.
      continue;
    }
  }
  return compiled;
}

// Returns null when no pattern compiles.
export function createPatternScanner(sources: readonly string[]): PatternScanner | null {
  const patterns: Compiled[] = compilePatterns(sources).map(({ source, regex }) => ({ source, regex, from: 0 }));
  if (patterns.length === 0) return null;
  let buffer = '';
  let bufferBase = 0;

  const settledTo = () => patterns.reduce((min, p) => Math.min(min, p.from), bufferBase + buffer.length);

  function scan(final: boolean): PatternStep {
    const head = bufferBase + buffer.length;
    let boundary = final ? head : Math.max(0, head - PATTERN_WINDOW);
    // Never split a surrogate pair: with 'u', exec would start at the pair's first half, before the boundary.
    const atBoundary = buffer.charCodeAt(boundary - bufferBase);
    if (boundary > bufferBase && atBoundary >= 0xdc00 && atBoundary <= 0xdfff) boundary -= 1;
    const step: PatternStep = { settled: [], tentative: [] };
    for (const pattern of patterns) {
      const { regex } = pattern;
      regex.lastIndex = pattern.from - bufferBase;
      let next = Math.max(pattern.from, boundary);
      for (let m = regex.exec(buffer); m !== null; m = regex.exec(buffer)) {
        const start = bufferBase + m.index;
        const length = m[0].length;
        if (length === 0) {
          // An empty match hides nothing; step a whole code point past it (with 'u', exec would move a
          // position inside a surrogate pair back to its start and loop forever).
          regex.lastIndex = m.index + ((buffer.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
          continue;
        }
        const match = { start, end: start + length, pattern: pattern.source };
        if (start >= boundary) {
          // Only a match that ends before the head counts: at the head, \b and $ would pass on a cut.
          if (match.end < head) step.tentative.push(match);
          break;
        }
        step.settled.push(match);
        next = Math.max(next, match.end);
      }
      pattern.from = next;
    }
    // Keep only what the next scan can reach, plus some context before it.
    const keepFrom = Math.max(bufferBase, settledTo() - LOOKBEHIND_CONTEXT);
    buffer = buffer.slice(keepFrom - bufferBase);
    bufferBase = keepFrom;
    return step;
  }

  return {
    push(text) {
      buffer += text;
      return scan(false);
    },
    end: () => scan(true),
    settledTo,
  };
}
