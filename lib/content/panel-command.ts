// Owns the content side of the keyboard command: the frame whose field has focus opens the panel.
import { extensionApi } from '../platform/extension-api';
import type { FieldWatcher } from './field-watcher';
import type { BackgroundSender } from './interaction-api';

export async function answerPanelCommand(watcher: FieldWatcher, data: unknown, sender: BackgroundSender): Promise<{ opened: boolean }> {
  // Only our own background may ask (it sends with no tab); the payload is empty by protocol.
  // Checked by hand so the content script stays free of zod.
  if (sender.id !== extensionApi().runtime.id || sender.tab || data !== undefined) return { opened: false };
  return { opened: await watcher.openPanelForFocusedField() };
}
