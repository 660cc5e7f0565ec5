// Owns the streaming output filter: decides, chunk by chunk, which model output is safe to show.
//
// Design notes
// - Matching runs on normalised text (normalize.ts): compatibility-decomposed, lower-cased, invisible
//   characters removed, so "ｆｕｃｋ", "FUCK" and "f\u200Buck" all match "fuck". Every normalised unit maps back
//   to its original code point, so a match is masked in the text as the model wrote it.
// - Words: one Aho–Corasick automaton over the normalised, de-duplicated word list (aho-corasick.ts). It keeps
//   its state across chunks, so each character is looked at once. Matching is substring matching with no word
//   boundaries (Chinese needs none; "fuck" also catches "fucking").
// - Patterns: regexes (flags 'giu') over a sliding window of normalised text (pattern-window.ts). A match is
//   final once it starts PATTERN_WINDOW (64) units behind the head; longer matches may be cut short or missed.
// - Hold-back (mask and block only): text is shown as soon as no later match can start inside it. With words
//   only, that tail is the automaton's pending prefix: 0 units when nothing is pending, never more than the
//   longest normalised word − 1. With patterns, the last PATTERN_WINDOW normalised units are also held. A chunk
//   ending in the first half of a surrogate pair holds that half too. end() does a final check and flushes.
// - mask: each matched span becomes one '•' per visible original character (held-text.ts).
// - block: the first match stops the stream: that step and every later one carry no text and blocked: true.
//   The text between the last release and the match is never shown either.
// - warn: text passes through unchanged and at once; hits are reported (pattern hits once settled).
// - off, or no usable words or patterns: pass-through with no hold-back.
// - Cost: O(chunk) per push for words whatever their number; O(patterns × (window + chunk)) for patterns.
import { z } from 'zod';
import type { FilterPolicy } from '../../settings/policy-schemas';
import { createHeldText } from './held-text';
import { createTermDetector, type Detection, type TermDetector } from './term-detector';

export const FilterHitSchema = z.object({
  term: z.string(),
  kind: z.enum(['word', 'pattern']),
});
export type FilterHit = z.infer<typeof FilterHitSchema>;

export const FilterStepSchema = z.object({
  // Safe to show now; steps concatenate into the filtered output.
  text: z.string(),
  hits: z.array(FilterHitSchema),
  blocked: z.boolean(),
});
export type FilterStep = z.infer<typeof FilterStepSchema>;

export interface StreamFilter {
  push(chunk: string): FilterStep;
  // Final check and flush; later calls return empty steps.
  end(): FilterStep;
}

const toHit = (detection: Detection): FilterHit => ({ term: detection.term, kind: detection.kind });

export function createStreamFilter(policy: FilterPolicy): StreamFilter {
  const detector = policy.mode === 'off' ? null : createTermDetector(policy);
  return detector ? detectingFilter(detector, policy.mode) : passThrough();
}

function detectingFilter(detector: TermDetector, mode: FilterPolicy['mode']): StreamFilter {
  const held = createHeldText();
  let blocked = false;
  let ended = false;

  function apply(chunk: string, final: boolean): FilterStep {
    if (ended || blocked) return { text: '', hits: [], blocked };
    if (final) ended = true;
    const { detections, safeTo } = final ? detector.end() : detector.push(chunk);

    if (mode === 'warn') {
      return { text: chunk, hits: detections.filter((d) => d.settled).map(toHit), blocked: false };
    }
    held.append(chunk);
    if (mode === 'block') {
      if (detections.length > 0) {
        blocked = true;
        held.drop();
        return { text: '', hits: detections.map(toHit), blocked: true };
      }
    } else {
      // mask: tentative pattern matches lie in held text and are found again once settled.
      for (const d of detections) if (d.settled) held.mask(d.start, d.end);
    }
    const hits = detections.filter((d) => d.settled).map(toHit);
    return { text: final ? held.releaseAll() : held.release(safeTo), hits, blocked: false };
  }

  return {
    push: (chunk) => apply(chunk, false),
    end: () => apply('', true),
  };
}

function passThrough(): StreamFilter {
  return {
    push: (chunk) => ({ text: chunk, hits: [], blocked: false }),
    end: () => ({ text: '', hits: [], blocked: false }),
  };
}
