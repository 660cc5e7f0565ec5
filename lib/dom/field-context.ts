// Owns what a field tells the model about itself: its text, its label, the page title, the selection.
import type { GenerationContext } from '../messaging/generation-schemas';
import { clampSelection } from '../selection/clamp-selection';
import { isTextControl, type EditableField } from './editable-field';
import type { FieldSnapshot } from './insert-text';

const MAX_FIELD_CHARS = 20_000;

export function collectFieldContext(field: EditableField, snapshot: FieldSnapshot): GenerationContext {
  // Rich text records its selection as text: its offsets count textContent, not the innerText in value.
  const selection = snapshot.selectedText ?? snapshot.value.slice(snapshot.selectionStart, snapshot.selectionEnd);
  return {
    fieldText: snapshot.value.slice(-MAX_FIELD_CHARS) || undefined,
    fieldLabel: fieldLabel(field) || undefined,
    // A selection past what a request may carry (Ctrl+A in a pasted log) is cut to its two ends, as the card's
    // is, rather than sent whole and refused; the pipeline trims it to the model's budget and says so.
    selection: clampSelection(selection).text || undefined,
    pageTitle: field.ownerDocument.title.slice(0, 500) || undefined,
  };
}

export function fieldLabel(field: EditableField): string {
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    // ids resolve in the field's own tree: a field in a shadow root is labelled from inside it.
    const root = field.getRootNode();
    const scope = root instanceof ShadowRoot || root instanceof Document ? root : field.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => scope.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim();
    if (text) return text.slice(0, 500);
  }
  const aria = field.getAttribute('aria-label');
  if (aria) return aria.slice(0, 500);
  if (isTextControl(field)) {
    const label = field.labels?.[0]?.textContent?.trim();
    if (label) return label.slice(0, 500);
    if (field.placeholder) return field.placeholder.slice(0, 500);
  }
  return (field.getAttribute('placeholder') ?? field.getAttribute('data-placeholder') ?? '').slice(0, 500);
}
