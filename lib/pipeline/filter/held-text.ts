// Owns the original text not yet shown, and masking the spans of it that matched a filter term.
import { isInvisible } from './normalize';

export const MASK_CHAR = '•';

const COMBINING_MARK = /\p{M}/u;

// One MASK_CHAR per visible character: invisible characters and combining marks add none, so the mask is as
// wide as the word looked, and "f\u200Buck" becomes "••••".
export function maskSpan(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isInvisible(cp) && !COMBINING_MARK.test(ch)) out += MASK_CHAR;
  }
  return out;
}

export interface HeldText {
  append(chunk: string): void;
  // Marks [start, end) (absolute original offsets) to be masked when released; may reach past what is held yet.
  mask(start: number, end: number): void;
  // Returns the held text before absolute offset `to`, masked, and forgets it.
  release(to: number): string;
  releaseAll(): string;
  // Discards everything held (a blocked stream shows nothing more).
  drop(): void;
}

export function createHeldText(): HeldText {
  let text = '';
  // Absolute offset of text[0]: everything before it has been released.
  let base = 0;
  let masks: Array<{ start: number; end: number }> = [];

  function release(to: number): string {
    if (to <= base) return '';
    const cut = Math.min(to, base + text.length);
    let out = '';
    let cursor = base;
    masks.sort((a, b) => a.start - b.start);
    for (const span of masks) {
      if (span.start >= cut) break;
      const from = Math.max(span.start, cursor);
      const until = Math.min(span.end, cut);
      if (until <= from) continue;
      out += text.slice(cursor - base, from - base) + maskSpan(text.slice(from - base, until - base));
      cursor = until;
    }
    out += text.slice(cursor - base, cut - base);
    text = text.slice(cut - base);
    base = cut;
    masks = masks.filter((span) => span.end > cut);
    return out;
  }

  return {
    append(chunk) {
      text += chunk;
    },
    mask(start, end) {
      if (end > start) masks.push({ start, end });
    },
    release,
    releaseAll: () => release(base + text.length),
    drop() {
      base += text.length;
      text = '';
      masks = [];
    },
  };
}
