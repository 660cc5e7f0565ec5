// Owns writing a selection card's result back into the field: over the selection or after it, undoable.
import { isTextControl } from './editable-field';
import { insertIntoField, type FieldSnapshot, type InsertOutcome } from './insert-text';
import type { SelectionCapture } from './selection-capture';

export type WritePlacement = 'replace' | 'after';

// The inline panel's path (insertIntoField): text controls through text-field-edit, rich editors by a paste
// event first, verified, then beforeinput and execCommand. Each is one step that Ctrl+Z undoes, and a field
// the user changed since the card opened gets the text at its caret rather than over their edit.
export function writeToSelection(capture: SelectionCapture, text: string, placement: WritePlacement): Promise<InsertOutcome> {
  const { field, snapshot } = capture;
  if (!field || !snapshot) return Promise.resolve('rejected' as const);
  if (placement === 'replace') return insertIntoField(field, text, snapshot, 'replace');
  return insertIntoField(field, separatorFor(field) + text, afterSnapshot(capture, snapshot), 'insert');
}

// "Insert below" goes after the selection, or after the whole text when the card works on the field.
function afterSnapshot(capture: SelectionCapture, snapshot: FieldSnapshot): FieldSnapshot {
  const length = snapshot.content?.length ?? snapshot.value.length;
  const end = capture.target === 'field' ? length : Math.max(snapshot.selectionStart, snapshot.selectionEnd);
  // No recorded Range: the offsets are the place, so an editor that re-rendered its nodes still gets it right.
  return { ...snapshot, selectionStart: end, selectionEnd: end, range: undefined };
}

function separatorFor(field: NonNullable<SelectionCapture['field']>): string {
  return isTextControl(field) && field instanceof HTMLInputElement ? ' ' : '\n';
}
