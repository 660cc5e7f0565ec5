// Owns the content side of the context menu and its shortcut: this frame opens the selection card when asked.
import { extensionApi } from '../platform/extension-api';
import { toEditableField } from '../dom/editable-field';
import { sendMessage } from '../messaging/messenger';
import type { CardOpenStatus } from '../selection/selection-job';
import type { BackgroundSender } from './interaction-api';
import { loadSelectionCard } from './load-selection-card';

// Only our own background may ask: it sends with our id and no tab. Checked by hand, and the job is
// only checked to be an object here, so the content script stays free of zod; the card module parses it.
const fromBackground = (sender: BackgroundSender) => sender.id === extensionApi().runtime.id && !sender.tab;

// `onLoadFailed`: the card's module would not load; told before the failure goes back to the background, which
// opens the result window where the browser saw selected text.
export async function answerOpenSelectionCard(
  data: unknown,
  sender: BackgroundSender,
  onLoadFailed?: (error: unknown) => void,
): Promise<{ status: CardOpenStatus }> {
  if (!fromBackground(sender) || typeof data !== 'object' || data === null) return { status: 'refused' };
  const card = await loadSelectionCard().catch((error: unknown) => {
    onLoadFailed?.(error);
    throw error;
  });
  return { status: card.open(data) };
}

export async function answerSelectionShortcut(doc: Document, data: unknown, sender: BackgroundSender): Promise<{ claimed: boolean }> {
  if (!fromBackground(sender) || data !== undefined || !holdsUserFocus(doc) || !hasSomethingToWorkOn(doc)) return { claimed: false };
  // The background learns this frame from the browser's sender and sends the job back here.
  // Rejects only when the background is gone (extension reloaded): there is no one left to report to.
  await sendMessage('runSelectionShortcut', undefined).catch(() => undefined);
  return { claimed: true };
}

// hasFocus() is true along the whole chain of frames down to the focused one; the frame whose
// focused element is itself a frame is only an ancestor.
function holdsUserFocus(doc: Document): boolean {
  const active = doc.activeElement;
  return doc.hasFocus() && !(active instanceof HTMLIFrameElement || active instanceof HTMLFrameElement);
}

function hasSomethingToWorkOn(doc: Document): boolean {
  const selection = doc.getSelection();
  if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return true;
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return toEditableField(active) !== null;
}
