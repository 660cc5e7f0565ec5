// Owns putting generated text into a field through the browser's own editing path, so Ctrl+Z undoes it.
import { insertTextIntoField } from 'text-field-edit';
import { isTextControl, type EditableField } from './editable-field';

export interface FieldSnapshot {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export type InsertMode = 'insert' | 'replace';
export type InsertOutcome = 'inserted' | 'inserted-at-caret' | 'rejected';

export function snapshotField(field: EditableField): FieldSnapshot {
  if (isTextControl(field)) {
    return { value: field.value, selectionStart: field.selectionStart ?? field.value.length, selectionEnd: field.selectionEnd ?? field.value.length };
  }
  const text = field.innerText;
  return { value: text, selectionStart: text.length, selectionEnd: text.length };
}

// Inserts at the caret recorded when the panel opened. If the user typed meanwhile,
// the recorded offsets no longer point where they meant, so the text goes in at the
// field's current caret instead and nothing of theirs is overwritten.
export function insertGeneratedText(field: EditableField, text: string, snapshot: FieldSnapshot, mode: InsertMode): InsertOutcome {
  if (!isTextControl(field)) {
    field.focus();
    return execInsert(field, text) ? 'inserted' : 'rejected';
  }
  const unchanged = field.value === snapshot.value;
  field.focus();
  if (unchanged) {
    // Replace with nothing selected means the whole field; Insert never removes the user's selection.
    const replaceAll = mode === 'replace' && snapshot.selectionStart === snapshot.selectionEnd;
    const start = replaceAll ? 0 : mode === 'replace' ? snapshot.selectionStart : snapshot.selectionEnd;
    const end = replaceAll ? field.value.length : snapshot.selectionEnd;
    field.setSelectionRange(start, end);
  } else {
    const caret = field.selectionEnd ?? field.value.length;
    field.setSelectionRange(caret, caret);
  }
  const before = field.value;
  insertTextIntoField(field, text);
  if (field.value === before && text !== '') return 'rejected';
  return unchanged ? 'inserted' : 'inserted-at-caret';
}

function execInsert(field: HTMLElement, text: string): boolean {
  const before = field.innerText;
  const done = field.ownerDocument.execCommand('insertText', false, text);
  return done && field.innerText !== before;
}
