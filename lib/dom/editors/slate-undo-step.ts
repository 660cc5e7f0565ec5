// Owns keeping an insertion into Slate its own undo step. Slate's history (slate-history) folds an insert_text
// that continues the previous one into that one's batch, whatever the time between them, so text put in right
// after the user typed would be undone together with their typing. Writing the character before the caret
// again, together with the text, makes the edit start with a remove_text of that character: that opens a batch
// of its own, and the insert joins it, so one Ctrl+Z restores exactly the text before the insertion.
//
// Not after a deletion that ended at the caret (Backspace, Delete): a remove_text continuing it would join the
// deletion's batch instead, while a plain insert after a deletion is its own step already.

export interface EditorWrite {
  text: string;
  target: () => Range | null;
}

export function asOwnUndoStep(write: EditorWrite): EditorWrite | null {
  const first = widen(write.target());
  if (!first) return null;
  const { char } = first;
  return {
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
