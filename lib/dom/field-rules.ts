// Owns the table of which elements Draftsmith may offer to write into, as plain data so it runs without a DOM.

// What the eager content script reads from a focused element; nothing else decides eligibility.
export interface FieldTraits {
  // Lower-case local name: 'input', 'textarea', 'div', ...
  tag: string;
  // For inputs, the type property (browsers report unknown types as 'text').
  inputType: string;
  readOnly: boolean;
  // Includes being inside a disabled fieldset.
  disabled: boolean;
  contentEditable: boolean;
  // An element with an EditContext (Monaco in Chrome takes its input through one): text input, no DOM editing.
  editContext?: boolean;
  // aria-readonly / aria-disabled on an editing host: the page says it is not for typing.
  ariaLocked: boolean;
  // Password, payment or one-time-code, by type, autocomplete, name or label.
  sensitive: boolean;
}

export type FieldKind = 'text-control' | 'rich-text';

// Types whose value is free text a model could write; email/url/tel still take typed text.
export const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'url', 'tel']);

// Whether an element of this shape could be a field at all, before any of its other traits are read.
export function mayBeField(shape: Pick<FieldTraits, 'tag' | 'contentEditable' | 'editContext'>): boolean {
  return shape.tag === 'textarea' || shape.tag === 'input' || shape.contentEditable || shape.editContext === true;
}

export function fieldKind(traits: FieldTraits): FieldKind | null {
  if (!mayBeField(traits) || traits.sensitive || traits.disabled) return null;
  if (traits.tag === 'textarea') return traits.readOnly ? null : 'text-control';
  if (traits.tag === 'input') return TEXT_INPUT_TYPES.has(traits.inputType) && !traits.readOnly ? 'text-control' : null;
  if (traits.contentEditable || traits.editContext) return traits.ariaLocked ? null : 'rich-text';
  return null;
}
