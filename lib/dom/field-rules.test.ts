import { describe, expect, it } from 'vitest';
import { fieldKind, mayBeField, type FieldTraits } from './field-rules';

const base: FieldTraits = {
  tag: 'input',
  inputType: 'text',
  readOnly: false,
  disabled: false,
  contentEditable: false,
  ariaLocked: false,
  sensitive: false,
};

describe('fieldKind', () => {
  it.each<[string, Partial<FieldTraits>, ReturnType<typeof fieldKind>]>([
    ['text input', {}, 'text-control'],
    ['search input', { inputType: 'search' }, 'text-control'],
    ['email input', { inputType: 'email' }, 'text-control'],
    ['url input', { inputType: 'url' }, 'text-control'],
    ['tel input', { inputType: 'tel' }, 'text-control'],
    ['textarea', { tag: 'textarea', inputType: '' }, 'text-control'],
    ['contenteditable div', { tag: 'div', inputType: '', contentEditable: true }, 'rich-text'],
    ['iframe body in design mode', { tag: 'body', inputType: '', contentEditable: true }, 'rich-text'],
    ['password input', { inputType: 'password' }, null],
    ['payment field (sensitive by autocomplete)', { sensitive: true }, null],
    ['one-time-code textarea', { tag: 'textarea', inputType: '', sensitive: true }, null],
    ['sensitive contenteditable', { tag: 'div', inputType: '', contentEditable: true, sensitive: true }, null],
    ['hidden input', { inputType: 'hidden' }, null],
    ['number input', { inputType: 'number' }, null],
    ['date input', { inputType: 'date' }, null],
    ['checkbox', { inputType: 'checkbox' }, null],
    ['read-only input', { readOnly: true }, null],
    ['read-only textarea', { tag: 'textarea', inputType: '', readOnly: true }, null],
    ['disabled input', { disabled: true }, null],
    ['disabled textarea', { tag: 'textarea', inputType: '', disabled: true }, null],
    ['EditContext element (Monaco in Chrome)', { tag: 'div', inputType: '', editContext: true }, 'rich-text'],
    ['read-only EditContext element', { tag: 'div', inputType: '', editContext: true, ariaLocked: true }, null],
    ['aria-readonly editor', { tag: 'div', inputType: '', contentEditable: true, ariaLocked: true }, null],
    ['plain div', { tag: 'div', inputType: '' }, null],
    ['button', { tag: 'button', inputType: '' }, null],
    ['select', { tag: 'select', inputType: '' }, null],
  ])('%s', (_name, traits, expected) => {
    expect(fieldKind({ ...base, ...traits })).toBe(expected);
  });
});

// The eager script rules elements out by shape before reading their other traits; it must never rule out an
// element that fieldKind would accept.
describe('mayBeField', () => {
  const shapes = ['input', 'textarea', 'div', 'body', 'button', 'select', 'a'].flatMap((tag) =>
    [false, true].flatMap((contentEditable) => [false, true].map((editContext) => ({ tag, contentEditable, editContext }))),
  );

  it.each(shapes)('agrees with fieldKind for %o', (shape) => {
    const accepted = ['text', 'textarea'].some((inputType) => fieldKind({ ...base, ...shape, inputType }) !== null);
    if (accepted) expect(mayBeField(shape)).toBe(true);
  });

  it('rules out the elements focus usually lands on', () => {
    for (const tag of ['body', 'a', 'button', 'select', 'div']) expect(mayBeField({ tag, contentEditable: false })).toBe(false);
    expect(mayBeField({ tag: 'div', contentEditable: true })).toBe(true);
    expect(mayBeField({ tag: 'div', contentEditable: false, editContext: true })).toBe(true);
  });
});
