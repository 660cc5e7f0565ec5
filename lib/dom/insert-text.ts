// Owns putting generated text into a field through the field's own input path, so the page's framework or
// editor updates its state and Ctrl+Z undoes it; and recording where it goes when the panel opens.
import { insertTextIntoField } from 'text-field-edit';
import { isTextControl, type EditableField } from './editable-field';
import { writeIntoEditor } from './editor-input';
import { writeIntoCodeEditor } from './editors/code-editor';
import { closesUndoStep, detectEditor, keepsLeadingSpace, type EditorStrategy } from './editors/detect-editor';
import { closeUndoStep } from './editors/close-undo-step';
import { keepCaretOnUndo, withCharBefore, type EditorWrite } from './editors/rewrite-before-caret';
import { contains, focusAndSelect, selectionIn } from './rich-selection';
import { rangeAtOffsets, textOffsetIn } from './text-offsets';
import { planWrite, type InsertMode, type WritePlan } from './write-plan';

export type { InsertMode };

export interface FieldSnapshot {
  // The text the user sees: a control's value, or a rich-text host's innerText.
  value: string;
  // Text controls: offsets in value. Rich text: offsets in the host's textContent.
  selectionStart: number;
  selectionEnd: number;
  // Rich text only: the selection as text, the Range itself, and textContent to tell whether the user typed since.
  selectedText?: string;
  range?: Range;
  content?: string;
}

export type InsertOutcome = 'inserted' | 'inserted-at-caret' | 'rejected';

export interface InsertOptions {
  // The field's last edit deleted text up to the caret (Backspace, Delete): see editors/rewrite-before-caret.ts.
  afterDeletion?: boolean;
}

export function snapshotField(field: EditableField): FieldSnapshot {
  const strategy = detectEditor(field);
  // A code editor's input element holds a window on its text; its whole rendered text tells whether it changed.
  if (strategy?.kind === 'code') return { value: strategy.root.innerText, selectionStart: 0, selectionEnd: 0, content: strategy.root.textContent ?? '' };
  if (isTextControl(field)) {
    return { value: field.value, selectionStart: field.selectionStart ?? field.value.length, selectionEnd: field.selectionEnd ?? field.value.length };
  }
  const content = field.textContent ?? '';
  const range = selectionIn(field);
  const span = range ? spanOf(field, range) : { start: content.length, end: content.length };
  return {
    value: field.innerText,
    selectionStart: span.start,
    selectionEnd: span.end,
    selectedText: range?.toString() ?? '',
    range: range ?? undefined,
    content,
  };
}

// Inserts at the place recorded when the panel opened. If the user typed meanwhile, the recorded place no
// longer means what it did, so the text goes in at the field's current caret and nothing of theirs is lost.
export async function insertIntoField(
  field: EditableField,
  text: string,
  snapshot: FieldSnapshot,
  mode: InsertMode,
  options: InsertOptions = {},
): Promise<InsertOutcome> {
  const strategy = detectEditor(field);
  if (strategy?.kind === 'code') {
    // The user edited meanwhile: their selection may be gone, so the text goes in at their caret instead.
    const moved = (strategy.root.textContent ?? '') !== snapshot.content;
    const done = await writeIntoCodeEditor({ input: field, root: strategy.root, editor: strategy.editor, text, mode: moved ? 'insert' : mode });
    if (!done) return 'rejected';
    return moved ? 'inserted-at-caret' : 'inserted';
  }
  if (isTextControl(field)) return insertIntoTextControl(field, text, snapshot, mode);
  if (closesUndoStep(strategy)) await closeUndoStep(field);
  const content = field.textContent ?? '';
  const unchanged = snapshot.content === undefined || content === snapshot.content;
  const current = unchanged ? null : selectionIn(field);
  const plan = planWrite({
    mode,
    recorded: { start: snapshot.selectionStart, end: snapshot.selectionEnd },
    unchanged,
    current: current ? spanOf(field, current) : null,
    length: content.length,
  });
  let write: EditorWrite = { text, target: () => richTarget(field, snapshot, plan) };
  const rewritten = rewritesCharBefore(field, strategy, text, options) ? withCharBefore(write) : null;
  if (rewritten) write = rewritten;
  const paths = strategy?.kind === 'paths' ? strategy : undefined;
  const path = await writeIntoEditor(field, write.text, write.target, paths?.paths, paths?.watch);
  if (!path) return 'rejected';
  if (rewritten) keepCaretOnUndo(field, rewritten.char);
  return plan.movedToCaret ? 'inserted-at-caret' : 'inserted';
}

