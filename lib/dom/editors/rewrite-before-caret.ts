// Owns writing the character before the caret again together with an insertion, for two cases:
// - Slate: its history (slate-history) folds an insert_text that continues the previous one into that one's
//   batch, whatever the time between them, so text put in right after the user typed would be undone together
//   with their typing. Rewriting the character makes the edit start with a remove_text of it: that opens a
//   batch of its own, and the insert joins it, so one Ctrl+Z restores exactly the text before the insertion.
//   Not after a deletion that ended at the caret (Backspace, Delete): a remove_text continuing it would join the
//   deletion's batch instead, while a plain insert after a deletion is its own step already.
// - Text that starts with a space, in editors that do not keep it as it is (detect-editor.ts, keepsLeadingSpace):
//   TinyMCE's and RoosterJS's paste keep it as a no-break space at the join, Squire and the WordPress block
//   editor drop it, so an accepted " quick reply." would join the word before it. With the character before
//   it, the space is inside the text.

export interface EditorWrite {
  text: string;
  target: () => Range | null;
}

// The write with the character before the caret in front of its text, and that character.
export function withCharBefore(write: EditorWrite): (EditorWrite & { char: string }) | null {
  const first = widen(write.target());
  if (!first) return null;
  const { char } = first;
  return {
    char,
    text: char + write.text,
    // Each input path asks again; the range holds the same character as long as nothing changed.
    target: () => {
      const again = widen(write.target());
      return again && again.char === char ? again.range : null;
    },
  };
}

// The collapsed caret's range widened over the character before it, when that character is a plain one in the
// same text node and the node keeps another: removing a leaf's last character could let Slate merge the leaf
// away, and the text would then take the marks (bold, a link) of the leaf before.
function widen(range: Range | null): { range: Range; char: string } | null {
  if (!range || !range.collapsed) return null;
  const node = range.startContainer;
  const offset = range.startOffset;
  if (node.nodeType !== Node.TEXT_NODE || offset < 2) return null;
  const char = (node as Text).data.charAt(offset - 1);
  // Half of a surrogate pair, Slate's zero-width placeholder, or a line end: nothing to write back safely.
  if (!char || /[\uD800-\uDFFF\uFEFF\n\r]/.test(char)) return null;
  const wide = range.cloneRange();
  wide.setStart(node, offset - 1);
  return { range: wide, char };
}

// Undoing such an edit gives back the selection it started from: the rewritten character, selected, so the
// next key would type over it. At the first undo after it (Ctrl+Z or the Edit menu's), for a moment after, each
// selection of just that character the editor puts back is collapsed to its end, where the caret was.
// Any other edit first ends the watch: the insertion is then no longer the step the next undo takes back.
// One watch at a time: a later insertion is the step the next undo takes back, so it replaces the watch.
const UNDO_SETTLE_MS = 500;
let stopWatch: (() => void) | null = null;

export function keepCaretOnUndo(host: HTMLElement, char: string): void {
  stopWatch?.();
  const doc = host.ownerDocument;
  const collapse = (): boolean => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    if (!host.contains(selection.getRangeAt(0).endContainer) || selection.toString() !== char) return false;
    selection.collapseToEnd();
    return true;
  };
  const undone = () => {
    stop();
    // The editor applies the undo in its own handler and puts its selection back when it is ready (Slate after
    // React renders, TinyMCE at times a frame or more later, RoosterJS more than once): every selection change
    // is checked for a moment. A key pressed before then is checked first, so it never types over the
    // character, and ends the check, as a mouse press does: from then on a selection is the user's own
    // (Shift+← over that very character).
    const settled = () => {
      clearTimeout(expiry);
      doc.removeEventListener('selectionchange', onChange);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('mousedown', settled, true);
    };
    const onChange = () => void collapse();
    const onKey = () => {
      collapse();
      settled();
    };
    const expiry = setTimeout(settled, UNDO_SETTLE_MS);
    doc.addEventListener('selectionchange', onChange);
    doc.addEventListener('keydown', onKey, true);
    doc.addEventListener('mousedown', settled, true);
    setTimeout(onChange, 0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') undone();
  };
  const onBeforeInput = (event: Event) => {
    if ((event as InputEvent).inputType === 'historyUndo') undone();
    else stop();
  };
  const stop = () => {
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('beforeinput', onBeforeInput, true);
    if (stopWatch === stop) stopWatch = null;
  };
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('beforeinput', onBeforeInput, true);
  stopWatch = stop;
}
