// Owns recognising the keyboard target of an editor that draws its document on a canvas (Google Docs): text put
// there never reaches the document model, and only allow-listed extensions may read the canvas, so Draftsmith
// offers Copy instead of pretending to insert.
// Docs takes keystrokes in a contenteditable inside this same-origin iframe; no other page uses the class.
const DOCS_EVENT_TARGET_FRAME = 'docs-texteventtarget-iframe';

export function isCanvasEditorField(field: Element): boolean {
  // frameElement is null in a top document and behind a cross-origin boundary: one property read, no search.
  const frame = field.ownerDocument.defaultView?.frameElement;
  return frame?.classList.contains(DOCS_EVENT_TARGET_FRAME) === true;
}

// The paste shortcut as the user's keyboard has it.
export function pasteShortcut(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘V' : 'Ctrl+V';
}
