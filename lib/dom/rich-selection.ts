// Owns reading and setting the selection inside a rich-text host, including hosts inside open shadow roots.

// The selection as a Range when it lies inside host, else null. In a shadow root the document's selection is
// retargeted to the shadow host, so the composed ranges are asked for instead.
export function selectionIn(host: HTMLElement): Range | null {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const root = host.getRootNode();
  let range: Range;
  if (root instanceof ShadowRoot && typeof selection.getComposedRanges === 'function') {
    const [composed] = selection.getComposedRanges({ shadowRoots: [root] });
    if (!composed) return null;
    range = doc.createRange();
    range.setStart(composed.startContainer, composed.startOffset);
    range.setEnd(composed.endContainer, composed.endOffset);
  } else {
    range = selection.getRangeAt(0).cloneRange();
  }
  return contains(host, range) ? range : null;
}

export function contains(host: Node, range: Range): boolean {
  return host.contains(range.startContainer) && host.contains(range.endContainer);
}

// Focus first (a focused host with no selection puts the caret at its start), then select the range,
// so the editor's selectionchange handler syncs its own model to it. True when focus or the selection moved:
// only then has the editor a change of selection still to take in (a caret left where the user's own typing
// put it is already the editor's).
export function focusAndSelect(host: HTMLElement, range: Range): boolean {
  const focused = isFocused(host);
  if (!focused) host.focus({ preventScroll: true });
  const selection = host.ownerDocument.getSelection();
  if (!selection) return !focused;
  if (focused && isSelected(selection, range)) return false;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  return true;
}

// Compared by anchor and focus, so a backward selection over the same span counts as a different one (the
// editor would see its direction change). In a shadow root the anchor is retargeted and never matches.
function isSelected(selection: Selection, range: Range): boolean {
  return (
    selection.rangeCount > 0 &&
    selection.anchorNode === range.startContainer &&
    selection.anchorOffset === range.startOffset &&
    selection.focusNode === range.endContainer &&
    selection.focusOffset === range.endOffset
  );
}

function isFocused(host: HTMLElement): boolean {
  const root = host.getRootNode();
  const active = root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
  return active === host || (active !== null && host.contains(active));
}
