// Owns an old content-script copy stepping aside for a new one. An extension update (or a reload, or turning it
// off) cuts every open tab's copy off from the extension: its chrome.* calls throw "Extension context
// invalidated", yet its listeners stay and its Generate button would do nothing. Each copy takes its UI away
// once it finds its extension gone: when the worker's new copy arrives in the frame
// (lib/background/inject-open-tabs.ts dispatches STAND_DOWN_EVENT from the new world first), or at the next focus
// or click on its button (lib/content/field-watcher.ts).
import { extensionApi } from '../platform/extension-api';

// A page can dispatch this event too; a copy whose extension is alive ignores it, so a page cannot turn us off.
export const STAND_DOWN_EVENT = 'draftsmith:stand-down';

// Whether this copy can still reach its extension. After an update runtime.id reads undefined and most calls
// throw; after an uninstall the binding itself may be gone. The API object is the one extensionApi() picks, so
// in Chrome a page element named "browser" (which the isolated world sees as a global) cannot answer for it.
export function isExtensionAlive(): boolean {
  try {
    return Boolean(extensionApi().runtime?.id);
  } catch {
    return false;
  }
}

// Calls `stop` once, at the stand-down event, if this copy's extension is gone by then. Returns the unsubscribe.
export function onStandDown(doc: Document, stop: () => void): () => void {
  const listener = () => {
    if (isExtensionAlive()) return;
    doc.removeEventListener(STAND_DOWN_EVENT, listener);
    stop();
  };
  doc.addEventListener(STAND_DOWN_EVENT, listener);
  return () => doc.removeEventListener(STAND_DOWN_EVENT, listener);
}
