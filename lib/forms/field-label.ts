// Owns finding the name a person sees for a form field: aria, <label>, title, placeholder, then nearby text.
const MAX_LABEL = 200;
const CONTROLS = 'input, select, textarea, button, option, datalist, script, style, template';

export function cleanText(text: string | null | undefined, max = MAX_LABEL): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

// Text of an element without the text of controls inside it: a wrapping <label> around a <select>
// would otherwise carry every option's text.
export function visibleText(element: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(CONTROLS)) walk(child);
    }
  };
  walk(element);
  return cleanText(text);
}

function byIds(doc: Document | ShadowRoot, ids: string | null): string {
  if (!ids) return '';
  return cleanText(
    ids
      .split(/\s+/)
      .map((id) => {
        const target = doc.getElementById(id);
        return target ? visibleText(target) : '';
      })
      .join(' '),
  );
}

// aria-labelledby first, then aria-label, as a screen reader would.
export function ariaName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return byIds(root, element.getAttribute('aria-labelledby')) || cleanText(element.getAttribute('aria-label'));
}

function labelElements(element: Element): Element[] {
  const labels = (element as HTMLInputElement).labels;
  return labels ? Array.from(labels) : [];
}

// The nearest text before the field: a preceding sibling, or one of its parent's, two levels up.
export function nearbyText(element: Element): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 3; depth++) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(CONTROLS) || sibling.querySelector('input, select, textarea')) break;
      const text = visibleText(sibling);
      if (text) return text.slice(0, 80);
    }
    const before = node.previousSibling;
    if (before?.nodeType === 3 && cleanText(before.textContent)) return cleanText(before.textContent, 80);
    node = node.parentElement;
    if (node?.matches('form, fieldset, body')) break;
  }
  return '';
}

export function fieldLabelOf(element: Element): string {
  return (
    ariaName(element) ||
    cleanText(labelElements(element).map(visibleText).join(' ')) ||
    cleanText(element.getAttribute('title')) ||
    cleanText(element.getAttribute('placeholder') ?? element.getAttribute('data-placeholder')) ||
    nearbyText(element)
  );
}

// A radio group is named by its fieldset legend or radiogroup container, else by the text before it.
export function radioGroupLabel(radios: readonly Element[]): string {
  const first = radios[0];
  if (!first) return '';
  const group = first.closest('[role="radiogroup"], fieldset');
  if (group) {
    const legend = group.matches('fieldset') ? group.querySelector(':scope > legend') : null;
    const name = ariaName(group) || (legend ? visibleText(legend) : '');
    if (name) return name;
  }
  return nearbyText(first) || cleanText(first.getAttribute('title'));
}

// A form is named by aria, its title, its first legend or heading, or its name or id.
export function formGroupLabel(form: Element | null): string {
  if (!form) return '';
  const heading = form.querySelector('legend, h1, h2, h3, h4');
  return (
    ariaName(form) ||
    cleanText(form.getAttribute('title')) ||
    (heading ? visibleText(heading) : '') ||
    cleanText(form.getAttribute('name') ?? form.id)
  );
}
