// Owns waiting for the first sign that the user works in this frame, so a page load costs the eager script
// nothing beyond these listeners. Everything else (the field watcher, the classification of fields, the
// background's commands) is parsed, run and bound to the extension API only then: on a 2-core machine parsing
// it took 1.5 ms of a new tab's content script, the first touch of chrome.runtime 0.35 ms and reading
// document.activeElement 0.5 ms (CPU profiles and trace variants, Chromium 150), for frames (ads, embeds,
// pages only read) that mostly never need them.
//
// Every message the background sends a frame follows something the user did there: the keyboard command
// needs a focused field (focusin) or at least a pressed modifier (keydown); a context-menu click follows the
// press that opened the menu (pointerdown, or keydown for the menu key); a selection made by a script or by
// assistive technology moves the selection (selectionchange); a site-rules change matters only where a field
// was offered (focusin). Each listener is passive and all are removed at the first of these events.
import type { FirstAct } from './interaction-api';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'selectionchange'] as const;

export function onFirstInteraction(doc: Document, run: (first: FirstAct) => void): () => void {
  const stop = () => {
    for (const type of EVENTS) doc.removeEventListener(type, fire, { capture: true });
  };
  const fire = (event: Event) => {
    stop();
    const activeBefore = event.type === 'focusin' ? null : doc.activeElement;
    // A press or a focus lands on its target; a key goes to what already has focus.
    const landed = event.type === 'keydown' || event.type === 'selectionchange' ? activeBefore : event.composedPath()[0];
    run({ type: event.type, activeBefore, inField: looksLikeTextField(landed) });
  };
  // Capturing at the document runs before any page handler can stop the event.
  for (const type of EVENTS) doc.addEventListener(type, fire, { capture: true, passive: true });
  // A caret or a selection already in the document is an act made before this script ran: a field the page
  // focused (autofocus) or the user clicked into while the page loaded, text selected meanwhile. Read from the
  // selection's type, which builds no element wrapper: a page with neither reports 'None' (Chromium reports a
  // caret for a focused input or textarea too; where a browser does not, such a field is offered at the first
  // key or press instead).
  const selection = doc.getSelection();
  if (selection && selection.type !== 'None') {
    stop();
    const activeBefore = doc.activeElement;
    run({ type: 'start', activeBefore, inField: looksLikeTextField(activeBefore) });
  }
  return stop;
}

function looksLikeTextField(target: EventTarget | null | undefined): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.localName === 'input' || target.localName === 'textarea' || target.isContentEditable;
}
