// Owns telling a page's own preset value (a `value` attribute, `checked`, `selected`) that the user has not
// touched from a value the user entered. Plain DOM: it runs inside the injected form agent.
import type { FieldTarget } from './find-fields';

// The browser marks a control the user has edited and left (or ticked, or picked from) with :user-valid or
// :user-invalid. That catches frameworks that copy every value into the default (React keeps a controlled
// input's `value` attribute in step with what the user types). An older engine without them: assume touched.
function touchedByUser(element: Element): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  // Focus is still in it: the user may be typing right now, before the browser marks it.
  if (root.activeElement === element) return true;
  try {
    return element.matches(':user-valid, :user-invalid');
  } catch {
    return true;
  }
}

// With no `selected` attribute a single select shows its first enabled option, a multiple select none.
function selectHoldsDefault(select: HTMLSelectElement): boolean {
  const options = Array.from(select.options);
  if (options.some((option) => option.defaultSelected)) {
    return select.multiple ? options.every((option) => option.selected === option.defaultSelected) : select.selectedOptions[0]?.defaultSelected === true;
  }
  if (select.multiple) return select.selectedOptions.length === 0;
  return select.selectedIndex === options.findIndex((option) => !option.disabled);
}

export function holdsPageDefault(target: FieldTarget): boolean {
  const [first] = target.elements;
  if (!first || target.elements.some(touchedByUser)) return false;
  switch (target.kind) {
    case 'checkbox':
    case 'radio':
      return target.elements.every((element) => (element as HTMLInputElement).checked === (element as HTMLInputElement).defaultChecked);
    case 'select':
      return selectHoldsDefault(first as HTMLSelectElement);
    case 'contenteditable':
      // An editor has no default the browser keeps: what it holds counts as the user's.
      return false;
    default: {
      const control = first as HTMLInputElement | HTMLTextAreaElement;
      return control.value === control.defaultValue;
    }
  }
}
