// Owns finding the fields of a document that Draftsmith may offer to fill, in document order, through open
// shadow roots. Sensitive, hidden, disabled, read-only and unrendered fields are left out here, before anything reads them.
import { isSensitiveField, isSensitiveLabel } from '../dom/sensitive-field';
import { fieldLabelOf, radioGroupLabel } from './field-label';
import { MAX_FIELDS_PER_FRAME } from './field-limits';
import type { FieldKind } from './form-field';

// Text-like input types a value can be proposed for; everything else (file, password, hidden, buttons) is skipped.
const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'date', 'time', 'datetime-local', 'month', 'week', 'color', 'range']);

export interface FieldTarget {
  kind: FieldKind;
  // One element, or every radio of a group.
  elements: Element[];
  name: string;
  form: Element | null;
}

export function inputTypeOf(element: Element): string {
  return element.tagName === 'INPUT' ? ((element as HTMLInputElement).type || 'text').toLowerCase() : '';
}

function kindOf(element: Element): FieldKind | null {
  switch (element.tagName) {
    case 'TEXTAREA':
      return 'textarea';
    case 'SELECT':
      return 'select';
    case 'INPUT': {
      const type = inputTypeOf(element);
      if (type === 'radio' || type === 'checkbox') return type;
      return TEXT_TYPES.has(type) ? 'text' : null;
    }
    default: {
      const html = element as HTMLElement;
      // Only the editing host: its editable descendants belong to it.
      return html.isContentEditable && !html.parentElement?.isContentEditable ? 'contenteditable' : null;
    }
  }
}

function isRendered(element: Element): boolean {
  if (element.getClientRects().length > 0) return true;
  // Custom-styled radios and checkboxes hide the input itself and show its label.
  const labels = (element as HTMLInputElement).labels;
  return labels ? Array.from(labels).some((label) => label.getClientRects().length > 0) : false;
}

// Passwords, payment and one-time codes, by attributes or by the label a person reads.
function isSensitive(element: Element, kind: FieldKind): boolean {
  if (isSensitiveField(element)) return true;
  return isSensitiveLabel(kind === 'radio' ? radioGroupLabel([element]) : fieldLabelOf(element));
}

function isUsable(element: Element, kind: FieldKind): boolean {
  if (kind !== 'contenteditable') {
    const control = element as HTMLInputElement;
    if (control.disabled || element.matches(':disabled')) return false;
    if ((kind === 'text' || kind === 'textarea') && control.readOnly) return false;
  } else if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true') {
    return false;
  }
  if (element.closest('[inert], [aria-hidden="true"]')) return false;
  // Unrendered fields are often honeypots that flag whoever fills them as a bot.
  return isRendered(element);
}

// Every element in document order, entering open shadow roots where their host stands.
function* walkElements(root: Document | ShadowRoot): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    // Draftsmith's own UI (the inline panel) is not part of the page's form.
    if (element.tagName.startsWith('DRAFTSMITH-')) continue;
    yield element;
    if (element.shadowRoot) yield* walkElements(element.shadowRoot);
  }
}

function formOf(element: Element): Element | null {
  return (element as HTMLInputElement).form ?? element.closest('form');
}

export function findFields(doc: Document): FieldTarget[] {
  const targets: FieldTarget[] = [];
  // Radios with one name in one form (or one document or shadow root) are one choice.
  const radioGroups = new Map<Node, Map<string, FieldTarget | 'skipped'>>();
  for (const element of walkElements(doc)) {
    if (targets.length >= MAX_FIELDS_PER_FRAME) break;
    const kind = kindOf(element);
    if (!kind) continue;
    const name = element.getAttribute('name') ?? element.id ?? '';
    const form = formOf(element);
    if (kind !== 'radio' || name === '') {
      if (!isSensitive(element, kind) && isUsable(element, kind)) targets.push({ kind, elements: [element], name, form });
      continue;
    }
    const scope = form ?? element.getRootNode();
    const groups = radioGroups.get(scope) ?? new Map<string, FieldTarget | 'skipped'>();
    radioGroups.set(scope, groups);
    const group = groups.get(name);
    if (group === 'skipped') continue;
    // One sensitive radio hides its whole group.
    if (isSensitive(element, kind)) {
      if (group) targets.splice(targets.indexOf(group), 1);
      groups.set(name, 'skipped');
    } else if (!isUsable(element, kind)) continue;
    else if (group) group.elements.push(element);
    else {
      const target: FieldTarget = { kind, elements: [element], name, form };
      groups.set(name, target);
      targets.push(target);
    }
  }
  return targets;
}
