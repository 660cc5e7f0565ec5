// Owns telling the user, once, that this page's copy of Draftsmith was cut off from the extension (an update, a
// reload, or it was turned off) and that reloading the page brings it back: instead of a Generate button that
// does nothing. The strings are read while the extension was still alive (chrome.i18n may be gone by now).
import type { EditableField } from '../dom/editable-field';
import { mountFloating, unmountFloating } from '../dom/top-layer';
import { buildNotice, placeNotice } from './notice-frame';

const SHOWN_MS = 10000;

export interface StaleNoticeStrings {
  message: string;
  dismiss: string;
}

export function showStaleNotice(field: EditableField, strings: StaleNoticeStrings): () => void {
  const { host, dismissButton } = buildNotice(field.ownerDocument, strings.message, strings.dismiss);

  let timer = 0;
  const dismiss = () => {
    clearTimeout(timer);
    field.removeEventListener('input', dismiss, true);
    unmountFloating(host);
  };
  dismissButton.addEventListener('click', () => {
    dismiss();
    field.focus({ preventScroll: true });
  });
  host.addEventListener('pointerenter', () => clearTimeout(timer));
  host.addEventListener('focusin', () => clearTimeout(timer));
  // The user typing on has read it, or does not care.
  field.addEventListener('input', dismiss, true);
  mountFloating(host, field, 'position:fixed;z-index:2147483647;');
  placeNotice(host, field);
  timer = window.setTimeout(dismiss, SHOWN_MS);
  return dismiss;
}
