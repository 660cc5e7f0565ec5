// Owns describing one offered field for the model: label, type, constraints, choices and current value.
// Only fields that find-fields.ts offered reach here, so no sensitive value is ever read.
import { cleanText, fieldLabelOf, radioGroupLabel, visibleText } from './field-label';
import { inputTypeOf, type FieldTarget } from './find-fields';
import { MAX_OPTIONS, MAX_VALUE_CHARS } from './field-limits';
import { holdsPageDefault } from './page-default';
import type { FieldOption, FieldValue, PageField } from './form-field';

// The text after a radio or checkbox names it when no <label> does ("◯ Remote").
function followingText(element: Element): string {
  const next = element.nextSibling;
  if (next?.nodeType === 3 && cleanText(next.textContent)) return cleanText(next.textContent, 80);
  const sibling = element.nextElementSibling;
  return sibling && !sibling.matches('input, select, textarea') ? visibleText(sibling).slice(0, 80) : '';
}

function choiceLabel(element: Element): string {
  const labels = (element as HTMLInputElement).labels;
  const fromLabels = labels ? cleanText(Array.from(labels).map(visibleText).join(' ')) : '';
  return fromLabels || cleanText(element.getAttribute('aria-label')) || followingText(element) || (element as HTMLInputElement).value;
}

// An option with no text of its own is named by its value.
function optionOf(option: HTMLOptionElement): FieldOption {
  const value = option.value.slice(0, 500);
  return { value, label: cleanText(option.label || option.text, 500) || value };
}

function selectOptions(select: HTMLSelectElement): FieldOption[] {
  return Array.from(select.options)
    .filter((option) => !option.disabled)
    .slice(0, MAX_OPTIONS)
    .map(optionOf);
}

function datalistOptions(input: HTMLInputElement): FieldOption[] {
  const list = input.list;
  if (!list) return [];
  return Array.from(list.querySelectorAll('option'))
    .slice(0, MAX_OPTIONS)
    .map(optionOf);
}

export function readValue(target: FieldTarget): FieldValue {
  const [first] = target.elements;
  if (!first) return '';
  switch (target.kind) {
    case 'checkbox':
      return (first as HTMLInputElement).checked;
    case 'radio':
      return (target.elements.find((radio) => (radio as HTMLInputElement).checked) as HTMLInputElement | undefined)?.value ?? '';
    case 'select': {
      const select = first as HTMLSelectElement;
      return select.multiple ? Array.from(select.selectedOptions, (option) => option.value) : select.value;
    }
    case 'contenteditable':
      return ((first as HTMLElement).innerText ?? '').slice(0, MAX_VALUE_CHARS);
    default:
      return (first as HTMLInputElement).value.slice(0, MAX_VALUE_CHARS);
  }
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null || value === '' ? undefined : value.slice(0, name === 'pattern' ? 500 : 40);
}

function lengthLimit(element: Element, name: 'maxLength' | 'minLength'): number | undefined {
  const value = (element as HTMLInputElement)[name];
  return typeof value === 'number' && value >= (name === 'maxLength' ? 1 : 0) && element.hasAttribute(name.toLowerCase()) ? value : undefined;
}

export function describeField(target: FieldTarget, index: number, group: number): PageField {
  const first = target.elements[0] as HTMLInputElement;
  const isRadio = target.kind === 'radio';
  const options = isRadio
    ? target.elements.map((radio) => ({ value: (radio as HTMLInputElement).value.slice(0, 500), label: choiceLabel(radio) }))
    : target.kind === 'select'
      ? selectOptions(first as unknown as HTMLSelectElement)
      : first.tagName === 'INPUT'
        ? datalistOptions(first)
        : [];
  const label = isRadio ? radioGroupLabel(target.elements) : target.kind === 'checkbox' ? fieldLabelOf(first) || choiceLabel(first) : fieldLabelOf(first);
  const required = target.elements.some((element) => (element as HTMLInputElement).required || element.getAttribute('aria-required') === 'true');
  return {
    index,
    group,
    kind: target.kind,
    inputType: target.kind === 'text' ? inputTypeOf(first) : '',
    name: target.name.slice(0, 200),
    label: label || cleanText(target.name),
    required,
    multiple: target.kind === 'select' && (first as unknown as HTMLSelectElement).multiple,
    options,
    open: target.kind === 'text' && options.length > 0,
    maxLength: lengthLimit(first, 'maxLength'),
    minLength: lengthLimit(first, 'minLength'),
    pattern: attribute(first, 'pattern'),
    min: attribute(first, 'min'),
    max: attribute(first, 'max'),
    step: attribute(first, 'step'),
    autocomplete: cleanText(first.getAttribute('autocomplete'), 100),
    value: readValue(target),
    pageDefault: holdsPageDefault(target),
  };
}
