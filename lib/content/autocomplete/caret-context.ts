// Owns reading the text around a collapsed caret in a textarea, a text input or a rich-text host, and
// deciding whether a suggestion may show there: only at the end of a line, in a field of a kind that takes prose.
import { isTextControl, type EditableField } from '../../dom/editable-field';
import { selectionIn } from '../../dom/rich-selection';

export interface CaretContext {
  field: EditableField;
  before: string;
  after: string;
  // Rich text: the collapsed caret, where the ghost text is drawn.
  caret: Range | null;
  // Text controls: the caret offset in value.
  offset: number;
}

const PROSE_INPUT_TYPES = new Set(['text', 'search', '']);
const BLOCK = 'p,div,li,h1,h2,h3,h4,h5,h6,pre,blockquote,td,th,dd,dt,figcaption';

export function acceptsSuggestions(field: EditableField): boolean {
  if (field instanceof HTMLInputElement) return PROSE_INPUT_TYPES.has(field.getAttribute('type')?.toLowerCase() ?? '');
  return true;
}

export function readCaretContext(field: EditableField): CaretContext | null {
  if (isTextControl(field)) {
    const start = field.selectionStart;
    if (start === null || start !== field.selectionEnd) return null;
    // Read once: each read of value copies the field's text out of the DOM.
    const value = field.value;
    const after = value.slice(start);
    if (!lineIsDoneAt(after)) return null;
    return { field, before: value.slice(0, start), after, caret: null, offset: start };
  }
  const range = selectionIn(field);
  if (!range?.collapsed || !field.contains(range.startContainer)) return null;
  const doc = field.ownerDocument;
  const head = doc.createRange();
  head.setStart(field, 0);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = doc.createRange();
  tail.setStart(range.startContainer, range.startOffset);
  tail.setEnd(field, field.childNodes.length);
  if (!lineIsDoneAt(restOfBlock(field, range))) return null;
  return { field, before: plainSpaces(head.toString()), after: plainSpaces(tail.toString()), caret: range, offset: 0 };
}

// A contenteditable keeps a trailing space as U+00A0 until the next character arrives, then makes it a plain
// space; read both as one, or every word typed would look like leaving the suggestion.
function plainSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

// The ghost text is drawn after the caret, so nothing of the user's may sit on the rest of that line.
function lineIsDoneAt(after: string): boolean {
  const newline = after.indexOf('\n');
  return (newline < 0 ? after : after.slice(0, newline)).trim() === '';
}

function restOfBlock(host: HTMLElement, caret: Range): string {
  const start = caret.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  const block = element?.closest(BLOCK);
  const end = block && host.contains(block) && block !== host ? block : host;
  const rest = host.ownerDocument.createRange();
  rest.setStart(caret.startContainer, caret.startOffset);
  rest.setEnd(end, end.childNodes.length);
  return rest.toString();
}
