// Owns the content side of the keyboard command: the frame whose field has focus opens the panel.
import { browser } from 'wxt/browser';
import { messenger } from '../messaging/messenger';
import type { FieldWatcher } from './field-watcher';

export function listenForPanelCommand(watcher: FieldWatcher): () => void {
  return messenger.onMessage('openPanel', async (message) => {
    // Only our own background may ask (it sends with no tab); the payload is empty by protocol.
    // Checked by hand so the eager script stays free of zod.
    if (message.sender.id !== browser.runtime.id || message.sender.tab || message.data !== undefined) {
      return { opened: false };
    }
    return { opened: await watcher.openPanelForFocusedField() };
  });
}
