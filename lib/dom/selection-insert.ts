// Owns writing a selection card's result back into the field: over the selection or after it, undoable.
import { isTextControl } from './editable-field';
import { insertGeneratedText, type InsertOutcome } from './insert-text';
import type { SelectionCapture } from './selection-capture';

export type WritePlacement = 'replace' | 'after';

// Goes through insertGeneratedText, the inline panel's path (execCommand / text-field-edit), so Ctrl+Z undoes it.
export function writeToSelection(capture: SelectionCapture, text: string, placement: WritePlacement): InsertOutcome {
  const { field, snapshot } = capture;
  if (!field || !snapshot) return 'rejected';
  if (isTextControl(field)) {
    if (placement === 'replace') return insertGeneratedText(field, text, snapshot, 'replace');
    const end = capture.target === 'field' ? snapshot.value.length : snapshot.selectionEnd;
    const separator = field instanceof HTMLInputElement ? ' ' : '\n';
    return insertGeneratedText(field, separator + text, { ...snapshot, selectionStart: end, selectionEnd: end }, 'insert');
  }
  const range = capture.range;
  // The editor re-rendered and dropped the nodes: writing now could hit the wrong text, so the caller copies instead.
  if (!range || !range.startContainer.isConnected || !range.endContainer.isConnected || !field.contains(range.commonAncestorContainer)) {
    return 'rejected';
  }
  field.focus();
  const target = range.cloneRange();
  if (placement === 'after') target.collapse(false);
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(target);
  return insertGeneratedText(field, placement === 'after' ? `\n${text}` : text, snapshot, placement === 'replace' ? 'replace' : 'insert');
}
