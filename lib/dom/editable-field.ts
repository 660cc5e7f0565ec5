// Owns deciding which focused element is a field Draftsmith may write into.
import { isSensitiveField } from './sensitive-field';

export type EditableField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel']);

// The element that really has focus, looking through open shadow roots.
export function focusedTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

export function toEditableField(element: Element | null): EditableField | null {
  if (!element || isSensitiveField(element)) return null;
  if (element instanceof HTMLTextAreaElement) {
    return element.readOnly || element.disabled ? null : element;
  }
  if (element instanceof HTMLInputElement) {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type) || element.readOnly || element.disabled) return null;
    return element;
  }
  if (element instanceof HTMLElement && element.isContentEditable) {
    const host = editingHost(element);
    return host && !isSensitiveField(host) && host.getAttribute('aria-readonly') !== 'true' ? host : null;
  }
  return null;
}

export function isTextControl(field: EditableField): field is HTMLTextAreaElement | HTMLInputElement {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
}

function editingHost(element: HTMLElement): HTMLElement | null {
  let host: HTMLElement = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
