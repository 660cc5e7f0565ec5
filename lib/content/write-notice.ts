// Owns the small non-modal notice left after Insert or Replace: what happened, an Undo through the field's
// own undo, and going away on its own, when the user types, or on Escape.
import { t } from '../i18n/t';
import { composedContains } from '../dom/composed-tree';
import type { EditableField } from '../dom/editable-field';
import { unmountFloating } from '../dom/top-layer';
import { fieldText, undoLastWrite } from '../dom/undo-edit';
import { buildNotice, mountNotice } from './notice-frame';

const SHOWN_MS = 8000;

export interface WriteNoticeOptions {
  field: EditableField;
  message: string;
  // The field's text just before the write, to check that Undo brought it back.
  before: string;
  onGone: () => void;
}

export interface WriteNotice {
  dismiss(): void;
  contains(node: Node | null): boolean;
}

export function showWriteNotice({ field, message, before, onGone }: WriteNoticeOptions): WriteNotice {
  const doc = field.ownerDocument;
  const { host, text, dismissButton } = buildNotice(doc, message, t('noticeDismiss'));
  const undo = doc.createElement('button');
  undo.type = 'button';
  undo.className = 'undo';
  undo.textContent = t('noticeUndo');
  dismissButton.before(undo);

  let gone = false;
  let undoing = false;
  let timer = 0;
  const dismiss = () => {
    if (gone) return;
    gone = true;
    clearTimeout(timer);
    field.removeEventListener('input', onInput, true);
    unmountFloating(host);
    onGone();
  };
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(dismiss, ms);
  };
  const saidUndone = (key: 'noticeUndone' | 'noticeUndoFailed') => {
    // Said in place of the message, and the notice stays a moment so it is read.
    text.textContent = t(key);
    undo.remove();
    arm(3000);
  };
  // The user typing goes on with their work; our own undo is not their typing, and their own Ctrl+Z is the
  // undo this notice offers.
  const onInput = (event: Event) => {
    if (undoing) return;
    if (event instanceof InputEvent && event.inputType === 'historyUndo') saidUndone('noticeUndone');
    else dismiss();
  };

  // A mouse click keeps the caret in the field; a keyboard user gets focus back in the field by the undo.
  undo.addEventListener('mousedown', (event) => event.preventDefault());
  undo.addEventListener('click', () => {
    if (undoing) return;
    undoing = true;
    clearTimeout(timer);
    void undoLastWrite(field, before).then((path) => {
      undoing = false;
      saidUndone(path || fieldText(field) === before ? 'noticeUndone' : 'noticeUndoFailed');
    });
  });
  dismissButton.addEventListener('click', () => {
    dismiss();
    field.focus({ preventScroll: true });
  });
  // Hovering or focusing the notice keeps it, so it never disappears under the pointer.
  host.addEventListener('pointerenter', () => clearTimeout(timer));
  host.addEventListener('pointerleave', () => !undoing && arm(SHOWN_MS / 2));
  host.addEventListener('focusin', () => clearTimeout(timer));

  mountNotice(host, field);
  field.addEventListener('input', onInput, true);
  arm(SHOWN_MS);
  return { dismiss, contains: (node) => composedContains(host, node) };
}
