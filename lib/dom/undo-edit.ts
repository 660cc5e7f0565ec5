// Owns undoing the text Draftsmith just put into a field through the field's own undo, the same single step
// as Ctrl+Z, and checking that the text really went back.
import { isTextControl, type EditableField } from './editable-field';

export type UndoPath = 'exec-command' | 'keydown' | 'beforeinput';

// An editor that claims the event re-renders within a frame or two; Slate and Draft.js take longest.
const CLAIMED_WAIT_MS = 600;
const POLL_MS = 20;

export function fieldText(field: EditableField): string {
  return isTextControl(field) ? field.value : (field.textContent ?? '');
}

// `before` is fieldText(field) just before the write. Resolves with the path that brought it back, or null.
export async function undoLastWrite(field: EditableField, before: string): Promise<UndoPath | null> {
  const doc = field.ownerDocument;
  field.focus({ preventScroll: true });
  if (isTextControl(field)) {
    doc.execCommand('undo');
    return field.value === before ? 'exec-command' : null;
  }
  // Rich editors keep their own history: each path is tried only when the one before changed nothing,
  // so two steps are never undone.
  const paths: Array<[UndoPath, () => boolean]> = [
    ['keydown', () => dispatchUndoKey(field)],
    ['beforeinput', () => dispatchHistoryUndo(field)],
    ['exec-command', () => doc.execCommand('undo')],
  ];
  for (const [path, run] of paths) {
    const current = fieldText(field);
    const claimed = run();
    const changed = await waitForChange(field, current, claimed ? CLAIMED_WAIT_MS : POLL_MS * 2);
    if (changed) return sameText(fieldText(field), before) ? path : null;
  }
  return null;
}

function target(field: HTMLElement): Element {
  const active = field.ownerDocument.activeElement;
  return active && field.contains(active) ? active : field;
}

function dispatchUndoKey(field: HTMLElement): boolean {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const init: KeyboardEventInit = { key: 'z', code: 'KeyZ', keyCode: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true };
  const element = target(field);
  const claimed = !element.dispatchEvent(new KeyboardEvent('keydown', init));
  element.dispatchEvent(new KeyboardEvent('keyup', init));
  return claimed;
}

function dispatchHistoryUndo(field: HTMLElement): boolean {
  return !target(field).dispatchEvent(new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true, composed: true }));
}

async function waitForChange(field: EditableField, before: string, waitMs: number): Promise<boolean> {
  for (let waited = 0; waited <= waitMs; waited += POLL_MS) {
    if (fieldText(field) !== before) {
      // Some editors write and then re-render from their model: read once more after it settles.
      await delay(POLL_MS);
      return true;
    }
    await delay(POLL_MS);
  }
  return false;
}

// Editors add or drop a trailing newline or a placeholder's zero-width space when they re-render.
function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/[\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return normal(a) === normal(b);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
