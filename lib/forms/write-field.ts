// Owns writing a value into a field the way a person's typing would: the prototype's native setter, then
// input and change events, so React, Vue and Angular see the change and update their own state.
import type { FieldTarget } from './find-fields';
import type { FieldValue } from './form-field';

type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

// Frameworks shadow `value` on the element itself (React's value tracker); the prototype's setter is the
// browser's own, so the framework later sees a value it did not set and reports the change.
function nativeSetter(element: Element, property: 'value' | 'checked'): ((value: unknown) => void) | undefined {
  for (let proto: object | null = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (descriptor?.set) return descriptor.set;
  }
  return undefined;
}

function announce(element: Element, ...types: string[]): void {
  for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));
}

function setControlValue(element: ValueControl, value: string): boolean {
  const setter = nativeSetter(element, 'value');
  if (!setter) return false;
  setter.call(element, value);
  announce(element, 'input', 'change');
  // Date, number and similar inputs drop a value they cannot parse.
  return element.value === value;
}

// Checkbox and radio changes reach React through the click event, so a click is what toggles them.
function setChecked(input: HTMLInputElement, checked: boolean): boolean {
  if (input.checked === checked) return true;
  if (checked || input.type === 'checkbox') input.click();
  else {
    nativeSetter(input, 'checked')?.call(input, false);
    announce(input, 'input', 'change');
  }
  return input.checked === checked;
}

function setSelected(select: HTMLSelectElement, values: readonly string[]): boolean {
  for (const option of Array.from(select.options)) option.selected = values.includes(option.value);
  announce(select, 'input', 'change');
  return true;
}

// Rich editors listen to beforeinput/input from the browser's own editing command.
function setEditableText(element: HTMLElement, text: string): boolean {
  const doc = element.ownerDocument;
  const previousFocus = doc.activeElement as HTMLElement | null;
  element.focus({ preventScroll: true });
  doc.getSelection()?.selectAllChildren(element);
  const done = text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
  if (!done || element.innerText.trim() !== text.trim()) {
    element.textContent = text;
    announce(element, 'input');
  }
  if (previousFocus && previousFocus !== element && previousFocus !== doc.body) previousFocus.focus({ preventScroll: true });
  else element.blur();
  return element.innerText.trim() === text.trim();
}

export function writeValue(target: FieldTarget, value: FieldValue): boolean {
  const [first] = target.elements;
  if (!first) return false;
  switch (target.kind) {
    case 'checkbox':
      return typeof value === 'boolean' && setChecked(first as HTMLInputElement, value);
    case 'radio': {
      if (typeof value !== 'string') return false;
      if (value === '') return target.elements.every((radio) => setChecked(radio as HTMLInputElement, false));
      const radio = target.elements.find((element) => (element as HTMLInputElement).value === value);
      return radio ? setChecked(radio as HTMLInputElement, true) : false;
    }
    case 'select': {
      const select = first as HTMLSelectElement;
      if (select.multiple) return setSelected(select, Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
      return typeof value === 'string' && setControlValue(select, value);
    }
    case 'contenteditable':
      return typeof value === 'string' && setEditableText(first as HTMLElement, value);
    default:
      return typeof value === 'string' && setControlValue(first as ValueControl, value);
  }
}

// A short outline pulse, through the Web Animations API so the page's own styles are never touched.
export function highlight(target: FieldTarget): void {
  for (const element of target.elements) {
    const box = element.matches('input[type="radio"], input[type="checkbox"]') ? ((element as HTMLInputElement).labels?.[0] ?? element) : element;
    box.animate?.(
      [
        { outline: '3px solid rgba(45, 164, 78, 0.9)', outlineOffset: '2px' },
        { outline: '3px solid rgba(45, 164, 78, 0)', outlineOffset: '2px' },
      ],
      { duration: 1800, easing: 'ease-out' },
    );
  }
}
