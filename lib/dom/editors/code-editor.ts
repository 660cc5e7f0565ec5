// Owns writing into Ace and Monaco, which draw their own text and read input from a hidden element (a
// textarea, or in Chrome an EditContext element) whose value is only a window on the document. Offsets in
// that element mean nothing to the editor, so the editor's own selection is used instead: focusing the input
// brings it back, a synthetic key moves it where Insert or Replace needs it, and a paste event carries the
// text, which both editors insert as plain text (line breaks stay line breaks) in one undo step.
import type { CodeEditorKind } from './detect-editor';

export interface CodeEditorWrite {
  input: HTMLElement;
  root: HTMLElement;
  editor: CodeEditorKind;
  text: string;
  // 'insert' goes after the editor's selection; 'replace' over it, or over everything when it is empty.
  mode: 'insert' | 'replace';
}

// Both editors answer a claimed paste synchronously or within a frame; the poll allows a slow machine.
const WAIT_MS = 600;
const POLL_MS = 20;

interface EditContextLike {
  selectionStart: number;
  selectionEnd: number;
}

export async function writeIntoCodeEditor({ input, root, text, mode }: CodeEditorWrite): Promise<boolean> {
  input.focus({ preventScroll: true });
  await delay(POLL_MS);
  const collapsed = selectionCollapsed(input);
  // Keys the editors bind themselves: Ctrl+A selects the whole document, ArrowRight collapses a selection
  // to its end. Neither is an edit, so the paste below stays the only undo step.
  if (mode === 'replace' && collapsed) pressKey(input, { key: 'a', code: 'KeyA', keyCode: 65, ctrlKey: true });
  if (mode === 'insert' && !collapsed) pressKey(input, { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 });
  const before = root.textContent ?? '';
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const claimed = !input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  if (!claimed) return false;
  for (let waited = 0; waited <= WAIT_MS; waited += POLL_MS) {
    if ((root.textContent ?? '') !== before) return true;
    await delay(POLL_MS);
  }
  return false;
}

function selectionCollapsed(input: HTMLElement): boolean {
  if (input instanceof HTMLTextAreaElement) return input.selectionStart === input.selectionEnd;
  const context = (input as HTMLElement & { editContext?: EditContextLike | null }).editContext;
  return !context || context.selectionStart === context.selectionEnd;
}

function pressKey(input: HTMLElement, init: KeyboardEventInit & { keyCode: number }): void {
  for (const type of ['keydown', 'keyup'] as const) {
    input.dispatchEvent(new KeyboardEvent(type, { ...init, bubbles: true, cancelable: true, composed: true }));
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
