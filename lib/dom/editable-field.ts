// Owns deciding which focused element is a field Draftsmith may write into (rules in field-rules.ts).
import { fieldKind, mayBeField, type FieldTraits } from './field-rules';
import { isSensitiveField, isSensitiveLabel } from './sensitive-field';

export type EditableField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

// The element that really has focus, looking through open shadow roots.
export function focusedTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

// The focused element inside open shadow roots (document.activeElement stops at the host).
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function toEditableField(element: Element | null): EditableField | null {
  // Focus mostly lands on the body, links and buttons. Their shape rules them out before the checks that touch
  // DOM interfaces and the sensitive-name pattern, which in a new tab cost about 2.5 ms on first use (CPU profile).
  if (!element || !mayBeField(readShape(element))) return null;
  if (!(element instanceof HTMLElement)) return null;
  const field = element.isContentEditable ? editingHost(element) : element;
  return fieldKind(readTraits(field)) ? field : null;
}

export function isTextControl(field: EditableField): field is HTMLTextAreaElement | HTMLInputElement {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
}

function readShape(element: Element): Pick<FieldTraits, 'tag' | 'contentEditable' | 'editContext'> {
  return {
    tag: element.localName,
    // Only HTML elements have the property; an SVG or MathML element reads undefined.
    contentEditable: (element as Partial<HTMLElement>).isContentEditable === true,
    editContext: hasEditContext(element),
  };
}

function hasEditContext(element: Element): boolean {
  return 'editContext' in element && element.editContext != null;
}

function readTraits(element: HTMLElement): FieldTraits {
  const control = isTextControl(element) ? element : null;
  return {
    tag: element.localName,
    inputType: element instanceof HTMLInputElement ? element.type : '',
    readOnly: control?.readOnly ?? false,
    disabled: element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true',
    contentEditable: element.isContentEditable,
    editContext: hasEditContext(element),
    ariaLocked: element.getAttribute('aria-readonly') === 'true',
    sensitive: isSensitiveField(element) || isSensitiveLabel(visibleName(element, control)),
  };
}

// A field labelled "Card number" or "Password" is refused even when its attributes say nothing.
function visibleName(element: HTMLElement, control: HTMLInputElement | HTMLTextAreaElement | null): string {
  const label = control?.labels?.[0]?.textContent ?? '';
  return `${label} ${element.getAttribute('placeholder') ?? ''}`.slice(0, 300);
}

// Focus lands on the editing host, but a nested contenteditable child can report itself.
function editingHost(element: HTMLElement): HTMLElement {
  let host: HTMLElement = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
