// Owns the panel's one rule for what the answer is for: Replace after a rewrite of a selection or of the
// whole field, Insert otherwise; and which text a rewrite works on, so the panel can quote it.
import type { InsertMode } from '../../lib/dom/write-plan';

export interface AskIntent {
  // 'replace' for the rework actions (rewrite, shorter, fix grammar…), 'insert' for a prompt or Continue.
  writes: InsertMode;
}

export interface PrimaryActionInput {
  // The last thing asked, or null before anything was asked.
  ask: AskIntent | null;
  // The text selected in the field when the panel opened.
  selection: string;
  // The field's whole text when the panel opened.
  fieldText: string;
}

export type RewriteScope = 'selection' | 'whole-field';

// A selection is what any request works on (the model gets it as the text to change); with nothing selected
// only a rework action rewrites, and then the whole field. An empty field has nothing to rewrite.
export function rewriteScope({ ask, selection, fieldText }: PrimaryActionInput): RewriteScope | null {
  if (selection.trim() !== '') return 'selection';
  if (ask?.writes === 'replace' && fieldText.trim() !== '') return 'whole-field';
  return null;
}

export function primaryAction(input: PrimaryActionInput): InsertMode {
  return rewriteScope(input) ? 'replace' : 'insert';
}

// The start of the text that will be rewritten, on one line, for "Rewriting: …".
export function quoteStart(text: string, maxChars = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= maxChars ? line : `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
}
