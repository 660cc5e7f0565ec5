// Owns reading what the user selected when the menu was used: its text, where it is, and the field holding it.
import { isTextControl, toEditableField, type EditableField } from './editable-field';
import { fieldLabel } from './field-context';
import { snapshotField, type FieldSnapshot } from './insert-text';
import { isSensitiveField } from './sensitive-field';

export interface SelectionCapture {
  // 'field' when the user used the menu in a field with nothing selected: the job works on all its text.
  target: 'selection' | 'field';
  text: string;
  rect: DOMRect;
  // The editable field the selection is in, for Replace and Insert below; null for page text.
  field: EditableField | null;
  fieldText: string | null;
  fieldLabel: string | null;
  // Text controls: the value and selection offsets, as the inline panel records them.
  snapshot: FieldSnapshot | null;
  // Rich text and page text: the selected range, restored before writing (clicking the card moves the selection).
  range: Range | null;
}

export type CaptureResult = { kind: 'captured'; capture: SelectionCapture } | { kind: 'refused' } | { kind: 'empty' };

export function captureSelection(doc: Document): CaptureResult {
  const active = deepActiveElement(doc);
  if (active && isSensitiveField(active)) return { kind: 'refused' };
  const focusedField = toEditableField(active);
  if (focusedField && isTextControl(focusedField)) return captureTextControl(focusedField);

  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const anchor = range ? elementOf(range.commonAncestorContainer) : null;
  const rangeField = anchor ? toEditableField(anchor) : null;
  // Editable text the field rules turn down (a sensitive or read-only editor) is never read.
  if (anchor instanceof HTMLElement && anchor.isContentEditable && !rangeField) return { kind: 'refused' };
  const field = focusedField ?? rangeField;
  if (field && !isTextControl(field)) return captureRichText(doc, field, range && field.contains(range.commonAncestorContainer) ? range : null);

  const text = selection?.toString() ?? '';
  if (!range || range.collapsed || text.trim() === '') return { kind: 'empty' };
  return { kind: 'captured', capture: { target: 'selection', text, rect: rangeRect(range, doc), field: null, fieldText: null, fieldLabel: null, snapshot: null, range } };
}

function captureTextControl(field: HTMLInputElement | HTMLTextAreaElement): CaptureResult {
  const snapshot = snapshotField(field);
  const selected = snapshot.value.slice(snapshot.selectionStart, snapshot.selectionEnd);
  const target = selected.trim() === '' ? 'field' : 'selection';
  // With nothing selected, Replace means the whole field (insertIntoField replaces all on a collapsed snapshot).
  const recorded = target === 'field' ? { ...snapshot, selectionStart: snapshot.selectionEnd } : snapshot;
  return {
    kind: 'captured',
    capture: {
      target,
      text: target === 'field' ? snapshot.value : selected,
      rect: field.getBoundingClientRect(),
      field,
      fieldText: snapshot.value,
      fieldLabel: fieldLabel(field) || null,
      snapshot: recorded,
      range: null,
    },
  };
}

function captureRichText(doc: Document, field: HTMLElement, selected: Range | null): CaptureResult {
  const selectedText = selected && !selected.collapsed ? selected.toString() : '';
  const target = selectedText.trim() === '' ? 'field' : 'selection';
  let range = selected;
  if (target === 'field') {
    range = doc.createRange();
    range.selectNodeContents(field);
  }
  const fieldText = field.innerText;
  return {
    kind: 'captured',
    capture: {
      target,
      text: target === 'field' ? fieldText : selectedText,
      rect: target === 'field' || !range ? field.getBoundingClientRect() : rangeRect(range, doc, field),
      field,
      fieldText,
      fieldLabel: fieldLabel(field) || null,
      snapshot: snapshotField(field),
      range,
    },
  };
}

// A range's box; an empty box (hidden text, a collapsed end) falls back to its element's.
function rangeRect(range: Range, doc: Document, fallback?: Element): DOMRect {
  const rect = range.getBoundingClientRect();
  if (rect.width > 0 || rect.height > 0) return rect;
  return (fallback ?? elementOf(range.commonAncestorContainer) ?? doc.documentElement).getBoundingClientRect();
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
