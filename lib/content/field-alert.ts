// Owns telling the user, once and next to the field they were in, why what they reached for did nothing: this
// page's copy of Draftsmith was cut off from the extension (an update, a reload, or it was turned off), the
// panel's module would not load, or a menu item found nothing it may work on. The strings are read by the
// caller while the extension is alive (a copy cut off from it can no longer read them).
import { unmountFloating } from '../dom/top-layer';
import { buildNotice, mountNotice } from './notice-frame';

const SHOWN_MS = 10000;

export interface FieldAlertStrings {
  message: string;
  dismiss: string;
}

export function showFieldAlert(field: HTMLElement, strings: FieldAlertStrings): () => void {
  // An alert: what the user reached for did not open, and this says why before they try again.
  const { host, dismissButton } = buildNotice(field.ownerDocument, strings.message, strings.dismiss, 'alert');

  let timer = 0;
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(dismiss, ms);
  };
  const onKeyDown = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key === 'Escape' && !event.isComposing) dismiss();
  };
  const dismiss = () => {
    clearTimeout(timer);
    field.removeEventListener('input', dismiss, true);
    field.removeEventListener('keydown', onKeyDown, true);
    unmountFloating(host);
  };
  dismissButton.addEventListener('click', () => {
    dismiss();
    field.focus({ preventScroll: true });
  });
  // Hovering or focusing it keeps it, so it never disappears under the pointer.
  host.addEventListener('pointerenter', () => clearTimeout(timer));
  host.addEventListener('pointerleave', () => arm(SHOWN_MS / 2));
  host.addEventListener('focusin', () => clearTimeout(timer));
  // The user typing on has read it, or does not care; Escape in the field puts it away too.
  field.addEventListener('input', dismiss, true);
  field.addEventListener('keydown', onKeyDown, true);
  mountNotice(host, field);
  arm(SHOWN_MS);
  return dismiss;
}
