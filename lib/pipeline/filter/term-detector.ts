// Owns finding filter words and patterns in a stream, reported as spans of the original (unnormalised) text.
import { createAutomaton, type AcScanner, type Automaton } from './aho-corasick';
import { createStreamNormalizer, normalizeTerm, type NormalizedText } from './normalize';
import { createPatternScanner, type PatternMatch, type PatternScanner } from './pattern-window';

export interface Detection {
  // The word or pattern as written in the policy.
  term: string;
  kind: 'word' | 'pattern';
  // Absolute offsets in the original stream, [start, end), always on code point boundaries.
  start: number;
  end: number;
  // False for a pattern match in the open window: it may still change and will be reported again.
  settled: boolean;
}

export interface DetectStep {
  detections: Detection[];
  // Original offset before which no later detection can start: text before it is decided.
  safeTo: number;
}

export interface TermDetector {
  push(chunk: string): DetectStep;
  end(): DetectStep;
}

export interface FilterTerms {
  words: readonly string[];
  patterns: readonly string[];
}

// Returns null when there is nothing to look for, so callers can pass text straight through.
interface CompiledWords {
  // Normalised word → the word as the user wrote it (the first spelling wins when several normalise alike).
  spelling: Map<string, string>;
  automaton: Automaton | null;
}

// Built once per word list. Settings are kept as one object until the user changes them, so every request
// brings the same list; normalising it and building the automaton took about 0.2 ms in front of each
// request's fetch.
const compiledWords = new WeakMap<readonly string[], CompiledWords>();

function compileWords(list: readonly string[]): CompiledWords {
  const known = compiledWords.get(list);
  if (known) return known;
  const spelling = new Map<string, string>();
  for (const word of list) {
    const key = normalizeTerm(word);
    if (key && !spelling.has(key)) spelling.set(key, word);
  }
  const compiled = { spelling, automaton: spelling.size > 0 ? createAutomaton([...spelling.keys()]) : null };
  compiledWords.set(list, compiled);
  return compiled;
}

export function createTermDetector(terms: FilterTerms): TermDetector | null {
  // Hits name the word as the user wrote it.
  const { spelling, automaton } = compileWords(terms.words);
  const words: AcScanner | null = automaton?.createScanner() ?? null;
  const patterns: PatternScanner | null = createPatternScanner(terms.patterns);
  if (!words && !patterns) return null;

  const normalizer = createStreamNormalizer();
  // Map from normalised units back to the original, kept only from the first undecided unit on.
  let mapBase = 0;
  let starts: number[] = [];
  let ends: number[] = [];

  const startOf = (unit: number) => starts[unit - mapBase] ?? normalizer.consumed();
  const endOf = (unit: number) => ends[unit - mapBase] ?? normalizer.consumed();
  const fromPattern = (match: PatternMatch, settled: boolean): Detection => ({
    term: match.pattern,
    kind: 'pattern',
    start: startOf(match.start),
    end: endOf(match.end - 1),
    settled,
  });

  function step(piece: NormalizedText, final: boolean): DetectStep {
    for (let i = 0; i < piece.starts.length; i++) {
      starts.push(piece.starts[i]!);
      ends.push(piece.ends[i]!);
    }
    const head = mapBase + starts.length;
    const detections: Detection[] = [];
    for (const match of words?.feed(piece.text) ?? []) {
      const term = spelling.get(match.word) ?? match.word;
      detections.push({ term, kind: 'word', start: startOf(match.end - match.length), end: endOf(match.end - 1), settled: true });
    }
    if (patterns) {
      const found = final ? patterns.end() : patterns.push(piece.text);
      for (const match of found.settled) detections.push(fromPattern(match, true));
      for (const match of found.tentative) detections.push(fromPattern(match, false));
    }
    if (final) return { detections, safeTo: normalizer.consumed() };

    // Hold only what could still become part of a match: a pending word prefix, or the pattern window.
    let holdFrom = head - (words?.pendingLength() ?? 0);
    if (patterns) holdFrom = Math.min(holdFrom, patterns.settledTo());
    const safeTo = startOf(holdFrom);
    starts = starts.slice(holdFrom - mapBase);
    ends = ends.slice(holdFrom - mapBase);
    mapBase = holdFrom;
    return { detections, safeTo };
  }

  return {
    push: (chunk) => step(normalizer.push(chunk), false),
    end: () => step(normalizer.flush(), true),
  };
}