// See editors/rewrite-before-caret.ts: Slate's undo step, and a leading space that other editors drop or keep as
// a no-break space at the join. A leading line break is not one: it starts a new line or block in every editor.
function rewritesCharBefore(field: HTMLElement, strategy: EditorStrategy | null, text: string, options: InsertOptions): boolean {
  if (strategy?.kind === 'paths' && strategy.editor === 'slate') return !options.afterDeletion;
  return /^[^\S\r\n]/.test(text) && !keepsLeadingSpace(field, strategy);
}

// Escape or Close: focus goes back to the field with the selection it had, unless the user changed the field.
export function refocusField(field: EditableField, snapshot: FieldSnapshot): void {
  if (isTextControl(field)) {
    field.focus({ preventScroll: true });
    if (field.value === snapshot.value) field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd);
    return;
  }
  if ((field.textContent ?? '') !== snapshot.content) {
    field.focus({ preventScroll: true });
    return;
  }
  const plan: WritePlan = { start: snapshot.selectionStart, end: snapshot.selectionEnd, movedToCaret: false, wholeField: false };
  const range = richTarget(field, snapshot, plan);
  if (range) focusAndSelect(field, range);
  else field.focus({ preventScroll: true });
}

function insertIntoTextControl(field: HTMLInputElement | HTMLTextAreaElement, text: string, snapshot: FieldSnapshot, mode: InsertMode): InsertOutcome {
  const unchanged = field.value === snapshot.value;
  const caret = field.selectionEnd ?? field.value.length;
  const plan = planWrite({
    mode,
    recorded: { start: snapshot.selectionStart, end: snapshot.selectionEnd },
    unchanged,
    current: { start: caret, end: caret },
    length: field.value.length,
  });
  field.focus();
  field.setSelectionRange(plan.start, plan.end);
  const before = field.value;
  // execCommand('insertText') underneath: real input events (React, Vue v-model) and one undo step.
  if (field.getRootNode() instanceof ShadowRoot) {
    // text-field-edit compares document.activeElement with the field to know whether to put focus back
    // afterwards; for a field in a shadow root that is the host, so it would blur the field it just wrote
    // into. The field has focus already, so the browser's edit is asked for directly.
    if (text === '') field.ownerDocument.execCommand('delete');
    else field.ownerDocument.execCommand('insertText', false, text);
  } else {
    insertTextIntoField(field, text);
  }
  if (field.value === before && text !== '') return 'rejected';
  return plan.movedToCaret ? 'inserted-at-caret' : 'inserted';
}

function spanOf(host: HTMLElement, range: Range): { start: number; end: number } {
  return { start: textOffsetIn(host, range.startContainer, range.startOffset), end: textOffsetIn(host, range.endContainer, range.endOffset) };
}

// The recorded Range is exact while it still spans the same characters; an editor that re-rendered its
// nodes moves a live Range, so then the same offsets in the (unchanged) text are used instead.
function richTarget(host: HTMLElement, snapshot: FieldSnapshot, plan: WritePlan): Range | null {
  const doc = host.ownerDocument;
  if (plan.wholeField) {
    const all = doc.createRange();
    all.selectNodeContents(host);
    return all;
  }
  const recorded = snapshot.range;
  if (!plan.movedToCaret && recorded && contains(host, recorded)) {
    const span = spanOf(host, recorded);
    if (span.start === snapshot.selectionStart && span.end === snapshot.selectionEnd) {
      const range = recorded.cloneRange();
      if (plan.start === plan.end) range.collapse(false);
      return range;
    }
  }
  return rangeAtOffsets(host, plan.start, plan.end) ?? endOf(host);
}

// An empty editor has no text node: the caret goes into its last block, before a placeholder <br>.
function endOf(host: HTMLElement): Range {
  let node: Node = host;
  while (node.lastChild instanceof Element && node.lastChild.localName !== 'br') node = node.lastChild;
  const last = node.lastChild;
  const range = host.ownerDocument.createRange();
  range.setStart(node, last instanceof Element && last.localName === 'br' ? node.childNodes.length - 1 : node.childNodes.length);
  range.collapse(true);
  return range;
}
