// Owns deciding which characters of a field Insert or Replace writes over, from what was recorded when the
// panel opened and what the field holds now. Never overwrites text the user typed in the meantime.

export type InsertMode = 'insert' | 'replace';

export interface TextSpan {
  start: number;
  end: number;
}

export interface WritePlan extends TextSpan {
  // Whether the recorded place was given up because the field changed: the panel says so.
  movedToCaret: boolean;
  // Replace with nothing selected: the whole field.
  wholeField: boolean;
}

export interface WriteInput {
  mode: InsertMode;
  recorded: TextSpan;
  // The field's text is what it was when the panel opened.
  unchanged: boolean;
  // The field's caret now, when it has one; otherwise the end of its text.
  current: TextSpan | null;
  length: number;
}

export function planWrite({ mode, recorded, unchanged, current, length }: WriteInput): WritePlan {
  if (!unchanged) {
    const caret = Math.min(current?.end ?? length, length);
    return { start: caret, end: caret, movedToCaret: true, wholeField: false };
  }
  const start = Math.min(recorded.start, recorded.end);
  const end = Math.max(recorded.start, recorded.end);
  if (mode === 'replace' && start === end) return { start: 0, end: length, movedToCaret: false, wholeField: true };
  // Insert never removes the user's selection: it goes right after it.
  if (mode === 'insert') return { start: end, end, movedToCaret: false, wholeField: false };
  return { start, end, movedToCaret: false, wholeField: false };
}
