// Owns which panel actions rewrite existing text (and so show a diff), which take tone and length, and
// which let the user accept or reject each change.
import type { WritingStyle } from '../../lib/prompts/writing-style';

const REWRITES = new Set(['rewrite', 'fix-grammar', 'make-shorter', 'make-longer', 'translate']);

export function rewritesText(actionId: string | undefined): boolean {
  return actionId !== undefined && REWRITES.has(actionId);
}

// Fix grammar changes a few words, each of which the user may disagree with; a rewrite changes most of them.
export function reviewsEachChange(actionId: string | undefined): boolean {
  return actionId === 'fix-grammar';
}

// Tone and length shape Rewrite; Shorter and Longer take the tone (their length is their point); Fix
// grammar and Translate must keep the author's voice, and Continue adds new text, so they take neither.
export function styleFor(actionId: string | undefined, style: WritingStyle): WritingStyle | undefined {
  if (actionId === 'rewrite') return style;
  if (actionId === 'make-shorter' || actionId === 'make-longer') return { tone: style.tone, length: 'as-is' };
  return undefined;
}
