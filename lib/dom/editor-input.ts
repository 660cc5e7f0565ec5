// Owns writing text into a rich-text editor through the input paths editors themselves handle, and checking
// that it landed. Order, from trying every editor in tests/e2e/pages-src/editors:
// 1. a paste event carrying text/plain: Lexical, ProseMirror/Tiptap, Quill, Slate, Draft.js, CKEditor 5,
//    CodeMirror 6 and TinyMCE all insert it through their own model, as one undo step, with lines as paragraphs;
// 2. a beforeinput insertText event: editors built on beforeinput that ignore paste;
// 3. execCommand('insertText'): plain contenteditable, which no script handles, gets the browser's own edit.
// 'paste-input' (a beforeinput insertFromPaste naming its target range) is for editors that paste at their own
// model's selection, which can lag the page's: see editors/detect-editor.ts.
// Each path is tried only when the ones before it changed nothing, so text never goes in twice. Editors that
// need another order say so in editors/detect-editor.ts.
import { focusAndSelect } from './rich-selection';

export type InputPath = 'paste-input' | 'paste' | 'beforeinput' | 'exec-command';

// Measured on the editors above: one that claims the event (preventDefault) has its text in within 15 ms
// (Slate and Draft.js re-render first), and TinyMCE, which handles paste without claiming it, changes the
// text synchronously. So an unclaimed event gets a short wait and a claimed one a long one.
const CLAIMED_WAIT_MS = 600;
const IGNORED_WAIT_MS = 40;
const POLL_MS = 20;

export const GENERIC_PATHS: readonly InputPath[] = ['paste', 'beforeinput', 'exec-command'];

export async function writeIntoEditor(
  host: HTMLElement,
  text: string,
  target: () => Range | null,
  order: readonly InputPath[] = GENERIC_PATHS,
  // Where the change shows: the host, or a wider root for editors that write pasted paragraphs into new
  // sibling blocks (each its own editing host), so a paste that worked is never taken for one that did not.
  watch: HTMLElement = host,
): Promise<InputPath | null> {
  const runners: Record<InputPath, (range: Range) => boolean> = {
    'paste-input': (range) => dispatchPasteInput(host, range, text),
    paste: (range) => dispatchPaste(host, range, text),
    beforeinput: (range) => dispatchBeforeInput(host, range, text),
    'exec-command': () => host.ownerDocument.execCommand('insertText', false, text),
  };
  const user = watchUser(host.ownerDocument);
  try {
    for (const path of order) {
      const run = runners[path];
      const range = target();
      if (!range) return null;
      // Let the editor's selectionchange handler move its own selection to the restored one; a selection that
      // did not move needs no wait (an autocomplete accept at the caret the user just typed at).
      if (focusAndSelect(host, range)) await settleSelection();
      const before = watch.textContent ?? '';
      const claimed = run(range);
      if (await changedAndKept(watch, before, claimed ? CLAIMED_WAIT_MS : IGNORED_WAIT_MS, user.acted)) return path;
    }
    return null;
  } finally {
    user.stop();
  }
}

// Whether the user pressed a key or the mouse since the write began (see changedAndKept). Events made before
// the write began (the Tab that accepts) do not count, nor input events: an editor's own execCommand makes
// trusted ones.
function watchUser(doc: Document): { acted: () => boolean; stop: () => void } {
  const since = performance.now();
  let acted = false;
  const listener = (event: Event) => {
    if (event.isTrusted && event.timeStamp >= since) acted = true;
  };
  const types = ['keydown', 'mousedown'] as const;
  for (const type of types) doc.addEventListener(type, listener, { capture: true, passive: true });
  return {
    acted: () => acted,
    stop: () => {
      for (const type of types) doc.removeEventListener(type, listener, { capture: true });
    },
  };
}

function dispatchPaste(host: HTMLElement, range: Range, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  return !eventTarget(host, range).dispatchEvent(event);
}

// What a real paste's beforeinput carries: the text as a DataTransfer, and the range it replaces.
function dispatchPasteInput(host: HTMLElement, range: Range, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return dispatchInput(host, range, { inputType: 'insertFromPaste', dataTransfer: data });
}

function dispatchBeforeInput(host: HTMLElement, range: Range, text: string): boolean {
  return dispatchInput(host, range, { inputType: 'insertText', data: text });
}

// A cancelable beforeinput aimed at `range`; true when the editor claimed it.
function dispatchInput(host: HTMLElement, range: Range, init: InputEventInit): boolean {
  const event = new InputEvent('beforeinput', { ...init, targetRanges: [new StaticRange(range)], bubbles: true, cancelable: true, composed: true });
  return !eventTarget(host, range).dispatchEvent(event);
}

// Where a real event would fire: the element holding the caret, inside the host.
function eventTarget(host: HTMLElement, range: Range): Element {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element && host.contains(element) ? element : host;
}

// Some editors write the DOM and then revert it from their own model a moment later, so a change only
// counts once it is still there a poll later, unless the user pressed a key or the mouse meanwhile: their
// Ctrl+Z right after the text went in takes it out again, which is not the editor refusing it, and the next
// path would then write it a second time (CKEditor 5 takes both).
async function changedAndKept(host: HTMLElement, before: string, waitMs: number, userActed: () => boolean): Promise<boolean> {
  for (let waited = 0; waited <= waitMs; waited += POLL_MS) {
    if ((host.textContent ?? '') !== before) {
      await delay(POLL_MS);
      return userActed() || (host.textContent ?? '') !== before;
    }
    await delay(POLL_MS);
  }
  return false;
}

// The time the editors in tests/e2e/pages-src/editors take to follow a selection set by a script (Quill
// reads it a timer after selectionchange).
export function settleSelection(): Promise<void> {
  return delay(POLL_MS);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
