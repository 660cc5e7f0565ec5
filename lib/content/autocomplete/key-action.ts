// Owns what a key press means while a suggestion is shown: accept it, accept its next word, dismiss it,
// or leave the key to the page (typing then decides between type-through and cancel).
export type KeyAction = 'accept-all' | 'accept-word' | 'dismiss' | 'cancel' | 'pass';

export interface KeyInfo {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
}

// Keys that move the caret or the selection: the suggestion no longer belongs where the caret goes.
const MOVES = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Enter']);

export function keyAction(event: KeyInfo, mac: boolean): KeyAction {
  if (event.isComposing || event.key === 'Process') return 'cancel';
  const wordModifier = mac ? event.altKey && !event.ctrlKey && !event.metaKey : event.ctrlKey && !event.altKey && !event.metaKey;
  if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) return 'accept-all';
  if (event.key === 'ArrowRight' && wordModifier && !event.shiftKey) return 'accept-word';
  if (event.key === 'Escape') return 'dismiss';
  if (MOVES.has(event.key)) return 'cancel';
  // Shortcuts (Ctrl+A, Cmd+V) change the text or the selection in ways type-through cannot follow.
  if ((event.ctrlKey || event.metaKey) && event.key.length === 1) return 'cancel';
  return 'pass';
}

// The next word of a suggestion, with the space before it and punctuation stuck to it.
export function nextWord(suggestion: string): string {
  const match = /^\s*[^\s]+/u.exec(suggestion);
  if (!match) return suggestion;
  const word = match[0];
  // Scripts written without spaces (Chinese, Japanese) take one segment at a time, not the whole sentence.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word) && typeof Intl.Segmenter === 'function') {
    const lead = /^\s*/u.exec(word)?.[0] ?? '';
    const segments = [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(word.slice(lead.length))];
    const first = segments[0]?.segment ?? '';
    const punctuation = segments[1] && !segments[1].isWordLike ? segments[1].segment : '';
    return lead + first + punctuation;
  }
  return word;
}

// Typing adapts the pause: a quick typist gets a shorter wait than a slow one, within bounds.
export class AdaptivePause {
  private average = 150;
  private last = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  keystroke(): void {
    const at = this.now();
    const gap = at - this.last;
    this.last = at;
    // Gaps longer than a second are pauses, not the typing rhythm.
    if (gap > 0 && gap < 1000) this.average = this.average * 0.8 + gap * 0.2;
  }

  // Mid-word the user is most likely still typing it, and a suggestion there is worth little: wait longer.
  delayMs(midWord = false): number {
    const base = Math.min(600, Math.max(200, this.average * 2));
    return Math.round(midWord ? base * MID_WORD_FACTOR : base);
  }
}

const MID_WORD_FACTOR = 2.5;

// Whether the text ends inside a word (a letter or digit last), as opposed to after a space or punctuation.
// Scripts written without spaces have no inside of a word to wait out.
export function endsMidWord(text: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(text);
}
